package dev.waspy.frontend.syntax.ast;

/** The value of the constant {@code ...}. */
public enum PyEllipsis {
    ELLIPSIS;

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
