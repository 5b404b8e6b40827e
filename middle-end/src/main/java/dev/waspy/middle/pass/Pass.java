package dev.waspy.middle.pass;

import dev.waspy.middle.ir.IrFunction;

/**
 * A transformation of one function's IR. A pass is registered in {@link Passes} under a
 * kebab-case name with a one-line description, and reports whether it changed anything.
 */
public interface Pass {
    /** The kebab-case name used on the command line and in dumps. */
    String name();

    /** One line for {@code --help}. */
    String description();

    /** Transforms {@code f} in place; true when anything changed. */
    boolean run(IrFunction f, PassContext ctx);
}
