package dev.waspy.frontend.hir;

/** One comparison. {@code IN}'s operands are (needle, haystack); {@code IS_NONE} takes one object operand twice. */
public enum CmpKind {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"),
    /** Identity of two objects (the compiler emits it only where one side is a list, dict or set). */
    IS("is");

    public final String symbol;

    CmpKind(String symbol) { this.symbol = symbol; }
}
