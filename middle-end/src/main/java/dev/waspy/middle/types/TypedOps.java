package dev.waspy.middle.types;

import static dev.waspy.middle.ir.Prim.*;
import static dev.waspy.middle.types.PyType.BOOL;
import static dev.waspy.middle.types.PyType.FLOAT;
import static dev.waspy.middle.types.PyType.INT;
import static dev.waspy.middle.types.PyType.STR;

import dev.waspy.middle.ir.Prim;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table that turns a generic operation into a typed one, in the style of mypyc's primitives:
 * {@code (generic prim, operand types) -> (typed prim, a conversion per operand)}. Inference reads
 * a row's result type; {@code specialize} rewrites with it. A row exists only where the typed
 * primitive has exactly the semantics CPython gives the generic operation on operands of those
 * types (the error messages included), so a rewrite never changes behaviour:
 *
 * <ul>
 *   <li>{@code int} is arbitrary precision in both forms: {@code int.add} is {@code obj.add} on two ints;
 *   <li>a bool is an int in arithmetic ({@code True + True == 2}): {@code bool.to_int} first;
 *   <li>an int meets a float by conversion, as CPython does ({@code int.to_float}, OverflowError
 *       "int too large to convert to float"), except in comparisons, which CPython makes exactly
 *       ({@code 2**53 + 1 == 2.0**53} is False): no row compares an int with a float;
 *   <li>{@code **} of two ints has no row (a negative exponent gives a float); with a float operand it
 *       is {@code float.pow}, which is what {@code obj.pow} does for floats.
 * </ul>
 *
 * A row without a typed primitive is the identity ({@code str(s)} of a str is {@code s}). What no
 * row matches stays generic: correct, only slower.
 */
public final class TypedOps {
    private TypedOps() {}

    /** A rewrite: {@code typed(conv0(a0), conv1(a1), ...)}; a null conversion leaves the operand as it is. */
    public record Row(Prim generic, List<PyType> operands, Prim typed, List<Prim> conversions) {
        public Row {
            operands = List.copyOf(operands);
            conversions = Arrays.asList(conversions.toArray(Prim[]::new));
        }

        /** Whether the result is the (only) operand itself. */
        public boolean identity() { return typed == null; }

        public PyType result() { return typed == null ? operands.get(0) : PyType.of(typed.result()); }
    }

    private record Key(Prim generic, List<PyType> operands) {}

    private static final Map<Key, Row> TABLE = new HashMap<>();

    /** Binary arithmetic: the int primitive for two ints or bools, else the float one after conversion. */
    private static final Prim[][] ARITHMETIC = {
            {OBJ_ADD, INT_ADD, FLOAT_ADD}, {OBJ_SUB, INT_SUB, FLOAT_SUB}, {OBJ_MUL, INT_MUL, FLOAT_MUL},
            {OBJ_TRUEDIV, INT_TRUEDIV, FLOAT_TRUEDIV}, {OBJ_FLOORDIV, INT_FLOORDIV, FLOAT_FLOORDIV},
            {OBJ_MOD, INT_MOD, FLOAT_MOD}};

    /** Bitwise: the bool primitive for two bools (a bool result, as CPython), the int one otherwise. */
    private static final Prim[][] BITWISE = {
            {OBJ_AND, INT_AND, BOOL_AND}, {OBJ_OR, INT_OR, BOOL_OR}, {OBJ_XOR, INT_XOR, BOOL_XOR},
            {OBJ_LSHIFT, INT_LSHIFT, null}, {OBJ_RSHIFT, INT_RSHIFT, null}};

    /** Comparisons: generic, int, float, str, bool (null: through int). */
    private static final Prim[][] COMPARISONS = {
            {OBJ_EQ, INT_EQ, FLOAT_EQ, STR_EQ, BOOL_EQ}, {OBJ_NE, INT_NE, FLOAT_NE, STR_NE, BOOL_NE},
            {OBJ_LT, INT_LT, FLOAT_LT, STR_LT, null}, {OBJ_LE, INT_LE, FLOAT_LE, STR_LE, null},
            {OBJ_GT, INT_GT, FLOAT_GT, STR_GT, null}, {OBJ_GE, INT_GE, FLOAT_GE, STR_GE, null}};

