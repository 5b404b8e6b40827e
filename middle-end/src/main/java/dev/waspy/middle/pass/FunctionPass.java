package dev.waspy.middle.pass;

import dev.waspy.middle.ir.IrFunction;

/** A pass over one function at a time; it may read the program but changes only {@code f}. */
public non-sealed interface FunctionPass extends Pass {
    /** Transforms {@code f} in place; true when anything changed. */
    boolean run(IrFunction f, PassContext ctx);
}
