package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns source text into tokens the way CPython 3.11's tokenizer does: INDENT/DEDENT from a stack
 * of indentation columns (tabs to multiples of 8, checked against a tab-size-1 count for
 * consistency), newlines ignored inside brackets, blank and comment-only lines skipped, backslash
 * continuations joined. A string literal of any kind, f-strings included, is one STRING token;
 * f-string fields are tokenized again later by {@link FStrings}. The first error ends the stream
 * with an {@link Kind#ERROR} token.
 */
public final class Tokenizer {
    /** CPython's MAXLEVEL (bracket nesting) and MAXINDENT. */
    static final int MAX_PAREN_DEPTH = 200;
    static final int MAX_INDENT = 100;

    private final SourceFile file;
    private final String src;
    private final int n;
    private final List<Token> out = new ArrayList<>();
    /** Line number of the first line and byte shift applied to it (used for f-string fields). */
    private final int lineBase;
    private final int firstLineShift;

    private int pos;
    private int line = 1;
    private int lineStart;
    private int prevLineStart;
    // Incremental byte-column cache for the current line: byte column of char offset cacheChar.
    private int cacheChar;
    private int cacheByte;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    private final char[] parens = new char[MAX_PAREN_DEPTH];
    private final int[] parenLine = new int[MAX_PAREN_DEPTH];
    private final int[] parenCol = new int[MAX_PAREN_DEPTH];
    private final int[] parenLineStart = new int[MAX_PAREN_DEPTH];
    private int depth;
    private boolean atLineStart = true;
    private boolean contLine;

    private Tokenizer(SourceFile file, String src, int lineBase, int firstLineShift) {
        this.file = file;
        this.src = src;
        this.n = src.length();
        this.lineBase = lineBase;
        this.firstLineShift = firstLineShift;
    }

    /** Tokenizes a whole file. */
    public static List<Token> tokenize(SourceFile file) {
        Tokenizer t = new Tokenizer(file, file.text(), 0, 0);
        t.run();
        return t.out;
    }

    /**
     * Tokenizes an f-string field's text as CPython 3.11 does: its line 1 is file line
     * {@code lineBase + 1}, and tokens ending on that line are shifted right by {@code shift} bytes.
     */
    static List<Token> tokenizeFragment(SourceFile file, String text, int lineBase, int shift) {
        Tokenizer t = new Tokenizer(file, text, lineBase, shift);
        t.run();
        return t.out;
    }

    private void run() {
        try {
            while (true) {
                if (!next()) {
                    break;
                }
            }
        } catch (SyntaxError e) {
            out.add(new Token(Kind.ERROR, "", e.line(), e.column() - 1, e.line(), e.column() - 1, 0, 0, pos, pos, e));
        }
    }

    // ---- positions and errors ---------------------------------------------------------------

    private int byteCol(int off, int ofLineStart) {
        if (ofLineStart != lineStart || off < cacheChar || cacheChar < lineStart) {
            return SourceFile.utf8Length(src, ofLineStart, off);
        }
        cacheByte += SourceFile.utf8Length(src, cacheChar, off);
        cacheChar = off;
        return cacheByte;
    }

    private void newLine(int at) {
        prevLineStart = lineStart;
        line++;
        lineStart = at;
        cacheChar = at;
        cacheByte = 0;
    }

    private int fileLine(int l) {
        return l + lineBase;
    }

    private void emit(Kind kind, String text, int start, int startLine, int startLineStart, int end) {
        int bcol = byteCol(start, startLineStart);
        int endB = byteCol(end, lineStart);
        if (line == 1 && firstLineShift != 0) {
            // CPython shifts a field's tokens by the field's offset only when they end on its first line.
            bcol += firstLineShift;
            endB += firstLineShift;
        }
        out.add(new Token(kind, text, fileLine(startLine), start - startLineStart, fileLine(line), end - lineStart,
                bcol, endB, start, end, null));
    }

    /** An error whose 1-based offset is the number of characters of the line before {@code cur}. */
    private SyntaxError errorAt(int cur, int errLine, int errLineStart, String msg) {
        int offset = src.codePointCount(errLineStart, Math.min(cur, n));
        return error(errLine, offset, msg);
    }

    private SyntaxError error(int errLine, int offset, String msg) {
        int l = fileLine(errLine);
        return lineBase == 0 ? new SyntaxError(file, l, offset, l, offset, msg)
                : new SyntaxError(file.path(), l, offset, l, offset, msg);
    }

    // ---- the main loop ----------------------------------------------------------------------

    /** Produces the next token(s); false at the end. */
    private boolean next() {
        if (atLineStart && depth == 0 && !contLine) {
            if (!indentation()) {
                return true;
            }
        }
        atLineStart = false;
        contLine = false;
        // Skip spaces, tabs and form feeds, then a comment; a NEWLINE token starts at the comment.
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                break;
            }
        }
        int commentStart = pos;
        if (pos < n && src.charAt(pos) == '#') {
            while (pos < n && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                pos++;
            }
        }
        if (pos >= n) {
            return finish();
        }
        int start = pos;
        char c = src.charAt(pos);
        if (c == '\n' || c == '\r') {
            int after = pos + (c == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? 2 : 1);
            if (depth == 0) {
                emitNewline(commentStart, start, after);
            }
            pos = after;
            newLine(after);
            atLineStart = true;
            return true;
        }
        if (c == '\\') {
            pos++;
            if (pos >= n) {
                throw error(line, src.codePointCount(lineStart, pos) + 1, "unexpected EOF while parsing");
            }
            char d = src.charAt(pos);
            if (d != '\n' && d != '\r') {
                throw errorAt(pos + 1, line, lineStart, "unexpected character after line continuation character");
            }
            pos += d == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? 2 : 1;
            if (pos >= n) {
                // End of input after a continuation: CPython stays on the backslash's line, past its end.
                if (depth > 0) {
                    throw neverClosed();
                }
                throw error(line, src.codePointCount(lineStart, n), "unexpected EOF while parsing");
            }
            newLine(pos);
            contLine = true;
            return true;
        }
        if (isIdentStart(c)) {
            return nameOrString(start);
        }
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < n && isDigit(src.charAt(pos + 1))) {
            Numbers.scan(this, start);
            return true;
        }
        if (c == '\'' || c == '"') {
            string(start, start);
            return true;
        }
        operator(start);
        return true;
    }

    private void emitNewline(int start, int newlineAt, int after) {
        int ls = lineStart;
        out.add(new Token(Kind.NEWLINE, "", fileLine(line), start - ls, fileLine(line), newlineAt - ls,
                byteCol(start, ls), byteCol(newlineAt, ls), start, after, null));
    }

    private boolean finish() {
        // CPython's tokenizer supplies a final newline when the last line lacks one.
        if (depth > 0) {
            throw neverClosed();
        }
        if (!out.isEmpty()) {
            Kind last = out.get(out.size() - 1).kind();
            if (last != Kind.NEWLINE && last != Kind.DEDENT && last != Kind.INDENT) {
                out.add(new Token(Kind.NEWLINE, "", fileLine(line), pos - lineStart, fileLine(line),
                        pos - lineStart + 1, byteCol(pos, lineStart), byteCol(pos, lineStart) + 1, pos, pos, null));
            }
        }
        // CPython's tokenizer ends on the last line it read, past its newline (one is supplied
        // when missing); INDENT, DEDENT and ENDMARKER have no column of their own (-1), and errors
        // on them point where the tokenizer stands.
        int eofLine = line;
        int eofCol = src.codePointCount(lineStart, n) + 1;
        if (lineStart == n && line > 1) {
            eofLine = line - 1;
            eofCol = src.codePointCount(prevLineStart, n);
        }
        for (; indentTop > 0; indentTop--) {
            out.add(new Token(Kind.DEDENT, "", fileLine(eofLine), -1, fileLine(eofLine), eofCol, 0, 0, pos, pos, null));
        }
        out.add(new Token(Kind.ENDMARKER, "", fileLine(eofLine), -1, fileLine(eofLine), eofCol, 0, 0, pos, pos, null));
        return false;
    }

    private SyntaxError neverClosed() {
        int i = depth - 1;
        return error(parenLine[i], src.codePointCount(parenLineStart[i], parenLineStart[i] + parenCol[i]) + 1,
                "'" + parens[i] + "' was never closed");
    }

    /** Handles the indentation of a new logical line; false when the line was blank (and skipped). */
    private boolean indentation() {
        int col = 0;
        int alt = 0;
        int p = pos;
        // Indentation cannot be split by a backslash: the column of the first backslash decides,
        // unless it is 0 (CPython tests it for truth), in which case the next line's does.
        int contCol = 0;
        while (p < n) {
            char c = src.charAt(p);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else if (c == '\\') {
                contCol = contCol != 0 ? contCol : col;
                p++;
                if (p >= n) {
                    throw error(line, src.codePointCount(lineStart, p) + 1, "unexpected EOF while parsing");
                }
                if (src.charAt(p) != '\n') {
                    throw errorAt(p + 1, line, lineStart, "unexpected character after line continuation character");
                }
                p++;
                newLine(p);
                continue;
            } else {
                break;
            }
            p++;
        }
        if (contCol != 0) {
            col = contCol;
            alt = contCol;
        }
        if (p >= n) {
            pos = p;
            atLineStart = false;
            return true;
        }
        char c = src.charAt(p);
        if (c == '#' || c == '\n' || c == '\r') {
            // A blank or comment-only line: no NEWLINE, no indentation change.
            pos = p;
            while (pos < n && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                pos++;
            }
            if (pos < n) {
                pos += src.charAt(pos) == '\r' && pos + 1 < n && src.charAt(pos + 1) == '\n' ? 2 : 1;
                newLine(pos);
            }
            return false;
        }
        if (lineBase != 0 || firstLineShift != 0) {
            // Fragments (f-string fields) are bracketed; indentation never applies to them.
            pos = p;
            return true;
        }
        int top = indents[indentTop];
        if (col == top) {
            if (alt != altIndents[indentTop]) {
                throw tabError(p);
            }
        } else if (col > top) {
            if (indentTop + 1 >= MAX_INDENT) {
                throw errorAt(p, line, lineStart, "too many levels of indentation");
            }
            if (alt <= altIndents[indentTop]) {
                throw tabError(p);
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            out.add(new Token(Kind.INDENT, "", fileLine(line), -1, fileLine(line), p - lineStart,
                    -1, byteCol(p, lineStart), lineStart, p, null));
        } else {
            // A dedent to no enclosing level is an error before any DEDENT is produced.
            int target = indentTop;
            while (target > 0 && col < indents[target]) {
                target--;
            }
            if (col != indents[target]) {
                int eol = p;
                while (eol < n && src.charAt(eol) != '\n') {
                    eol++;
                }
                throw errorAt(Math.min(eol + 1, n), line, lineStart,
                        "unindent does not match any outer indentation level");
            }
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                out.add(new Token(Kind.DEDENT, "", fileLine(line), -1, fileLine(line), p - lineStart,
                        -1, byteCol(p, lineStart), p, p, null));
            }
            if (col != indents[indentTop]) {
                // CPython reports this at the end of the offending line, newline included.
                int eol = p;
                while (eol < n && src.charAt(eol) != '\n') {
                    eol++;
                }
                throw errorAt(Math.min(eol + 1, n), line, lineStart,
                        "unindent does not match any outer indentation level");
            }
            if (alt != altIndents[indentTop]) {
                throw tabError(p);
            }
        }
        pos = p;
        return true;
    }

    private SyntaxError tabError(int p) {
        return error(line, 1, "inconsistent use of tabs and spaces in indentation");
    }

    // ---- names and strings ------------------------------------------------------------------

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    static boolean isIdentChar(char c) {
        return isIdentStart(c) || c >= '0' && c <= '9';
    }

    private boolean nameOrString(int start) {
        // A string prefix is at most two letters from {b, r, u, f}; u combines with nothing.
        int p = start;
        boolean b = false, r = false, u = false, f = false;
        while (p < n && p - start < 3) {
            char c = Character.toLowerCase(src.charAt(p));
            if (c == 'b' && !b && !u && !f) {
                b = true;
            } else if (c == 'r' && !r && !u) {
                r = true;
            } else if (c == 'u' && !b && !r && !f && !u) {
                u = true;
            } else if (c == 'f' && !f && !b && !u) {
                f = true;
            } else {
                break;
            }
            p++;
            if (p < n && (src.charAt(p) == '\'' || src.charAt(p) == '"')) {
                string(start, p);
                return true;
            }
        }
        p = start;
        boolean ascii = true;
        while (p < n && isIdentChar(src.charAt(p))) {
            if (src.charAt(p) >= 128) {
                ascii = false;
            }
            p++;
        }
        String text = src.substring(start, p);
        if (!ascii) {
            text = Identifiers.verify(this, text, start);
        } else {
            text = Keywords.intern(text);
        }
        pos = p;
        emit(Kind.NAME, text, start, line, lineStart, p);
        return true;
    }

    /** An error in the name ending at char offset {@code end} of the current line. */
    SyntaxError identifierError(int end, String msg) {
        return errorAt(end, line, lineStart, msg);
    }

    /** Invalid-character error for a code point met at char offset {@code at} of the current line. */
    SyntaxError invalidCharacter(int cp, int at) {
        String msg = Identifiers.isPrintable(cp)
                ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp)
                : String.format("invalid non-printable character U+%04X", cp);
        return errorAt(at + 1, line, lineStart, msg);
    }

    private void string(int start, int quotePos) {
        char q = src.charAt(quotePos);
        int startLine = line;
        int startLineStart = lineStart;
        boolean triple = quotePos + 2 < n && src.charAt(quotePos + 1) == q && src.charAt(quotePos + 2) == q;
        int p = quotePos + (triple ? 3 : 1);
        while (true) {
            if (p >= n) {
                pos = p;
                throw unterminated(triple, start, startLine, startLineStart);
            }
            char c = src.charAt(p);
            if (c == q) {
                if (!triple) {
                    p++;
                    break;
                }
                if (p + 2 < n && src.charAt(p + 1) == q && src.charAt(p + 2) == q) {
                    p += 3;
                    break;
                }
                p++;
            } else if (c == '\\') {
                p++;
                if (p < n) {
                    char d = src.charAt(p);
                    p++;
                    if (d == '\r' && p < n && src.charAt(p) == '\n') {
                        p++;
                    }
                    if (d == '\n' || d == '\r') {
                        newLine(p);
                    }
                }
            } else if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw unterminated(false, start, startLine, startLineStart);
                }
                p++;
                if (c == '\r' && p < n && src.charAt(p) == '\n') {
                    p++;
                }
                newLine(p);
            } else {
                p++;
            }
        }
        pos = p;
        emit(Kind.STRING, src.substring(start, p), start, startLine, startLineStart, p);
    }

    private SyntaxError unterminated(boolean triple, int tokenStart, int startLine, int startLineStart) {
        int detected = fileLine(pos >= n && n > 0 && lineStart == n && line > 1 ? line - 1 : line);
        String msg = triple ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                : "unterminated string literal (detected at line " + detected + ")";
        return errorAt(tokenStart + 1, startLine, startLineStart, msg);
    }

    // ---- numbers (scanning lives in Numbers; these are its hooks) -----------------------------

    String src() {
        return src;
    }

    int length() {
        return n;
    }

    void emitNumber(int start, int end) {
        pos = end;
        emit(Kind.NUMBER, src.substring(start, end), start, line, lineStart, end);
    }

    /** A number error whose offset counts the characters before {@code cur}. */
    SyntaxError numberError(int cur, String msg) {
        return errorAt(cur, line, lineStart, msg);
    }

    // ---- operators --------------------------------------------------------------------------

    private void operator(int start) {
        String op = Operators.match(src, start);
        if (op == null) {
            int cp = src.codePointAt(start);
            if (cp >= 128 || cp < 32 && cp != '\f' || cp == 127) {
                if (cp == 0) {
                    throw new SyntaxError(file.path(), 0, 0, -1, -1, "source code string cannot contain null bytes");
                }
                throw invalidCharacter(cp, start);
            }
            // An ASCII character with no meaning ('$', '?', '!', '`') is an error token for the parser.
            op = String.valueOf((char) cp).intern();
        }
        int end = start + op.length();
        char c = op.charAt(0);
        if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
            if (depth >= MAX_PAREN_DEPTH) {
                throw errorAt(end, line, lineStart, "too many nested parentheses");
            }
            parens[depth] = c;
            parenLine[depth] = line;
            parenCol[depth] = start - lineStart;
            parenLineStart[depth] = lineStart;
            depth++;
        } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
            if (depth == 0) {
                throw errorAt(end, line, lineStart, "unmatched '" + c + "'");
            }
            char open = parens[depth - 1];
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (c != want) {
                int i = depth - 1;
                String msg = parenLine[i] != line
                        ? "closing parenthesis '" + c + "' does not match opening parenthesis '" + open
                                + "' on line " + fileLine(parenLine[i])
                        : "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
                throw errorAt(end, line, lineStart, msg);
            }
            depth--;
        }
        pos = end;
        emit(Kind.OP, op, start, line, lineStart, end);
    }
}
