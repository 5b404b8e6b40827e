package dev.waspy.backend.lower;

import static dev.waspy.wasm.model.ValType.F64;
import static dev.waspy.wasm.model.ValType.I32;
import static dev.waspy.wasm.model.ValType.I64;

import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.ValType;
import java.util.List;
import java.util.Locale;

/**
 * The runtime's functions as compiled code imports them from module {@code waspy_rt}, with their
 * Wasm signatures (the C prototypes of {@code backend/runtime/include/waspy.h} under ABI.md's type
 * mapping; a test keeps the two in step, and the linker checks every import against runtime.wasm).
 */
public enum Rt {
    RT_INIT(List.of(I32, I32, I32), List.of()),
    RT_ALLOC(List.of(I32, I32), List.of(I32)),
    RT_GC_POLL(List.of(I32), List.of()),
    RT_GC_COLLECT(List.of(I32), List.of()),
    RT_HEAP_USED(List.of(), List.of(I32)),
    RT_GC_COUNT(List.of(), List.of(I32)),
    RT_EXC_NEW(List.of(I32, I32), List.of(I32)),
    RT_RAISE(List.of(I32, I32), List.of()),
    RT_RAISE_C(List.of(I32, I32), List.of()),
    RT_RAISE_EXC(List.of(I32), List.of()),
    RT_EXC_TAKE(List.of(), List.of(I32)),
    RT_EXC_MATCHES(List.of(I32, I32), List.of(I32)),
    RT_EXC_REGISTER(List.of(I32, I32, I32), List.of()),
    RT_EXC_STR(List.of(I32), List.of(I32)),
    RT_UNCAUGHT(List.of(), List.of()),
    RT_WRITE_STR(List.of(I32), List.of()),
    RT_WRITE_ASCII(List.of(I32, I32), List.of()),
    RT_WRITE_CHAR(List.of(I32), List.of()),
    RT_WRITE_INT(List.of(I64), List.of()),
    RT_WRITE_FLOAT(List.of(F64), List.of()),
    RT_WRITE_OBJ(List.of(I64), List.of()),
    RT_EWRITE_STR(List.of(I32), List.of()),
    RT_EWRITE_ASCII(List.of(I32, I32), List.of()),
    RT_FLUSH(List.of(), List.of()),
    RT_EXIT(List.of(I32), List.of()),
    RT_INT_ADD(List.of(I64, I64), List.of(I64)),
    RT_INT_SUB(List.of(I64, I64), List.of(I64)),
    RT_INT_MUL(List.of(I64, I64), List.of(I64)),
    RT_INT_FLOORDIV(List.of(I64, I64), List.of(I64)),
    RT_INT_MOD(List.of(I64, I64), List.of(I64)),
    RT_INT_DIVMOD(List.of(I64, I64), List.of(I32)),
    RT_INT_TRUEDIV(List.of(I64, I64), List.of(F64)),
    RT_INT_POW(List.of(I64, I64), List.of(I64)),
    RT_INT_POWMOD(List.of(I64, I64, I64), List.of(I64)),
    RT_INT_NEG(List.of(I64), List.of(I64)),
    RT_INT_ABS(List.of(I64), List.of(I64)),
    RT_INT_INVERT(List.of(I64), List.of(I64)),
    RT_INT_AND(List.of(I64, I64), List.of(I64)),
    RT_INT_OR(List.of(I64, I64), List.of(I64)),
    RT_INT_XOR(List.of(I64, I64), List.of(I64)),
    RT_INT_LSHIFT(List.of(I64, I64), List.of(I64)),
    RT_INT_RSHIFT(List.of(I64, I64), List.of(I64)),
    RT_INT_CMP(List.of(I64, I64), List.of(I32)),
    RT_INT_EQ(List.of(I64, I64), List.of(I32)),
    RT_INT_BIT_LENGTH(List.of(I64), List.of(I64)),
    RT_INT_TO_STR(List.of(I64), List.of(I32)),
    RT_INT_FROM_STR(List.of(I32, I64), List.of(I64)),
    RT_INT_TO_FLOAT(List.of(I64), List.of(F64)),
    RT_FLOAT_TO_INT(List.of(F64), List.of(I64)),
    RT_INT_FROM_I64(List.of(I64), List.of(I64)),
    RT_INT_TO_I64(List.of(I64), List.of(I64)),
    RT_INT_FORMAT(List.of(I64, I32), List.of(I32)),
    RT_FLOAT_REPR(List.of(F64), List.of(I32)),
    RT_FLOAT_DIV(List.of(F64, F64), List.of(F64)),
    RT_FLOAT_FLOORDIV(List.of(F64, F64), List.of(F64)),
    RT_FLOAT_MOD(List.of(F64, F64), List.of(F64)),
    RT_FLOAT_DIVMOD(List.of(F64, F64), List.of(I32)),
    RT_FLOAT_POW(List.of(F64, F64), List.of(F64)),
    RT_FLOAT_ROUND(List.of(F64), List.of(I64)),
    RT_FLOAT_ROUND_N(List.of(F64, I64), List.of(F64)),
    RT_FLOAT_FROM_STR(List.of(I32), List.of(F64)),
    RT_FLOAT_FORMAT(List.of(F64, I32), List.of(I32)),
    RT_FLOAT_EQ_INT(List.of(F64, I64), List.of(I32)),
    RT_FLOAT_CMP_INT(List.of(F64, I64), List.of(I32)),
    RT_STR_FROM_UTF8(List.of(I32, I32), List.of(I32)),
    RT_STR_CONCAT(List.of(I32, I32), List.of(I32)),
    RT_STR_REPEAT(List.of(I32, I64), List.of(I32)),
    RT_STR_EQ(List.of(I32, I32), List.of(I32)),
    RT_STR_CMP(List.of(I32, I32), List.of(I32)),
    RT_STR_LEN(List.of(I32), List.of(I64)),
    RT_STR_REPR(List.of(I32), List.of(I32)),
    RT_STR_FORMAT(List.of(I32, I32), List.of(I32)),
    RT_STR_GETITEM(List.of(I32, I64), List.of(I32)),
    RT_STR_SLICE(List.of(I32, I64, I64, I64), List.of(I32)),
    RT_STR_CONTAINS(List.of(I32, I32), List.of(I32)),
    RT_STR_FIND(List.of(I32, I32), List.of(I64)),
    RT_STR_JOIN(List.of(I32, I32), List.of(I32)),
    RT_STR_ORD(List.of(I32), List.of(I64)),
    RT_CHR(List.of(I64), List.of(I32)),
    RT_STR_SPLIT(List.of(I32, I64, I64), List.of(I32)),
    RT_STR_STRIP(List.of(I32, I64, I32), List.of(I32)),
    RT_STR_STARTSWITH(List.of(I32, I32), List.of(I32)),
    RT_STR_ENDSWITH(List.of(I32, I32), List.of(I32)),
    RT_STR_REPLACE(List.of(I32, I32, I32, I64), List.of(I32)),
    RT_STR_COUNT(List.of(I32, I32), List.of(I64)),
    RT_STR_UPPER(List.of(I32), List.of(I32)),
    RT_STR_LOWER(List.of(I32), List.of(I32)),
    RT_STR_MOD(List.of(I32, I64), List.of(I32)),
    RT_BOOL_STR(List.of(I32), List.of(I32)),
    RT_BOOL_FORMAT(List.of(I32, I32), List.of(I32)),
    RT_NONE_STR(List.of(), List.of(I32)),
    RT_SB_NEW(List.of(), List.of(I32)),
    RT_SB_ADD_STR(List.of(I32, I32), List.of()),
    RT_SB_ADD_ASCII(List.of(I32, I32, I32), List.of()),
    RT_SB_ADD_CHAR(List.of(I32, I32), List.of()),
    RT_SB_FINISH(List.of(I32), List.of(I32)),
    RT_TUPLE_NEW(List.of(I32), List.of(I32)),
    RT_TUPLE_SET(List.of(I32, I32, I64), List.of()),
    RT_TUPLE_GET(List.of(I32, I32), List.of(I64)),
    RT_TUPLE_LEN(List.of(I32), List.of(I32)),
    RT_TUPLE_REPR(List.of(I32), List.of(I32)),
    RT_LIST_NEW(List.of(I32), List.of(I32)),
    RT_LIST_LEN(List.of(I32), List.of(I64)),
    RT_LIST_GET(List.of(I32, I64), List.of(I64)),
    RT_LIST_SET(List.of(I32, I64, I64), List.of()),
    RT_LIST_APPEND(List.of(I32, I64), List.of()),
    RT_LIST_EXTEND(List.of(I32, I32), List.of()),
    RT_LIST_INSERT(List.of(I32, I64, I64), List.of()),
    RT_LIST_POP(List.of(I32, I64), List.of(I64)),
    RT_LIST_CONCAT(List.of(I32, I32), List.of(I32)),
    RT_LIST_REPEAT(List.of(I32, I64), List.of(I32)),
    RT_LIST_SLICE(List.of(I32, I64, I64, I64), List.of(I32)),
    RT_LIST_CONTAINS(List.of(I32, I64), List.of(I32)),
    RT_LIST_INDEX(List.of(I32, I64), List.of(I64)),
    RT_LIST_COUNT(List.of(I32, I64), List.of(I64)),
    RT_LIST_REVERSE(List.of(I32), List.of()),
    RT_LIST_SORT(List.of(I32, I32), List.of()),
    RT_LIST_EQ(List.of(I32, I32), List.of(I32)),
    RT_LIST_REPR(List.of(I32), List.of(I32)),
    RT_LIST_FROM_TUPLE(List.of(I32), List.of(I32)),
    RT_TUPLE_FROM_LIST(List.of(I32), List.of(I32)),
    RT_DICT_NEW(List.of(), List.of(I32)),
    RT_DICT_LEN(List.of(I32), List.of(I64)),
    RT_DICT_GET(List.of(I32, I64), List.of(I64)),
    RT_DICT_GET_DEFAULT(List.of(I32, I64, I64), List.of(I64)),
    RT_DICT_SET(List.of(I32, I64, I64), List.of()),
    RT_DICT_DEL(List.of(I32, I64), List.of()),
    RT_DICT_CONTAINS(List.of(I32, I64), List.of(I32)),
    RT_DICT_NEXT(List.of(I32, I32), List.of(I32)),
    RT_DICT_KEY_AT(List.of(I32, I32), List.of(I64)),
    RT_DICT_VALUE_AT(List.of(I32, I32), List.of(I64)),
    RT_DICT_KEYS(List.of(I32), List.of(I32)),
    RT_DICT_VALUES(List.of(I32), List.of(I32)),
    RT_DICT_ITEMS(List.of(I32), List.of(I32)),
    RT_DICT_EQ(List.of(I32, I32), List.of(I32)),
    RT_DICT_REPR(List.of(I32), List.of(I32)),
    RT_OBJ_EXPECT(List.of(I64, I64, I32), List.of(I64)),
    RT_SET_NEW(List.of(), List.of(I32)),
    RT_SET_LEN(List.of(I32), List.of(I64)),
    RT_SET_ADD(List.of(I32, I64), List.of()),
    RT_SET_CONTAINS(List.of(I32, I64), List.of(I32)),
    RT_SET_DISCARD(List.of(I32, I64), List.of()),
    RT_SET_REMOVE(List.of(I32, I64), List.of()),
    RT_SET_LIST(List.of(I32), List.of(I32)),
    RT_SET_EQ(List.of(I32, I32), List.of(I32)),
    RT_SET_REPR(List.of(I32), List.of(I32)),
    RT_OBJ_HASH(List.of(I64), List.of(I64)),
    RT_BOX_FLOAT(List.of(F64), List.of(I64)),
    RT_UNBOX_FLOAT(List.of(I64), List.of(F64)),
    RT_BOX_BOOL(List.of(I32), List.of(I64)),
    RT_BOX_NONE(List.of(), List.of(I64)),
    RT_OBJ_TYPE(List.of(I64), List.of(I32)),
    RT_OBJ_REPR(List.of(I64), List.of(I32)),
    RT_OBJ_STR(List.of(I64), List.of(I32)),
    RT_OBJ_TRUTHY(List.of(I64), List.of(I32)),
    RT_OBJ_EQ(List.of(I64, I64), List.of(I32)),
    RT_OBJ_LT(List.of(I64, I64), List.of(I32)),
    RT_OBJ_LE(List.of(I64, I64), List.of(I32)),
    RT_OBJ_GT(List.of(I64, I64), List.of(I32)),
    RT_OBJ_GE(List.of(I64, I64), List.of(I32)),
    RT_OBJ_ADD(List.of(I64, I64), List.of(I64)),
    RT_OBJ_SUB(List.of(I64, I64), List.of(I64)),
    RT_OBJ_MUL(List.of(I64, I64), List.of(I64)),
    RT_OBJ_TRUEDIV(List.of(I64, I64), List.of(I64)),
    RT_OBJ_FLOORDIV(List.of(I64, I64), List.of(I64)),
    RT_OBJ_MOD(List.of(I64, I64), List.of(I64)),
    RT_OBJ_DIVMOD(List.of(I64, I64), List.of(I64)),
    RT_OBJ_POW(List.of(I64, I64), List.of(I64)),
    RT_OBJ_AND(List.of(I64, I64), List.of(I64)),
    RT_OBJ_OR(List.of(I64, I64), List.of(I64)),
    RT_OBJ_XOR(List.of(I64, I64), List.of(I64)),
    RT_OBJ_LSHIFT(List.of(I64, I64), List.of(I64)),
    RT_OBJ_RSHIFT(List.of(I64, I64), List.of(I64)),
    RT_OBJ_NEG(List.of(I64), List.of(I64)),
    RT_OBJ_POS(List.of(I64), List.of(I64)),
    RT_OBJ_INVERT(List.of(I64), List.of(I64)),
    RT_OBJ_ABS(List.of(I64), List.of(I64)),
    RT_OBJ_POWMOD(List.of(I64, I64, I64), List.of(I64)),
    RT_OBJ_CONTAINS(List.of(I64, I64), List.of(I32)),
    RT_OBJ_FORMAT(List.of(I64, I32), List.of(I32)),
    RT_OBJ_TO_FLOAT(List.of(I64), List.of(F64)),
    RT_OBJ_TO_INT(List.of(I64), List.of(I64)),
    RT_OBJ_GETITEM(List.of(I64, I64), List.of(I64)),
    RT_OBJ_SETITEM(List.of(I64, I64, I64), List.of()),
    RT_OBJ_DELITEM(List.of(I64, I64), List.of()),
    RT_OBJ_GETSLICE(List.of(I64, I64, I64, I64), List.of(I64)),
    RT_OBJ_LEN(List.of(I64), List.of(I64)),
    RT_OBJ_ITER(List.of(I64), List.of(I64)),
    RT_ITER_STEP(List.of(I64), List.of(I32)),
    RT_ITER_VALUE(List.of(I64), List.of(I64)),
    RT_OBJ_TO_LIST(List.of(I64), List.of(I32)),
    RT_OBJ_TO_TUPLE(List.of(I64), List.of(I32)),
    RT_OBJ_TO_SET(List.of(I64), List.of(I32)),
    RT_OBJ_TO_DICT(List.of(I64), List.of(I32)),
    RT_LIST_EMPTY(List.of(), List.of(I32)),
    RT_LIST_COPY(List.of(I32), List.of(I32)),
    RT_LIST_CLEAR(List.of(I32), List.of()),
    RT_LIST_EXTEND_ITER(List.of(I32, I64), List.of()),
    RT_LIST_DELITEM(List.of(I32, I64), List.of()),
    RT_LIST_REMOVE(List.of(I32, I64), List.of()),
    RT_LIST_SETSLICE(List.of(I32, I64, I64, I64, I64), List.of()),
    RT_LIST_DELSLICE(List.of(I32, I64, I64, I64), List.of()),
    RT_LIST_SORT_KEYED(List.of(I32, I32, I32), List.of()),
    RT_TUPLE_GETITEM(List.of(I32, I64), List.of(I64)),
    RT_TUPLE_CONCAT(List.of(I32, I32), List.of(I32)),
    RT_TUPLE_REPEAT(List.of(I32, I64), List.of(I32)),
    RT_TUPLE_SLICE(List.of(I32, I64, I64, I64), List.of(I32)),
    RT_TUPLE_CONTAINS(List.of(I32, I64), List.of(I32)),
    RT_TUPLE_INDEX(List.of(I32, I64), List.of(I64)),
    RT_TUPLE_COUNT(List.of(I32, I64), List.of(I64)),
    RT_DICT_POP(List.of(I32, I64), List.of(I64)),
    RT_DICT_POP_DEFAULT(List.of(I32, I64, I64), List.of(I64)),
    RT_DICT_SETDEFAULT(List.of(I32, I64, I64), List.of(I64)),
    RT_DICT_UPDATE(List.of(I32, I64), List.of()),
    RT_DICT_COPY(List.of(I32), List.of(I32)),
    RT_DICT_CLEAR(List.of(I32), List.of()),
    RT_DICT_POPITEM(List.of(I32), List.of(I32)),
    RT_SET_UNION(List.of(I32, I32), List.of(I32)),
    RT_SET_INTERSECTION(List.of(I32, I32), List.of(I32)),
    RT_SET_DIFFERENCE(List.of(I32, I32), List.of(I32)),
    RT_SET_SYMMETRIC_DIFFERENCE(List.of(I32, I32), List.of(I32)),
    RT_SET_UPDATE(List.of(I32, I64), List.of()),
    RT_SET_INTERSECTION_UPDATE(List.of(I32, I32), List.of()),
    RT_SET_DIFFERENCE_UPDATE(List.of(I32, I32), List.of()),
    RT_SET_SYMMETRIC_DIFFERENCE_UPDATE(List.of(I32, I32), List.of()),
    RT_SET_ISSUBSET(List.of(I32, I32), List.of(I32)),
    RT_SET_ISSUPERSET(List.of(I32, I32), List.of(I32)),
    RT_SET_ISDISJOINT(List.of(I32, I32), List.of(I32)),
    RT_SET_POP(List.of(I32), List.of(I64)),
    RT_SET_CLEAR(List.of(I32), List.of()),
    RT_SET_COPY(List.of(I32), List.of(I32));

