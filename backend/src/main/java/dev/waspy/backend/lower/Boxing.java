package dev.waspy.backend.lower;

import dev.waspy.middle.rt.ExcClass;
import static dev.waspy.wasm.instr.NumericOp.I32_AND;
import static dev.waspy.wasm.instr.NumericOp.I32_NE;
import static dev.waspy.wasm.instr.NumericOp.I32_WRAP_I64;
import static dev.waspy.wasm.instr.NumericOp.I64_EXTEND_I32_U;
import static dev.waspy.wasm.instr.NumericOp.I64_OR;

import dev.waspy.backend.locals.FunctionLocals;
import dev.waspy.middle.rt.RuntimeTypeIds;
import dev.waspy.middle.ir.IrType;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.model.ValType;

/**
 * Conversions between a typed representation and the boxed {@code object} one (ABI.md): a tagged int
 * already is a boxed object; pointers get the tag bit; floats, bools and None go through the runtime.
 */
final class Boxing {
    /** Type ids of ABI.md's object header. */
    static final int T_NONE = RuntimeTypeIds.NONE;
    static final int T_BOOL = RuntimeTypeIds.BOOL;
    static final int T_INT = RuntimeTypeIds.INT;
    static final int T_FLOAT = RuntimeTypeIds.FLOAT;
    static final int T_STR = RuntimeTypeIds.STR;
    static final int T_TUPLE = RuntimeTypeIds.TUPLE;
    static final int T_LIST = RuntimeTypeIds.LIST;
    static final int T_DICT = RuntimeTypeIds.DICT;
    static final int T_SET = RuntimeTypeIds.SET;

    private Boxing() {}

    /** Value of {@code from} on the stack (nothing for None) becomes a boxed i64. */
    static void box(Emitter e, IrType from) {
        switch (from) {
            case IrType.Int i -> { }
            case IrType.Obj o -> { }
            case IrType.Float f -> e.call(Rt.RT_BOX_FLOAT);
            case IrType.Bool b -> e.call(Rt.RT_BOX_BOOL);
            case IrType.NoneType n -> e.call(Rt.RT_BOX_NONE);
            case IrType.Str s -> pointer(e);
            case IrType.Tuple t -> pointer(e);
            case IrType.ListT l -> pointer(e);
            case IrType.DictT d -> pointer(e);
            case IrType.SetT x -> pointer(e);
        }
    }

    private static void pointer(Emitter e) {
        e.code.op(I64_EXTEND_I32_U).i64Const(1).op(I64_OR);
    }

    /**
     * Boxed i64 on the stack becomes a value of {@code to}, which the caller knows it holds (a tuple
     * item of a known type, say): no check.
     */
    static void unboxKnown(Emitter e, IrType to) {
        switch (to) {
            case IrType.Int i -> { }
            case IrType.Obj o -> { }
            case IrType.Float f -> e.call(Rt.RT_UNBOX_FLOAT);
            // The truth of a bool object is its value.
            case IrType.Bool b -> e.call(Rt.RT_OBJ_TRUTHY);
            case IrType.NoneType n -> e.code.drop();
            case IrType.Str s -> untag(e);
            case IrType.Tuple t -> untag(e);
            case IrType.ListT l -> untag(e);
            case IrType.DictT d -> untag(e);
            case IrType.SetT x -> untag(e);
        }
    }

    private static void untag(Emitter e) {
        e.code.op(I32_WRAP_I64).i32Const(-2).op(I32_AND);
    }

    /**
     * Boxed i64 on the stack becomes a value of {@code to} if it holds one; otherwise a TypeError is
     * raised (the caller checks for it) and a zero of the right type is left.
     */
    static void unboxChecked(Emitter e, IrType to) {
        if (to instanceof IrType.Obj) {
            return;
        }
        int v = e.scratch(ValType.I64, 0);
        ValType t = FunctionLocals.valType(to);
        e.code.localSet(v);
        typeIdOf(e, v);
        e.code.i32Const(typeId(to)).op(I32_NE);
        e.code.ifElse(t == null ? BlockType.EMPTY : BlockType.of(t), fail -> {
            e.code.i32Const(ExcClass.TypeError.id()).i32Const(e.str("expected a value of type " + to.show()));
            e.call(Rt.RT_RAISE);
            if (t != null) {
                e.zero(t);
            }
        }, ok -> {
            e.code.localGet(v);
            unboxKnown(e, to);
        });
    }

    /**
     * Pushes the type id of the boxed value in local {@code v}, inline: a small int is even; any
     * other value points at an object whose header starts with its type id (ABI.md).
     */
    static void typeIdOf(Emitter e, int v) {
        e.code.localGet(v).i64Const(1).op(dev.waspy.wasm.instr.NumericOp.I64_AND).op(dev.waspy.wasm.instr.NumericOp.I64_EQZ);
        e.code.ifElse(BlockType.of(ValType.I32),
                small -> small.i32Const(T_INT),
                heap -> heap.localGet(v).op(I32_WRAP_I64).i32Const(-2).op(I32_AND)
                        .mem(dev.waspy.wasm.instr.MemOp.I32_LOAD8_U, 0, 0));
    }

    static int typeId(IrType t) {
        return switch (t) {
            case IrType.Int i -> T_INT;
            case IrType.Float f -> T_FLOAT;
            case IrType.Bool b -> T_BOOL;
            case IrType.NoneType n -> T_NONE;
            case IrType.Str s -> T_STR;
            case IrType.Tuple tu -> T_TUPLE;
            case IrType.ListT l -> T_LIST;
            case IrType.DictT d -> T_DICT;
            case IrType.SetT x -> T_SET;
            case IrType.Obj o -> throw new IllegalArgumentException("object has no single type id");
        };
    }
}
