package dev.waspy.backend.locals;

import dev.waspy.middle.ir.IrFunction;

/**
 * Chooses the Wasm locals of a function: which IR temps and variable slots share one. Any allocator
 * must give values that are live at the same time different locals; the simplest gives every value
 * its own ({@link OneLocalPerValue}). An interference-graph colouring one plugs in here.
 */
public interface LocalAllocator {
    FunctionLocals allocate(IrFunction function);
}
