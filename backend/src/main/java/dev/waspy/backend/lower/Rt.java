package dev.waspy.backend.lower;

import dev.waspy.middle.rt.AbiType;
import dev.waspy.middle.rt.RuntimeFunction;
import dev.waspy.middle.rt.RuntimeFunctions;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.ValType;
import java.util.List;
import java.util.Locale;

/**
 * The runtime functions the code generator calls on its own (primitives, boxing, tuples, the
 * collector, exceptions), by name. Everything else about them (signature, effects, whether a call
 * must be followed by an exception check) is their row of the middle-end's runtime function table,
 * {@link RuntimeFunctions}, which the IR's runtime calls use too; a constant here that the table
 * lacks fails on first use.
 */
public enum Rt {
    RT_INIT, RT_GC_POLL, RT_GC_CONFIG, RT_GC_REPORT, RT_RAISE, RT_UNCAUGHT, RT_WRITE_STR, RT_EWRITE_STR,
    RT_EXIT, RT_INT_ADD, RT_INT_SUB, RT_INT_MUL, RT_INT_FLOORDIV, RT_INT_MOD, RT_INT_DIVMOD, RT_INT_TRUEDIV,
    RT_INT_POW, RT_INT_NEG, RT_INT_ABS, RT_INT_INVERT, RT_INT_AND, RT_INT_OR, RT_INT_XOR,
    RT_INT_LSHIFT, RT_INT_RSHIFT, RT_INT_CMP, RT_INT_EQ, RT_INT_TO_STR, RT_INT_FROM_STR, RT_INT_TO_FLOAT,
    RT_FLOAT_TO_INT, RT_INT_FORMAT, RT_FLOAT_REPR, RT_FLOAT_DIV, RT_FLOAT_FLOORDIV, RT_FLOAT_MOD,
    RT_FLOAT_POW, RT_FLOAT_ROUND, RT_FLOAT_ROUND_N, RT_FLOAT_FROM_STR, RT_FLOAT_FORMAT,
    RT_STR_CONCAT, RT_STR_EQ, RT_STR_CMP, RT_STR_REPR, RT_STR_FORMAT, RT_STR_CONTAINS, RT_BOOL_STR,
    RT_TUPLE_NEW, RT_TUPLE_SET, RT_TUPLE_GET, RT_BOX_FLOAT, RT_UNBOX_FLOAT, RT_BOX_BOOL, RT_BOX_NONE,
    RT_OBJ_TYPE, RT_OBJ_REPR, RT_OBJ_STR, RT_OBJ_TRUTHY, RT_OBJ_EQ, RT_OBJ_LT, RT_OBJ_LE, RT_OBJ_GT,
    RT_OBJ_GE, RT_OBJ_ADD, RT_OBJ_SUB, RT_OBJ_MUL, RT_OBJ_TRUEDIV, RT_OBJ_FLOORDIV, RT_OBJ_MOD, RT_OBJ_DIVMOD,
    RT_OBJ_POW, RT_OBJ_AND, RT_OBJ_OR, RT_OBJ_XOR, RT_OBJ_LSHIFT, RT_OBJ_RSHIFT, RT_OBJ_NEG, RT_OBJ_POS,
    RT_OBJ_INVERT, RT_OBJ_ABS, RT_OBJ_POWMOD, RT_OBJ_CONTAINS, RT_OBJ_FORMAT, RT_OBJ_TO_FLOAT, RT_OBJ_TO_INT,
    RT_FLUSH, RT_INT_FROM_I64, RT_HOST_ALLOC, RT_HOST_STR_IN, RT_HOST_LIST_IN, RT_HOST_INT_OUT, RT_HOST_FLOAT_OUT,
    RT_HOST_BOOL_OUT, RT_HOST_STR_OUT, RT_HOST_LIST_OUT, RT_HOST_ERROR, RT_EXC_THROW, RT_UNCAUGHT_MADE, RT_EXIT_ON_SYSTEM_EXIT;

    /** The import module every runtime function and address comes from. */
    public static final String MODULE = "waspy_rt";

    /** Its row of the runtime function table. */
    public RuntimeFunction fn() {
        return RuntimeFunctions.get(name().toLowerCase(Locale.ROOT));
    }

    /** The Wasm type of a runtime function's import, from its descriptor (ABI.md's type mapping). */
    public static FuncType wasmType(RuntimeFunction f) {
        List<ValType> params = f.params().stream().map(Rt::valType).toList();
        return FuncType.of(params, f.result() == AbiType.VOID ? List.of() : List.of(valType(f.result())));
    }

    private static ValType valType(AbiType t) {
        return switch (t.repr()) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F64 -> ValType.F64;
            case NONE -> throw new IllegalArgumentException("void is not a parameter type");
        };
    }
}
