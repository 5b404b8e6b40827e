package dev.waspy.middle.rt;

import dev.waspy.middle.ir.IrType;

/**
 * A parameter or result type of a runtime function in the terms of both the IR and the Wasm ABI
 * (ABI.md): what the value means, and the Wasm type that carries it. The C types of waspy.h map
 * onto these (a test checks it); the IR can pass only the types with an {@link IrType}.
 */
public enum AbiType {
    /** Tagged Python int ({@code wint}): even = small value, odd = bigint pointer. */
    INT(IrType.Repr.I64),
    /** A raw 64-bit integer ({@code int64_t}), not tagged. */
    I64(IrType.Repr.I64),
    /** A Python float ({@code double}). */
    F64(IrType.Repr.F64),
    /** A Python bool as 0 or 1 ({@code uint32_t}). */
    BOOL(IrType.Repr.I32),
    /** A raw unsigned 32-bit count, index, class or type id, code point ({@code uint32_t}). */
    U32(IrType.Repr.I32),
    /** A raw signed 32-bit value: a three-way comparison, a dict position, an exit status ({@code int32_t}). */
    I32(IrType.Repr.I32),
    /** An address in linear memory that is not an object: static bytes, the shadow stack, a heap block. */
    PTR(IrType.Repr.I32),
    /** Pointer to a str object ({@code wstr}). */
    STR(IrType.Repr.I32),
    /** Pointer to a tuple object ({@code wtuple}). */
    TUPLE(IrType.Repr.I32),
    /** Pointer to a list object ({@code wlist}). */
    LIST(IrType.Repr.I32),
    /** Pointer to a dict object ({@code wdict}). */
    DICT(IrType.Repr.I32),
    /** Pointer to a set object ({@code wset}). */
    SET(IrType.Repr.I32),
    /** Pointer to a string builder ({@code wsb}). */
    SB(IrType.Repr.I32),
    /** Pointer to an exception object ({@code wexc}). */
    EXC(IrType.Repr.I32),
    /** A boxed value of any type ({@code wobj}): even = small int, odd = {@code ptr | 1}. */
    OBJ(IrType.Repr.I64),
    /** No result ({@code void}). */
    VOID(IrType.Repr.NONE);

    private final IrType.Repr repr;

    AbiType(IrType.Repr repr) {
        this.repr = repr;
    }

    /** The Wasm type that carries it ({@code NONE} for {@link #VOID}). */
    public IrType.Repr repr() {
        return repr;
    }

    /** Whether an IR value of this type may be passed (or received) where this ABI type is expected. */
    public boolean accepts(IrType type) {
        return switch (this) {
            case INT -> type instanceof IrType.Int;
            case F64 -> type instanceof IrType.Float;
            case BOOL -> type instanceof IrType.Bool;
            case STR -> type instanceof IrType.Str;
            case TUPLE -> type instanceof IrType.Tuple;
            case LIST -> type instanceof IrType.ListT;
            case DICT -> type instanceof IrType.DictT;
            case SET -> type instanceof IrType.SetT;
            case OBJ -> type instanceof IrType.Obj;
            case VOID -> type instanceof IrType.NoneType;
            case I64, U32, I32, PTR, SB, EXC -> false;
        };
    }

    /** The spelling in {@code runtime-functions.txt}. */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