    /** The import module every runtime function and address comes from. */
    public static final String MODULE = "waspy_rt";

    private final FuncType type;

    Rt(List<ValType> params, List<ValType> results) {
        this.type = FuncType.of(params, results);
    }

    private static final java.util.Map<String, Rt> BY_SYMBOL = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Rt::symbol, r -> r));

    /** The function with this waspy.h name; a name the runtime does not export is a compiler bug. */
    public static Rt bySymbol(String symbol) {
        Rt rt = BY_SYMBOL.get(symbol);
        if (rt == null) throw new IllegalStateException("no runtime function " + symbol);
        return rt;
    }

    /** The import (and export) name, e.g. {@code rt_int_add}. */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT);
    }

    public FuncType type() {
        return type;
    }

    /**
     * Whether waspy.h documents that the function may raise (other than MemoryError, which the
     * allocation paths report but compiled code does not yet check for everywhere): a call of one is
     * followed by a pending-exception check even where the IR says the operation is pure.
     */
    /**
     * Whether the function may allocate, and so raise MemoryError at the memory limit. Only the
     * functions checked to touch no heap are listed as not allocating.
     */
    public boolean mayAllocate() {
        return switch (this) {
            case RT_WRITE_STR, RT_WRITE_ASCII, RT_WRITE_CHAR, RT_EWRITE_STR, RT_EWRITE_ASCII, RT_FLUSH,
                 RT_EXIT, RT_INT_CMP, RT_INT_EQ, RT_STR_EQ, RT_STR_CMP, RT_STR_LEN, RT_TUPLE_GET,
                 RT_TUPLE_LEN, RT_LIST_LEN -> false;
            default -> true;
        };
    }

    public boolean mayRaise() {
        return switch (this) {
            case RT_INT_FLOORDIV, RT_INT_MOD, RT_INT_DIVMOD, RT_INT_TRUEDIV, RT_INT_POW, RT_INT_POWMOD,
                 RT_INT_LSHIFT, RT_INT_RSHIFT, RT_INT_TO_STR, RT_INT_FROM_STR, RT_INT_TO_FLOAT,
                 RT_FLOAT_TO_INT, RT_INT_TO_I64, RT_INT_FORMAT, RT_FLOAT_DIV, RT_FLOAT_FLOORDIV, RT_FLOAT_MOD,
                 RT_FLOAT_DIVMOD, RT_FLOAT_POW, RT_FLOAT_ROUND, RT_FLOAT_FROM_STR, RT_FLOAT_FORMAT,
                 RT_STR_REPEAT, RT_STR_FORMAT, RT_STR_GETITEM, RT_BOOL_FORMAT, RT_UNBOX_FLOAT, RT_OBJ_LT,
                 RT_OBJ_LE, RT_OBJ_GT, RT_OBJ_GE, RT_OBJ_ADD, RT_OBJ_SUB, RT_OBJ_MUL, RT_OBJ_TRUEDIV,
                 RT_OBJ_FLOORDIV, RT_OBJ_MOD, RT_OBJ_DIVMOD, RT_OBJ_POW, RT_OBJ_AND, RT_OBJ_OR, RT_OBJ_XOR,
                 RT_OBJ_LSHIFT, RT_OBJ_RSHIFT, RT_OBJ_NEG, RT_OBJ_POS, RT_OBJ_INVERT, RT_OBJ_ABS,
                 RT_OBJ_FORMAT, RT_OBJ_TO_FLOAT, RT_OBJ_TO_INT, RT_RAISE, RT_RAISE_C, RT_RAISE_EXC,
                 RT_STR_SLICE, RT_STR_JOIN, RT_STR_ORD, RT_CHR, RT_OBJ_POWMOD, RT_OBJ_CONTAINS, RT_STR_SPLIT,
                 RT_STR_STRIP, RT_LIST_GET, RT_LIST_SET, RT_LIST_POP, RT_LIST_SLICE, RT_LIST_INDEX,
                 RT_LIST_SORT, RT_DICT_GET, RT_DICT_GET_DEFAULT, RT_DICT_SET, RT_DICT_DEL, RT_DICT_CONTAINS,
                 RT_OBJ_HASH, RT_STR_MOD, RT_OBJ_GETITEM, RT_OBJ_SETITEM, RT_OBJ_DELITEM, RT_OBJ_GETSLICE,
                 RT_OBJ_LEN, RT_OBJ_ITER, RT_ITER_STEP, RT_OBJ_TO_LIST, RT_OBJ_TO_TUPLE, RT_OBJ_TO_SET,
                 RT_OBJ_TO_DICT, RT_LIST_EXTEND_ITER, RT_LIST_DELITEM, RT_LIST_REMOVE, RT_LIST_SETSLICE,
                 RT_LIST_DELSLICE, RT_LIST_SORT_KEYED, RT_TUPLE_GETITEM, RT_TUPLE_REPEAT, RT_TUPLE_SLICE,
                 RT_TUPLE_INDEX, RT_DICT_POP, RT_DICT_POP_DEFAULT, RT_DICT_SETDEFAULT, RT_DICT_UPDATE,
                 RT_DICT_POPITEM, RT_SET_UPDATE, RT_SET_POP -> true;
            default -> false;
        };
    }
}
