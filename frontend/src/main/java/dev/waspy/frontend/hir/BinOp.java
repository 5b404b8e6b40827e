package dev.waspy.frontend.hir;

/** Binary arithmetic and bitwise operators. */
public enum BinOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), AND("&"), OR("|"), XOR("^");

    public final String symbol;

    BinOp(String symbol) { this.symbol = symbol; }
}