    /** One-operand rows: generic, operand, typed (null: the identity), conversion. */
    private static final Object[][] UNARY = {
            {OBJ_NEG, INT, INT_NEG, null}, {OBJ_NEG, BOOL, INT_NEG, BOOL_TO_INT}, {OBJ_NEG, FLOAT, FLOAT_NEG, null},
            {OBJ_POS, INT, null, null}, {OBJ_POS, BOOL, BOOL_TO_INT, null}, {OBJ_POS, FLOAT, null, null},
            {OBJ_INVERT, INT, INT_INVERT, null}, {OBJ_INVERT, BOOL, INT_INVERT, BOOL_TO_INT},
            {OBJ_ABS, INT, INT_ABS, null}, {OBJ_ABS, BOOL, INT_ABS, BOOL_TO_INT}, {OBJ_ABS, FLOAT, FLOAT_ABS, null},
            {OBJ_TRUTHY, INT, INT_TRUTHY, null}, {OBJ_TRUTHY, FLOAT, FLOAT_TRUTHY, null},
            {OBJ_TRUTHY, STR, STR_TRUTHY, null}, {OBJ_TRUTHY, BOOL, null, null},
            {OBJ_TRUTHY, PyType.DICT, DICT_TRUTHY, null}, {OBJ_TRUTHY, PyType.SET, SET_TRUTHY, null},
            {OBJ_STR, INT, INT_STR, null}, {OBJ_STR, FLOAT, FLOAT_REPR, null}, {OBJ_STR, BOOL, BOOL_STR, null},
            {OBJ_STR, STR, null, null},
            {OBJ_REPR, INT, INT_STR, null}, {OBJ_REPR, FLOAT, FLOAT_REPR, null}, {OBJ_REPR, BOOL, BOOL_STR, null},
            {OBJ_REPR, STR, STR_REPR, null},
            {OBJ_TO_INT, INT, null, null}, {OBJ_TO_INT, BOOL, BOOL_TO_INT, null},
            {OBJ_TO_INT, FLOAT, FLOAT_TO_INT, null}, {OBJ_TO_INT, STR, INT_FROM_STR, null},
            {OBJ_TO_FLOAT, FLOAT, null, null}, {OBJ_TO_FLOAT, INT, INT_TO_FLOAT, null},
            {OBJ_TO_FLOAT, BOOL, BOOL_TO_FLOAT, null}, {OBJ_TO_FLOAT, STR, FLOAT_FROM_STR, null},
            {OBJ_ROUND, INT, null, null}, {OBJ_ROUND, BOOL, BOOL_TO_INT, null}, {OBJ_ROUND, FLOAT, FLOAT_ROUND, null}};

    static {
        List<PyType> numbers = List.of(INT, BOOL, FLOAT);
        for (Prim[] r : ARITHMETIC) {
            for (PyType a : numbers) {
                for (PyType b : numbers) {
                    if (a != FLOAT && b != FLOAT) add(r[0], List.of(a, b), r[1], toInt(a), toInt(b));
                    else add(r[0], List.of(a, b), r[2], toFloat(a), toFloat(b));
                }
            }
        }
        // ** with a float operand is float.pow, the function obj.pow calls for floats (a negative base
        // with a fractional exponent stops the program as unsupported in both: its result is a complex).
        // Two ints have no row: a negative exponent gives a float.
        for (PyType a : numbers) {
            for (PyType b : numbers) if (a == FLOAT || b == FLOAT) add(OBJ_POW, List.of(a, b), FLOAT_POW, toFloat(a), toFloat(b));
        }
        for (Prim[] r : BITWISE) {
            for (PyType a : List.of(INT, BOOL)) {
                for (PyType b : List.of(INT, BOOL)) {
                    if (a == BOOL && b == BOOL && r[2] != null) add(r[0], List.of(a, b), r[2], null, null);
                    else add(r[0], List.of(a, b), r[1], toInt(a), toInt(b));
                }
            }
        }
        for (Prim[] r : COMPARISONS) {
            for (PyType a : List.of(INT, BOOL)) {
                for (PyType b : List.of(INT, BOOL)) {
                    if (a == BOOL && b == BOOL && r[4] != null) add(r[0], List.of(a, b), r[4], null, null);
                    else add(r[0], List.of(a, b), r[1], toInt(a), toInt(b));
                }
            }
            for (PyType[] ab : new PyType[][] {{FLOAT, FLOAT}, {FLOAT, BOOL}, {BOOL, FLOAT}}) {
                add(r[0], List.of(ab), r[2], toFloat(ab[0]), toFloat(ab[1]));
            }
            add(r[0], List.of(STR, STR), r[3], null, null);
        }
        for (Object[] r : UNARY) add((Prim) r[0], List.of((PyType) r[1]), (Prim) r[2], (Prim) r[3]);
        add(OBJ_ADD, List.of(STR, STR), STR_CONCAT, null, null);
        add(OBJ_CONTAINS, List.of(STR, STR), STR_CONTAINS, null, null);
        add(OBJ_ROUND_N, List.of(FLOAT, INT), FLOAT_ROUND_N, null, null);
        add(OBJ_ROUND_N, List.of(INT, INT), INT_ROUND_N, null, null);
        add(OBJ_FORMAT, List.of(INT, STR), INT_FORMAT, null, null);
        add(OBJ_FORMAT, List.of(FLOAT, STR), FLOAT_FORMAT, null, null);
        add(OBJ_FORMAT, List.of(STR, STR), STR_FORMAT, null, null);
    }

