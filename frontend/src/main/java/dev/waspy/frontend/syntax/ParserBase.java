package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.Token.Kind;
import dev.waspy.frontend.syntax.ast.Located;
import dev.waspy.frontend.syntax.ast.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Token access, positions and errors shared by the parser's layers (expressions, patterns,
 * statements). The parser works on the whole token list, so backtracking is just resetting
 * {@link #p}.
 */
abstract class ParserBase {
    /**
     * Nesting limit for expressions and blocks, near the depth at which CPython 3.11 gives up
     * (about 2,990 nested unary operators, lambdas or operands of a chain of binary operators);
     * deeper input is a syntax error, never a stack overflow.
     */
    static final int MAX_DEPTH = 3000;

    final SourceFile file;
    final List<Token> tokens;
    int p;
    int depth;
    /** The furthest token looked at (CPython's p->fill - 1), for choosing between errors. */
    int furthest;
    /**
     * Set when parsing an f-string field: CPython then reports node positions with the field's
     * column shift taken off again (so relative to the field's own text).
     */
    boolean fragment;
    int fragmentShift;

    ParserBase(SourceFile file, List<Token> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    // ---- tokens -------------------------------------------------------------------------------

    final Token peek() {
        if (p > furthest) {
            furthest = p;
        }
        Token t = tokens.get(p);
        if (t.kind() == Kind.ERROR) {
            throw t.error();
        }
        return t;
    }

    final Token peek(int k) {
        int i = Math.min(p + k, tokens.size() - 1);
        for (int j = p; j <= i; j++) {
            if (tokens.get(j).kind() == Kind.ERROR) {
                throw tokens.get(j).error();
            }
        }
        return tokens.get(i);
    }

    /** Like {@link #peek(int)}, but counts as looked at (where CPython's grammar also looks that far). */
    final Token peekFar(int k) {
        Token t = peek(k);
        furthest = Math.max(furthest, Math.min(p + k, tokens.size() - 1));
        return t;
    }

    final Token next() {
        Token t = peek();
        p++;
        return t;
    }

    /**
     * The last token consumed, skipping NEWLINE, INDENT and DEDENT: a node ends where its last
     * real token ends (CPython's _PyPegen_get_last_nonnwhitespace_token).
     */
    final Token last() {
        int i = p - 1;
        while (i > 0) {
            Kind k = tokens.get(i).kind();
            if (k != Kind.NEWLINE && k != Kind.INDENT && k != Kind.DEDENT && k != Kind.ENDMARKER) {
                break;
            }
            i--;
        }
        return tokens.get(i);
    }

    final boolean at(String op) {
        return peek().text() == op;
    }

    final boolean at(Kind kind) {
        return peek().kind() == kind;
    }

    /** Is the next token the keyword {@code kw}? (Keywords are NAME tokens with interned text.) */
    final boolean atKw(String kw) {
        Token t = peek();
        return t.text() == kw && t.kind() == Kind.NAME;
    }

    final boolean accept(String op) {
        if (peek().text() == op && peek().kind() != Kind.STRING) {
            p++;
            return true;
        }
        return false;
    }

    final Token expect(String op) {
        Token t = peek();
        if (t.text() != op || t.kind() == Kind.STRING) {
            throw invalidSyntax();
        }
        p++;
        return t;
    }

    /** Like {@link #expect} but with CPython's "expected 'X'" message. */
    final Token expectNamed(String op) {
        Token t = peek();
        if (t.text() != op || t.kind() == Kind.STRING) {
            if (t.kind() == Kind.NEWLINE) {
                throw errorAt(t, "expected '" + op + "'");
            }
            throw invalidSyntax();
        }
        p++;
        return t;
    }

    final boolean isName(Token t) {
        return t.kind() == Kind.NAME && !Keywords.isKeyword(t.text());
    }

    final Token expectName() {
        Token t = peek();
        if (!isName(t)) {
            throw invalidSyntax();
        }
        p++;
        return t;
    }

    // ---- positions ----------------------------------------------------------------------------

    static Pos pos(Token a, Token b) {
        return new Pos(a.line(), a.bcol(), b.endLine(), b.endBcol());
    }

    static Pos pos(Token a, Located b) {
        Pos e = b.pos();
        return new Pos(a.line(), a.bcol(), e.endLineno(), e.endColOffset());
    }

    static Pos pos(Located a, Token b) {
        Pos s = a.pos();
        return new Pos(s.lineno(), s.colOffset(), b.endLine(), b.endBcol());
    }

    static Pos pos(Located a, Located b) {
        return Pos.span(a.pos(), b.pos());
    }

    /** From {@code a} to the last consumed token. */
    final Pos from(Token a) {
        return pos(a, last());
    }

    final Pos from(Located a) {
        return pos(a, last());
    }

    static <T> List<T> list(List<T> l) {
        return Collections.unmodifiableList(l);
    }

    static <T> List<T> list1(T x) {
        List<T> l = new ArrayList<>(1);
        l.add(x);
        return Collections.unmodifiableList(l);
    }

    // ---- errors -------------------------------------------------------------------------------

    final void enter() {
        if (++depth > MAX_DEPTH) {
            throw errorAt(peek(), "too many nested expressions or blocks (more than " + MAX_DEPTH + ")");
        }
    }

    final void leave() {
        depth--;
    }

    /** A left-associative chain (a + b + c..., a.b.c...) nests its nodes as deep as it is long. */
    final void chainCheck(int chain) {
        if (depth + chain > MAX_DEPTH) {
            throw errorAt(peek(), "too many nested expressions or blocks (more than " + MAX_DEPTH + ")");
        }
    }

    /**
     * CPython's generic error: at the furthest token the parser looked at, "unexpected indent" or
     * "unexpected unindent" when that is an INDENT or DEDENT, else "invalid syntax" (at column 0
     * for a token without a column, as CPython reports it).
     */
    final SyntaxError invalidSyntax() {
        peek();
        Token t = tokens.get(Math.max(p, furthest));
        if (t.kind() == Kind.ERROR) {
            return t.error();
        }
        if (t.kind() == Kind.INDENT) {
            return unexpectedIndent(t);
        }
        if (t.kind() == Kind.DEDENT) {
            return errorAt(t, "unexpected unindent");
        }
        if (t.col() < 0) {
            return makeError(t.line(), 0, t.line(), 0, "invalid syntax");
        }
        return errorAt(t, "invalid syntax");
    }

    final SyntaxError unexpectedIndent(Token t) {
        return errorAt(t, "unexpected indent");
    }

    /** An error at the start of token {@code t}: CPython's offset is the 1-based character column. */
    final SyntaxError errorAt(Token t, String msg) {
        if (t.col() < 0) {
            // INDENT, DEDENT, ENDMARKER: CPython points where its tokenizer stands (endCol), 1-based as is.
            return makeError(t.line(), t.endCol(), t.line(), -1, msg);
        }
        return makeError(t.line(), codePoints(t.line(), t.col()) + 1, t.endLine(), codePoints(t.endLine(), t.endCol()) + 1,
                msg);
    }

    /** CPython counts columns of error positions in code points, not UTF-16 units. */
    private int codePoints(int line, int col) {
        String text = file.line(line);
        return col <= text.length() ? text.codePointCount(0, col) : col;
    }

    /** An error over a node, located by its byte positions (converted back to characters). */
    final SyntaxError errorAt(Located n, String msg) {
        Pos ps = n.pos();
        if (fragment) {
            return makeError(ps.lineno(), ps.colOffset() + 1 - fragmentShift, ps.endLineno(),
                    ps.endColOffset() + 1 - fragmentShift, msg);
        }
        int col = charCol(ps.lineno(), ps.colOffset());
        int endCol = charCol(ps.endLineno(), ps.endColOffset());
        return makeError(ps.lineno(), col + 1, ps.endLineno(), endCol + 1, msg);
    }

    final SyntaxError errorRange(Located a, Located b, String msg) {
        Pos s = a.pos();
        Pos e = b.pos();
        if (fragment) {
            return makeError(s.lineno(), s.colOffset() + 1 - fragmentShift, e.endLineno(),
                    e.endColOffset() + 1 - fragmentShift, msg);
        }
        return makeError(s.lineno(), charCol(s.lineno(), s.colOffset()) + 1, e.endLineno(),
                charCol(e.endLineno(), e.endColOffset()) + 1, msg);
    }

    /** The 0-based character column of a byte column (for error offsets). */
    final int charOffset(int line, int byteCol) {
        return charCol(line, byteCol);
    }

    private int charCol(int line, int byteCol) {
        if (line < 1 || line > file.lineCount()) {
            return byteCol;
        }
        return file.line(line).codePointCount(0, file.charColumn(line, byteCol));
    }

    SyntaxError makeError(int line, int col, int endLine, int endCol, String msg) {
        return new SyntaxError(file, line, col, endLine, endCol, msg);
    }
}
