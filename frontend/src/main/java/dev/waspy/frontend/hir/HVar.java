package dev.waspy.frontend.hir;

import dev.waspy.frontend.types.Type;

/**
 * A variable of the typed IR: a local of the function (parameters and the temporaries that
 * desugaring introduces, whose names start with {@code $}) or a module global.
 */
public record HVar(String name, boolean global, Type type) {
    @Override
    public String toString() { return (global ? "global " : "") + name; }
}
