package dev.waspy.middle.ir;

import static dev.waspy.middle.ir.IrType.BOOL;
import static dev.waspy.middle.ir.IrType.FLOAT;
import static dev.waspy.middle.ir.IrType.INT;
import static dev.waspy.middle.ir.IrType.NONE;
import static dev.waspy.middle.ir.IrType.OBJ;
import static dev.waspy.middle.ir.IrType.STR;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The primitive operations, declared as data: name, result and operand types, whether the
 * operation may raise (the code generator then checks for a pending exception after it) and
 * whether it is pure (no effect besides its result or its exception, so an unused or repeated
 * one may be removed). Each has exactly the semantics of the CPython operation it names, for
 * operands of exactly the listed types. The backend maps each one either to inline Wasm with a
 * runtime fallback or to a runtime function of ABI.md.
 *
 * <p>Adding a primitive: one row here; {@code javac} then lists every exhaustive switch over
 * {@code Prim} (code generator, constant folder) that needs a case.
 */
public enum Prim {
    // ----- int (tagged i64, arbitrary precision) -----
    INT_ADD("int.add", INT, Fx.PURE, INT, INT),
    INT_SUB("int.sub", INT, Fx.PURE, INT, INT),
    INT_MUL("int.mul", INT, Fx.PURE, INT, INT),
    /** Floors towards minus infinity; ZeroDivisionError "integer division or modulo by zero". */
    INT_FLOORDIV("int.floordiv", INT, Fx.RAISES, INT, INT),
    /** Result takes the divisor's sign; ZeroDivisionError "integer modulo by zero". */
    INT_MOD("int.mod", INT, Fx.RAISES, INT, INT),
    /** int / int -> float, correctly rounded; ZeroDivisionError "division by zero", OverflowError. */
    INT_TRUEDIV("int.truediv", FLOAT, Fx.RAISES, INT, INT),
    /** Only emitted when the exponent is known to be non-negative (else obj.pow). */
    INT_POW("int.pow", INT, Fx.RAISES, INT, INT),
    INT_NEG("int.neg", INT, Fx.PURE, INT),
    INT_INVERT("int.invert", INT, Fx.PURE, INT),
    INT_ABS("int.abs", INT, Fx.PURE, INT),
    INT_AND("int.and", INT, Fx.PURE, INT, INT),
    INT_OR("int.or", INT, Fx.PURE, INT, INT),
    INT_XOR("int.xor", INT, Fx.PURE, INT, INT),
    /** ValueError "negative shift count". */
    INT_LSHIFT("int.lshift", INT, Fx.RAISES, INT, INT),
    INT_RSHIFT("int.rshift", INT, Fx.RAISES, INT, INT),
    INT_EQ("int.eq", BOOL, Fx.PURE, INT, INT),
    INT_NE("int.ne", BOOL, Fx.PURE, INT, INT),
    INT_LT("int.lt", BOOL, Fx.PURE, INT, INT),
    INT_LE("int.le", BOOL, Fx.PURE, INT, INT),
    INT_GT("int.gt", BOOL, Fx.PURE, INT, INT),
    INT_GE("int.ge", BOOL, Fx.PURE, INT, INT),
    INT_TRUTHY("int.truthy", BOOL, Fx.PURE, INT),
    /** float(i); OverflowError "int too large to convert to float". */
    INT_TO_FLOAT("int.to_float", FLOAT, Fx.RAISES, INT),
    /** str(i) == repr(i), decimal. */
    INT_STR("int.str", STR, Fx.PURE, INT),
    /** format(i, spec); ValueError for a bad spec. */
    INT_FORMAT("int.format", STR, Fx.RAISES, INT, STR),
    /** round(i, n). */
    INT_ROUND_N("int.round_n", INT, Fx.PURE, INT, INT),
    /** int(s); ValueError "invalid literal for int() with base 10: ...". */
    INT_FROM_STR("int.from_str", INT, Fx.RAISES, STR),

