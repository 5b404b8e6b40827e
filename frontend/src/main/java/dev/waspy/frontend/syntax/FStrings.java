package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.ast.Expr;
import java.util.List;

/**
 * The fields of an f-string, parsed as CPython 3.11 does (string_parser.c): the literal text
 * between fields, and for each field its expression (found by scanning quotes and brackets, then
 * parsed from the source text wrapped in parentheses), '=' text, conversion and format spec
 * (itself an f-string, nested at most two levels).
 * <p>
 * Positions follow CPython 3.11 exactly: the field expression's tokens carry real positions
 * (shifted by the field's column only on its first line); Constant and FormattedValue nodes span
 * all the concatenated string tokens; a format spec's JoinedStr spans the f-string token itself.
 */
final class FStrings {
    private final ParserBase parser;
    private final Strings.Lit lit;
    private final Token t;
    private final String s;
    private final boolean raw;
    private final int end;
    private int i;

    private FStrings(ParserBase parser, Strings.Lit lit) {
        this.parser = parser;
        this.lit = lit;
        this.t = lit.token();
        this.s = t.text();
        this.raw = lit.raw();
        this.end = lit.bodyEnd();
        this.i = lit.bodyStart();
    }

    static void parse(ParserBase parser, Strings.Lit lit, Strings.State st) {
        FStrings f = new FStrings(parser, lit);
        f.concat(st, 0);
        if (f.i < f.end) {
            throw f.error("f-string: unexpected end of string");
        }
    }

    private SyntaxError error(String msg) {
        // CPython reports these at the token after the string literals.
        Token after = parser.tokens.get(parser.p);
        return parser.makeError(after.line(), Math.max(after.col(), 0) + 1, after.endLine(), after.endCol() + 1, msg);
    }

    /** FstringParser_ConcatFstring: literals and fields up to the end (or a '}' when nested). */
    private void concat(Strings.State st, int recurse) {
        while (true) {
            int litStart = i;
            int[] litEnd = new int[1];
            boolean doubled = findLiteral(recurse, litEnd);
            if (litEnd[0] > litStart) {
                st.addLiteral(raw ? s.substring(litStart, litEnd[0]) : decode(litStart, litEnd[0]));
            }
            if (doubled) {
                continue;
            }
            if (i >= end || s.charAt(i) == '}') {
                break;
            }
            field(st, recurse);
        }
        if (recurse != 0 && (i >= end || s.charAt(i) != '}')) {
            throw error("f-string: expecting '}'");
        }
    }

    private String decode(int from, int to) {
        try {
            return Literals.decodeStr(s, from, to);
        } catch (Literals.BadEscape e) {
            throw error(e.getMessage());
        }
    }

    /**
     * Scans literal text from {@code i}. Returns true when it stopped after a doubled brace (the
     * literal then includes one brace and scanning continues); {@code litEnd[0]} gets the literal's end.
     */
    private boolean findLiteral(int recurse, int[] litEnd) {
        int k = i;
        while (k < end) {
            char ch = s.charAt(k++);
            if (!raw && ch == '\\' && k < end) {
                ch = s.charAt(k++);
                if (ch == 'N') {
                    // "\N{name}" is an escape, not a field.
                    if (k < end && s.charAt(k++) == '{') {
                        while (k < end && s.charAt(k++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse == 0) {
                    if (k < end && s.charAt(k) == ch) {
                        litEnd[0] = k;
                        i = k + 1;
                        return true;
                    }
                    if (ch == '}') {
                        i = k - 1;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                k--;
                break;
            }
        }
        litEnd[0] = k;
        i = k;
        return false;
    }

    /** fstring_find_expr: one replacement field starting at the '{' at {@code i}. */
    private void field(Strings.State st, int recurse) {
        if (recurse >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int brace = i;
        i++;
        int exprStart = i;
        char quote = 0;
        int stringType = 0;
        char[] parens = new char[Tokenizer.MAX_PAREN_DEPTH];
        int nested = 0;
        for (; i < end; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                            i += 2;
                            stringType = 0;
                            quote = 0;
                        }
                    } else {
                        stringType = 0;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nested >= Tokenizer.MAX_PAREN_DEPTH) {
                    throw error("f-string: too many nested parenthesis");
                }
                parens[nested++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < end) {
                    char nx = s.charAt(i + 1);
                    if (ch == '!' && nx == '=' || ch == '=' && nx == '=' || ch == '<' && nx == '=' || ch == '>' && nx == '=') {
                        i++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nested == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char open = parens[--nested];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                            + open + "'");
                }
            }
        }
        int exprEnd = i;
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (nested != 0) {
            throw error("f-string: unmatched '" + parens[nested - 1] + "'");
        }
        if (i >= end) {
            throw error("f-string: expecting '}'");
        }
        Expr value = compile(brace, exprStart, exprEnd);
        String exprText = null;
        if (s.charAt(i) == '=') {
            i++;
            while (i < end && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            exprText = s.substring(exprStart, i);
        }
        int conversion = -1;
        if (s.charAt(i) == '!') {
            i++;
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            conversion = s.charAt(i++);
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (i < end && s.charAt(i) == ':') {
            i++;
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            Strings.State spec = new Strings.State(st.first, st.last);
            spec.fmode = true;
            concat(spec, recurse + 1);
            spec.flush(t, t);
            formatSpec = new Expr.JoinedStr(ParserBase.list(spec.values), ParserBase.pos(t, t));
        }
        if (i >= end || s.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (exprText != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        if (exprText != null) {
            st.addLiteral(exprText);
        }
        st.flush(st.first, st.last);
        st.values.add(new Expr.FormattedValue(value, conversion, formatSpec, ParserBase.pos(st.first, st.last)));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** fstring_compile_expr: parses the field's text as "(" + text + ")" at the field's real position. */
    private Expr compile(int brace, int exprStart, int exprEnd) {
        int k = exprStart;
        while (k < exprEnd) {
            char c = s.charAt(k);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r')) {
                break;
            }
            k++;
        }
        if (k == exprEnd) {
            char c = s.charAt(exprEnd);
            if (c == '!' || c == ':' || c == '=') {
                throw error("f-string: expression required before '" + c + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        // fstring_find_expr_location: lines before the '{', and its byte column on its line
        // (zero when only whitespace separates the '{' from a newline).
        boolean newlineAfterBrace = true;
        for (int j = brace + 1; j < s.length() && s.charAt(j) != '}' && s.charAt(j) != '\n'; j++) {
            char c = s.charAt(j);
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int start = brace;
            while (start > 0 && s.charAt(start) != '\n') {
                start--;
            }
            cols = SourceFile.utf8Length(s, start, brace);
            if (s.charAt(start) == '\n') {
                cols -= 1;
            }
        }
        int lines = 0;
        for (int j = 0; j < brace; j++) {
            if (s.charAt(j) == '\n') {
                lines++;
            }
        }
        int shift = lines != 0 ? cols : t.bcol() + cols;
        String text = "(" + s.substring(exprStart, exprEnd).replace("\r\n", "\n").replace('\r', '\n') + ")";
        List<Token> toks = Tokenizer.tokenizeFragment(parser.file, text, t.line() + lines - 1, shift);
        Parser sub = new Parser(parser.file, toks);
        sub.depth = parser.depth;
        sub.fragment = true;
        sub.fragmentShift = shift;
        try {
            return sub.fstringInput();
        } catch (SyntaxError e) {
            throw Strings.prefixed(e);
        }
    }
}
