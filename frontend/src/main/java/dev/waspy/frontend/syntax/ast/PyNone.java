package dev.waspy.frontend.syntax.ast;

/** The value of the constant {@code None} (Java's null means "field absent" in the AST). */
public enum PyNone {
    NONE;

    @Override
    public String toString() {
        return "None";
    }
}
