package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SyntaxError;

/**
 * One token. {@code text} is the token's source text (operators and keywords are interned, so
 * the parser may compare them with {@code ==}). Positions are kept twice: character columns for
 * error messages (CPython reports characters) and UTF-8 byte columns for the AST (CPython's
 * node attributes are byte offsets). {@code start}/{@code end} index the tokenizer's text.
 * An {@link Kind#ERROR} token carries the syntax error the tokenizer met at that point; the
 * parser raises it only if it gets that far, as CPython's on-demand tokenizer would.
 */
public record Token(Kind kind, String text, int line, int col, int endLine, int endCol, int bcol, int endBcol,
                    int start, int end, SyntaxError error) {
    public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERROR }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col;
    }
}