    // ----- float (raw f64) -----
    FLOAT_ADD("float.add", FLOAT, Fx.PURE, FLOAT, FLOAT),
    FLOAT_SUB("float.sub", FLOAT, Fx.PURE, FLOAT, FLOAT),
    FLOAT_MUL("float.mul", FLOAT, Fx.PURE, FLOAT, FLOAT),
    /** ZeroDivisionError "float division by zero". */
    FLOAT_TRUEDIV("float.truediv", FLOAT, Fx.RAISES, FLOAT, FLOAT),
    /** ZeroDivisionError "float floor division by zero". */
    FLOAT_FLOORDIV("float.floordiv", FLOAT, Fx.RAISES, FLOAT, FLOAT),
    /** ZeroDivisionError "float modulo". */
    FLOAT_MOD("float.mod", FLOAT, Fx.RAISES, FLOAT, FLOAT),
    /** ZeroDivisionError for 0.0 ** negative; OverflowError; ValueError where CPython would produce a complex. */
    FLOAT_POW("float.pow", FLOAT, Fx.RAISES, FLOAT, FLOAT),
    FLOAT_NEG("float.neg", FLOAT, Fx.PURE, FLOAT),
    FLOAT_ABS("float.abs", FLOAT, Fx.PURE, FLOAT),
    FLOAT_EQ("float.eq", BOOL, Fx.PURE, FLOAT, FLOAT),
    FLOAT_NE("float.ne", BOOL, Fx.PURE, FLOAT, FLOAT),
    FLOAT_LT("float.lt", BOOL, Fx.PURE, FLOAT, FLOAT),
    FLOAT_LE("float.le", BOOL, Fx.PURE, FLOAT, FLOAT),
    FLOAT_GT("float.gt", BOOL, Fx.PURE, FLOAT, FLOAT),
    FLOAT_GE("float.ge", BOOL, Fx.PURE, FLOAT, FLOAT),
    FLOAT_TRUTHY("float.truthy", BOOL, Fx.PURE, FLOAT),
    /** int(f), truncating; ValueError for nan, OverflowError for inf. */
    FLOAT_TO_INT("float.to_int", INT, Fx.RAISES, FLOAT),
    /** round(f): half to even; ValueError for nan, OverflowError for inf. */
    FLOAT_ROUND("float.round", INT, Fx.RAISES, FLOAT),
    /** round(f, n), exactly as CPython (correctly rounded through the decimal string). */
    FLOAT_ROUND_N("float.round_n", FLOAT, Fx.RAISES, FLOAT, INT),
    /** repr(f) == str(f): shortest round-trip form. */
    FLOAT_REPR("float.repr", STR, Fx.PURE, FLOAT),
    FLOAT_FORMAT("float.format", STR, Fx.RAISES, FLOAT, STR),
    /** float(s); ValueError "could not convert string to float: ...". */
    FLOAT_FROM_STR("float.from_str", FLOAT, Fx.RAISES, STR),

    // ----- bool (i32 0/1) -----
    BOOL_NOT("bool.not", BOOL, Fx.PURE, BOOL),
    BOOL_AND("bool.and", BOOL, Fx.PURE, BOOL, BOOL),
    BOOL_OR("bool.or", BOOL, Fx.PURE, BOOL, BOOL),
    BOOL_XOR("bool.xor", BOOL, Fx.PURE, BOOL, BOOL),
    BOOL_EQ("bool.eq", BOOL, Fx.PURE, BOOL, BOOL),
    BOOL_NE("bool.ne", BOOL, Fx.PURE, BOOL, BOOL),
    BOOL_TO_INT("bool.to_int", INT, Fx.PURE, BOOL),
    BOOL_TO_FLOAT("bool.to_float", FLOAT, Fx.PURE, BOOL),
    /** "True" / "False". */
    BOOL_STR("bool.str", STR, Fx.PURE, BOOL),

    // ----- str (pointer to an immutable str object) -----
    STR_CONCAT("str.concat", STR, Fx.PURE, STR, STR),
    STR_EQ("str.eq", BOOL, Fx.PURE, STR, STR),
    STR_NE("str.ne", BOOL, Fx.PURE, STR, STR),
    STR_LT("str.lt", BOOL, Fx.PURE, STR, STR),
    STR_LE("str.le", BOOL, Fx.PURE, STR, STR),
    STR_GT("str.gt", BOOL, Fx.PURE, STR, STR),
    STR_GE("str.ge", BOOL, Fx.PURE, STR, STR),
    /** {@code needle in haystack}: operands (needle, haystack). */
    STR_CONTAINS("str.contains", BOOL, Fx.PURE, STR, STR),
    STR_TRUTHY("str.truthy", BOOL, Fx.PURE, STR),
    STR_LEN("str.len", INT, Fx.PURE, STR),
    /** repr(s): CPython's quoting and escapes. */
    STR_REPR("str.repr", STR, Fx.PURE, STR),
    /** format(s, spec). */
    STR_FORMAT("str.format", STR, Fx.RAISES, STR, STR),

    // ----- containers (pointers to list, dict, set objects) -----
    LIST_TRUTHY("list.truthy", BOOL, Fx.READS, IrType.LIST),
    DICT_TRUTHY("dict.truthy", BOOL, Fx.READS, IrType.DICT),
    SET_TRUTHY("set.truthy", BOOL, Fx.READS, IrType.SET),
    LIST_LEN("list.len", INT, Fx.READS, IrType.LIST),
    DICT_LEN("dict.len", INT, Fx.READS, IrType.DICT),
    SET_LEN("set.len", INT, Fx.READS, IrType.SET),

