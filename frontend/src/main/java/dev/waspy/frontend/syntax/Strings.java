package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.PyBytes;
import dev.waspy.frontend.syntax.ast.PyStr;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent string literals, concatenated as CPython 3.11 does (_PyPegen_concatenate_strings):
 * plain literals fold into one Constant; if any is an f-string the result is a JoinedStr whose
 * literal pieces are merged and whose empty pieces are dropped.
 */
final class Strings {
    private Strings() {}

    /** Parsed prefix and body bounds of one STRING token. */
    record Lit(Token token, boolean raw, boolean bytes, boolean f, int bodyStart, int bodyEnd) {
        static Lit of(Token t) {
            String s = t.text();
            int i = 0;
            boolean raw = false, bytes = false, f = false;
            while (s.charAt(i) != '\'' && s.charAt(i) != '"') {
                char c = Character.toLowerCase(s.charAt(i));
                raw |= c == 'r';
                bytes |= c == 'b';
                f |= c == 'f';
                i++;
            }
            int q = s.length() - i >= 6 && s.charAt(i + 1) == s.charAt(i) && s.charAt(i + 2) == s.charAt(i) ? 3 : 1;
            return new Lit(t, raw, bytes, f, i + q, s.length() - q);
        }
    }

    /** The literal state being built: pending text, and nodes when in f-string mode. */
    static final class State {
        final Token first;
        final Token last;
        StringBuilder lastStr;
        final List<Expr> values = new ArrayList<>();
        boolean fmode;

        State(Token first, Token last) {
            this.first = first;
            this.last = last;
        }

        void addLiteral(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (lastStr == null) {
                lastStr = new StringBuilder(s);
            } else {
                lastStr.append(s);
            }
        }

        /** Turns the pending text into a Constant node positioned over {@code a..b}. */
        void flush(Token a, Token b) {
            if (lastStr != null) {
                values.add(strNode(lastStr.toString(), a, b));
                lastStr = null;
            }
        }

        Expr strNode(String s, Token a, Token b) {
            // CPython marks only a lowercase 'u' prefix of the first token as kind 'u'.
            String kind = first.text().charAt(0) == 'u' ? "u" : null;
            return new Expr.Constant(s, kind, ParserBase.pos(a, b));
        }
    }

    static Expr concat(ParserBase parser, List<Token> toks) {
        Token first = toks.get(0);
        Token last = toks.get(toks.size() - 1);
        List<Lit> lits = new ArrayList<>(toks.size());
        boolean anyBytes = false;
        boolean allBytes = true;
        for (Token t : toks) {
            Lit l = Lit.of(t);
            lits.add(l);
            anyBytes |= l.bytes;
            allBytes &= l.bytes;
        }
        if (anyBytes && !allBytes) {
            throw parser.errorAt(parser.tokens.get(parser.p), "cannot mix bytes and nonbytes literals");
        }
        for (Lit l : lits) {
            if (!l.bytes) {
                undecodableBytes(parser, l);
            }
        }
        try {
            if (allBytes) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (Lit l : lits) {
                    try {
                        out.writeBytes(Literals.decodeBytes(l.token.text(), l.bodyStart, l.bodyEnd, l.raw));
                    } catch (Literals.BadEscape e) {
                        if (e.getMessage().startsWith("bytes can only")) {
                            throw parser.errorAt(l.token, e.getMessage());
                        }
                        throw e;
                    }
                }
                return new Expr.Constant(new PyBytes(out.toByteArray()), null, ParserBase.pos(first, last));
            }
            boolean surrogates = false;
            for (Lit l : lits) {
                surrogates |= !l.f && !l.raw && Literals.mayHaveSurrogateEscape(l.token.text(), l.bodyStart, l.bodyEnd);
            }
            if (surrogates && lits.stream().noneMatch(Lit::f)) {
                return withSurrogates(lits, first, last);
            }
            State st = new State(first, last);
            for (Lit l : lits) {
                if (l.f) {
                    st.fmode = true;
                    FStrings.parse(parser, l, st);
                } else {
                    String text = l.token.text();
                    st.addLiteral(l.raw ? text.substring(l.bodyStart, l.bodyEnd)
                            : Literals.decodeStr(text, l.bodyStart, l.bodyEnd));
                }
            }
            if (!st.fmode) {
                return st.strNode(st.lastStr == null ? "" : st.lastStr.toString(), first, last);
            }
            st.flush(first, last);
            return new Expr.JoinedStr(ParserBase.list(st.values), ParserBase.pos(first, last));
        } catch (Literals.BadEscape e) {
            // CPython reports literal decoding errors at the token after the literals.
            throw parser.errorAt(parser.tokens.get(parser.p), e.getMessage());
        }
    }

    /**
     * Source bytes that were not UTF-8 (kept by SourceFile as U+DC80..U+DCFF) fail when CPython
     * decodes the literal holding them; positions count bytes of the literal's body.
     */
    private static void undecodableBytes(ParserBase parser, Lit l) {
        String s = l.token.text();
        int bytePos = 0;
        for (int i = l.bodyStart; i < l.bodyEnd; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                int b = c - 0xDC00;
                String why;
                if (b < 0xC2 || b > 0xF4) {
                    why = "invalid start byte";
                } else if (i + 1 >= l.bodyEnd) {
                    why = "unexpected end of data";
                } else {
                    why = "invalid continuation byte";
                }
                String msg = String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                        b, bytePos, why);
                throw parser.errorAt(parser.tokens.get(parser.p), msg);
            }
            bytePos += Character.isLowSurrogate(c) ? (i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? 2 : 1)
                    : Character.isHighSurrogate(c) ? 2 : dev.waspy.frontend.diag.SourceFile.utf8Length(s, i, i + 1);
        }
    }

    /** Plain str literals with surrogate escapes: a PyStr when a String would merge a pair. */
    private static Expr withSurrogates(List<Lit> lits, Token first, Token last) {
        Literals.CodePoints cps = new Literals.CodePoints();
        for (Lit l : lits) {
            if (l.raw) {
                cps.text(l.token.text(), l.bodyStart, l.bodyEnd);
            } else {
                Literals.decodeStr(l.token.text(), l.bodyStart, l.bodyEnd, cps);
            }
        }
        Object value = cps.hasSplitPair() ? new PyStr(cps.toArray()) : cps.asString();
        String kind = first.text().charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(value, kind, ParserBase.pos(first, last));
    }

    /** Re-raises an error from inside an f-string field with CPython's "f-string: " prefix. */
    static SyntaxError prefixed(SyntaxError e) {
        if (e.getMessage().startsWith("f-string")) {
            return e;
        }
        return new SyntaxError(e.path(), e.line(), e.column(), e.endLine(), e.endColumn(), "f-string: " + e.getMessage());
    }
}
