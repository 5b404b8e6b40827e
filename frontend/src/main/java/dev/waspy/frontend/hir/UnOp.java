package dev.waspy.frontend.hir;

public enum UnOp {
    NEG("-"), POS("+"), INVERT("~"), NOT("not ");

    public final String symbol;

    UnOp(String symbol) { this.symbol = symbol; }
}
