package dev.waspy.frontend.syntax.ast;

/**
 * Where a node sits in its source, with CPython's conventions: lines are 1-based, columns are
 * 0-based UTF-8 byte offsets into the line (not character offsets), the end is exclusive.
 */
public record Pos(int lineno, int colOffset, int endLineno, int endColOffset) {
    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }
}
