package dev.waspy.frontend.hir;

/** One comparison. {@code IN}'s operands are (needle, haystack); {@code IS_NONE} takes one object operand twice. */
public enum CmpKind {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in");

    public final String symbol;

    CmpKind(String symbol) { this.symbol = symbol; }
}
