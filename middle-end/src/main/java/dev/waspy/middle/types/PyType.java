package dev.waspy.middle.types;

import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.IrType;

/**
 * What inference knows about a Python value: a flat lattice of finite height, {@code bottom}
 * (no value yet: unreachable, or not computed so far) below the scalar types, all below
 * {@code object} (any value). {@link #join} is the least upper bound; two different scalar types
 * join to {@code object}. Containers, tuples and None are {@code object} or {@code None} here;
 * their precise types come with allocation-site cells (FOUNDATION.md, section 4).
 *
 * <p>The type says what a value <em>is</em>; {@link #repr} says how a value of that type is held
 * once specialized: the scalars unboxed ({@code int} tagged i64, {@code float} f64, {@code bool}
 * i32, {@code str} pointer), everything else boxed as {@code object}.
 */
public enum PyType {
    BOTTOM("bottom", null),
    INT("int", IrType.INT),
    FLOAT("float", IrType.FLOAT),
    BOOL("bool", IrType.BOOL),
    NONE("None", null),
    STR("str", IrType.STR),
    OBJECT("object", null);

    private final String show;
    private final IrType unboxed;

    PyType(String show, IrType unboxed) {
        this.show = show;
        this.unboxed = unboxed;
    }

    public String show() { return show; }

    /** The least upper bound: bottom is the identity, equal types stay, anything else is object. */
    public PyType join(PyType other) {
        if (this == other || other == BOTTOM) return this;
        if (this == BOTTOM) return other;
        return OBJECT;
    }

    /** Whether a value of this type is held unboxed once specialized. */
    public boolean unboxed() { return unboxed != null; }

    /** The IR type of a value of this type once specialized: its unboxed form, else {@code object}. */
    public IrType repr() { return unboxed != null ? unboxed : IrType.OBJ; }

    /** What a value of IR type {@code t} is known to be from its representation alone. */
    public static PyType of(IrType t) {
        return switch (t) {
            case IrType.Int i -> INT;
            case IrType.Float f -> FLOAT;
            case IrType.Bool b -> BOOL;
            case IrType.NoneType n -> NONE;
            case IrType.Str s -> STR;
            default -> OBJECT;
        };
    }

    public static PyType of(Constant c) { return of(c.type()); }
}
