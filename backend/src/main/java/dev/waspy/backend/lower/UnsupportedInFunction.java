package dev.waspy.backend.lower;

import dev.waspy.middle.ir.IrFunction;

/** An {@link Unsupported} construct, with the function (and so the source line) it occurs in. */
public final class UnsupportedInFunction extends RuntimeException {
    private final transient IrFunction function;

    public UnsupportedInFunction(IrFunction function, String message) {
        super(message);
        this.function = function;
    }

    public IrFunction function() {
        return function;
    }
}