    // ----- object (boxed; dispatch on the run-time type, TypeError for unsupported operands) -----
    OBJ_ADD("obj.add", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_SUB("obj.sub", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_MUL("obj.mul", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_TRUEDIV("obj.truediv", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_FLOORDIV("obj.floordiv", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_MOD("obj.mod", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_POW("obj.pow", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_POWMOD("obj.powmod", OBJ, Fx.RAISES, OBJ, OBJ, OBJ),
    /** A 2-tuple of boxed values. */
    OBJ_DIVMOD("obj.divmod", IrType.tuple(java.util.List.of(OBJ, OBJ)), Fx.RAISES, OBJ, OBJ),
    OBJ_AND("obj.and", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_OR("obj.or", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_XOR("obj.xor", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_LSHIFT("obj.lshift", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_RSHIFT("obj.rshift", OBJ, Fx.RAISES, OBJ, OBJ),
    OBJ_NEG("obj.neg", OBJ, Fx.RAISES, OBJ),
    OBJ_POS("obj.pos", OBJ, Fx.RAISES, OBJ),
    OBJ_INVERT("obj.invert", OBJ, Fx.RAISES, OBJ),
    OBJ_ABS("obj.abs", OBJ, Fx.RAISES, OBJ),
    OBJ_EQ("obj.eq", BOOL, Fx.RAISES, OBJ, OBJ),
    OBJ_NE("obj.ne", BOOL, Fx.RAISES, OBJ, OBJ),
    OBJ_LT("obj.lt", BOOL, Fx.RAISES, OBJ, OBJ),
    OBJ_LE("obj.le", BOOL, Fx.RAISES, OBJ, OBJ),
    OBJ_GT("obj.gt", BOOL, Fx.RAISES, OBJ, OBJ),
    OBJ_GE("obj.ge", BOOL, Fx.RAISES, OBJ, OBJ),
    /** {@code a is b} for boxed heap objects: the same pointer. */
    OBJ_IS("obj.is", BOOL, Fx.PURE, OBJ, OBJ),
    /** {@code x is None}. */
    OBJ_IS_NONE("obj.is_none", BOOL, Fx.PURE, OBJ),
    /** {@code needle in haystack} for a str or tuple haystack: operands (needle, haystack). */
    OBJ_CONTAINS("obj.contains", BOOL, Fx.RAISES, OBJ, OBJ),
    OBJ_TRUTHY("obj.truthy", BOOL, Fx.RAISES, OBJ),
    OBJ_REPR("obj.repr", STR, Fx.RAISES, OBJ),
    OBJ_STR("obj.str", STR, Fx.RAISES, OBJ),
    OBJ_FORMAT("obj.format", STR, Fx.RAISES, OBJ, STR),
    /** int(x) for any x. */
    OBJ_TO_INT("obj.to_int", INT, Fx.RAISES, OBJ),
    /** float(x) for any x. */
    OBJ_TO_FLOAT("obj.to_float", FLOAT, Fx.RAISES, OBJ),
    /** round(x). */
    OBJ_ROUND("obj.round", OBJ, Fx.RAISES, OBJ),
    /** round(x, n). */
    OBJ_ROUND_N("obj.round_n", OBJ, Fx.RAISES, OBJ, OBJ),

    // ----- effects -----
    /** Appends a str to the buffered stdout. */
    PRINT_WRITE("print.write", NONE, Fx.EFFECT, STR);

    /** What an operation may do besides computing its result. */
    public enum Fx {
        /** Only computes its result. */
        PURE,
        /**
         * Only computes its result, which depends on mutable memory (the length of a list): removable
         * when unused, but two of them are not the same value.
         */
        READS,
        /** Computes its result or raises; no other effect. */
        RAISES,
        /** Has an effect (I/O, exit) and may raise. */
        EFFECT
    }

    private final String opName;
    private final IrType result;
    private final Fx fx;
    private final List<IrType> operands;

    Prim(String opName, IrType result, Fx fx, IrType... operands) {
        this.opName = opName;
        this.result = result;
        this.fx = fx;
        this.operands = List.of(operands);
    }

    /** The name in the IR dump, {@code type.op}. */
    public String opName() { return opName; }
    public IrType result() { return result; }
    public List<IrType> operands() { return operands; }
    public Fx fx() { return fx; }
    public boolean mayRaise() { return fx != Fx.PURE && fx != Fx.READS; }
    /** No effect other than the result or an exception: may be removed when unused, folded when constant. */
    public boolean pure() { return fx != Fx.EFFECT; }

    private static final Map<String, Prim> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Prim::opName, Function.identity()));

    /** The primitive with this dump name, or null. */
    public static Prim byName(String opName) { return BY_NAME.get(opName); }
}
