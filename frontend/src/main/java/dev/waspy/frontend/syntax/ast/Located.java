package dev.waspy.frontend.syntax.ast;

/** A node that carries CPython's position attributes (lineno, col_offset, end_lineno, end_col_offset). */
public interface Located {
    Pos pos();
}