    private static Prim toInt(PyType t) { return t == BOOL ? BOOL_TO_INT : null; }

    private static Prim toFloat(PyType t) {
        return t == INT ? INT_TO_FLOAT : t == BOOL ? BOOL_TO_FLOAT : null;
    }

    private static void add(Prim generic, List<PyType> operands, Prim typed, Prim... conversions) {
        if (conversions.length != operands.size()) throw new IllegalStateException("a conversion per operand: " + generic);
        if (TABLE.put(new Key(generic, operands), new Row(generic, operands, typed, Arrays.asList(conversions))) != null) {
            throw new IllegalStateException("two rows for " + generic.opName() + " " + operands);
        }
    }

    /** The row for {@code generic} on operands of these types, or null (the operation stays generic). */
    public static Row lookup(Prim generic, List<PyType> operands) {
        return TABLE.get(new Key(generic, operands));
    }

    /**
     * The runtime functions of the augmented assignments that may update a container in place
     * ({@code x += y} is {@code rt_obj_iadd}), by the operator they are on values that cannot:
     * on scalars, {@code x += y} is {@code x = x + y}.
     */
    private static final Map<String, Prim> IN_PLACE = Map.of(
            "rt_obj_iadd", OBJ_ADD, "rt_obj_isub", OBJ_SUB, "rt_obj_imul", OBJ_MUL,
            "rt_obj_iand", OBJ_AND, "rt_obj_ior", OBJ_OR, "rt_obj_ixor", OBJ_XOR);

    /** The row for an in-place runtime function on operands of these types (scalars only), or null. */
    public static Row inPlace(String runtimeFunction, List<PyType> operands) {
        Prim p = IN_PLACE.get(runtimeFunction);
        return p == null ? null : lookup(p, operands);
    }

    /**
     * A row for a generic runtime function: on operands of these types it is the typed primitive
     * or the runtime function the generic one dispatches to for them (same semantics, same
     * messages), with this result.
     */
    public record RuntimeRow(String generic, List<PyType> operands, Prim prim, String runtime, PyType result) {}

    private static final Map<String, List<RuntimeRow>> RUNTIME_ROWS = Map.of(
            "rt_obj_len", List.of(new RuntimeRow("rt_obj_len", List.of(STR), STR_LEN, null, INT),
                    new RuntimeRow("rt_obj_len", List.of(PyType.DICT), DICT_LEN, null, INT),
                    new RuntimeRow("rt_obj_len", List.of(PyType.SET), SET_LEN, null, INT)),
            "rt_obj_getitem", List.of(new RuntimeRow("rt_obj_getitem", List.of(STR, INT), null, "rt_str_getitem", STR)));

    /** The row for a generic runtime function on operands of these types, or null. */
    public static RuntimeRow runtimeRow(String generic, List<PyType> operands) {
        for (RuntimeRow r : RUNTIME_ROWS.getOrDefault(generic, List.of())) if (r.operands().equals(operands)) return r;
        return null;
    }

    /** Every row, for tests and the documentation. */
    public static java.util.Collection<Row> rows() { return TABLE.values(); }
}
