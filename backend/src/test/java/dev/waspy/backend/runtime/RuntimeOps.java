package dev.waspy.backend.runtime;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * How each operation of runtime_cases.py is carried out with runtime exports: the arguments are
 * runtime values, the result is the str the runtime produces (a repr or a formatted text).
 */
final class RuntimeOps {
    private RuntimeOps() {
    }

    static final Map<String, BiFunction<RuntimeInstance, long[], Integer>> OPS = Map.ofEntries(
            intOp("int_add", "rt_int_add"), intOp("int_sub", "rt_int_sub"), intOp("int_mul", "rt_int_mul"),
            intOp("int_floordiv", "rt_int_floordiv"), intOp("int_mod", "rt_int_mod"),
            intOp("int_and", "rt_int_and"), intOp("int_or", "rt_int_or"), intOp("int_xor", "rt_int_xor"),
            intOp("int_lshift", "rt_int_lshift"), intOp("int_rshift", "rt_int_rshift"),
            intOp("int_neg", "rt_int_neg"), intOp("int_invert", "rt_int_invert"), intOp("int_abs", "rt_int_abs"),
            intOp("int_bit_length", "rt_int_bit_length"), intOp("int_powmod", "rt_int_powmod"),
            intOp("int_from_str", "rt_int_from_str"), intOp("float_to_int", "rt_float_to_int"),
            intOp("float_round", "rt_float_round"),
            floatOp("int_truediv", "rt_int_truediv"), floatOp("int_to_float", "rt_int_to_float"),
            floatOp("float_round_n", "rt_float_round_n"), floatOp("float_floordiv", "rt_float_floordiv"),
            floatOp("float_mod", "rt_float_mod"), floatOp("float_pow", "rt_float_pow"),
            floatOp("float_from_str", "rt_float_from_str"),
            strOp("int_str", "rt_int_to_str"), strOp("int_format", "rt_int_format"),
            strOp("float_format", "rt_float_format"), strOp("str_format", "rt_str_format"),
            strOp("str_repr", "rt_str_repr"), strOp("float_repr", "rt_float_repr"),
            Map.entry("int_divmod", (rt, a) -> (int) rt.call("rt_tuple_repr", rt.call("rt_int_divmod", a))),
            Map.entry("float_divmod", (rt, a) -> (int) rt.call("rt_tuple_repr", rt.call("rt_float_divmod", a))),
            Map.entry("int_pow", (rt, a) -> (int) rt.call("rt_obj_repr", rt.call("rt_int_pow", a))),
            Map.entry("int_cmp", (rt, a) -> rt.str(Integer.toString((int) rt.call("rt_int_cmp", a)))),
            Map.entry("int_mul_x", (rt, a) -> (int) rt.call("rt_int_format", rt.call("rt_int_mul", a), rt.str("x"))),
            Map.entry("int_divmod_x", (rt, a) -> {
                int t = (int) rt.call("rt_int_divmod", a);
                String q = rt.readStr((int) rt.call("rt_int_format", rt.call("rt_tuple_get", t, 0), rt.str("x")));
                String r = rt.readStr((int) rt.call("rt_int_format", rt.call("rt_tuple_get", t, 1), rt.str("x")));
                return rt.str(q + " " + r);
            }),
            objOp("obj_add"), objOp("obj_sub"), objOp("obj_mul"), objOp("obj_truediv"), objOp("obj_floordiv"),
            objOp("obj_mod"), objOp("obj_pow"), objOp("obj_divmod"), objOp("obj_and"), objOp("obj_or"),
            objOp("obj_xor"), objOp("obj_lshift"), objOp("obj_rshift"), objOp("obj_neg"), objOp("obj_pos"),
            objOp("obj_invert"), objOp("obj_abs"),
            boolOp("obj_eq"), boolOp("obj_lt"), boolOp("obj_le"), boolOp("obj_gt"), boolOp("obj_ge"),
            boolOp("obj_truthy"),
            Map.entry("obj_str", (rt, a) -> (int) rt.call("rt_obj_str", a)),
            Map.entry("list_repr", (rt, a) -> (int) rt.call("rt_list_repr", a)),
            listValue("list_get", "rt_list_get"), mutate("list_set", "rt_list_set"),
            mutate("list_insert", "rt_list_insert"), mutate("list_reverse", "rt_list_reverse"),
            mutate("list_extend", "rt_list_extend"), mutate("list_sort", "rt_list_sort"),
            Map.entry("list_pop", (rt, a) -> {
                long v = rt.call("rt_list_pop", a);
                if (rt.pending()) {
                    return 0;
                }
                int t = (int) rt.call("rt_tuple_new", 2);
                rt.call("rt_tuple_set", t, 0, v);
                rt.call("rt_tuple_set", t, 1, a[0] | 1);
                return (int) rt.call("rt_tuple_repr", t);
            }),
            listValue("list_index", "rt_list_index"), listValue("list_count", "rt_list_count"),
            boolOp("list_contains"),
            Map.entry("list_slice", (rt, a) -> {
                long v = rt.call("rt_list_slice", a);
                return rt.pending() ? 0 : (int) rt.call("rt_list_repr", v);
            }),
            Map.entry("list_repeat", (rt, a) -> {
                long v = rt.call("rt_list_repeat", a);
                return rt.pending() ? 0 : (int) rt.call("rt_list_repr", v);
            }),
            Map.entry("dict_build", (rt, a) -> {
                long d = dict(rt, a[0], a[1]);
                if (!rt.pending()) {
                    forEach(rt, a[2], k -> rt.call("rt_dict_del", d, k));
                }
                return rt.pending() ? 0 : (int) rt.call("rt_dict_repr", d);
            }),
            Map.entry("dict_get", (rt, a) -> {
                long d = dict(rt, a[0], a[1]);
                long v = rt.pending() ? 0 : rt.call("rt_dict_get", d, a[2]);
                return rt.pending() ? 0 : (int) rt.call("rt_obj_repr", v);
            }),
            Map.entry("dict_get_default", (rt, a) -> {
                long d = dict(rt, a[0], a[1]);
                long v = rt.pending() ? 0 : rt.call("rt_dict_get_default", d, a[2], rt.str("dflt") | 1);
                return rt.pending() ? 0 : (int) rt.call("rt_obj_repr", v);
            }),
            Map.entry("dict_contains", (rt, a) -> {
                long d = dict(rt, a[0], a[1]);
                long v = rt.pending() ? 0 : rt.call("rt_dict_contains", d, a[2]);
                return rt.pending() ? 0 : (int) rt.call("rt_bool_str", v);
            }),
            Map.entry("dict_items", (rt, a) -> {
                long d = dict(rt, a[0], a[1]);
                if (!rt.pending()) {
                    forEach(rt, a[2], k -> rt.call("rt_dict_del", d, k));
                }
                return rt.pending() ? 0 : (int) rt.call("rt_list_repr", rt.call("rt_dict_items", d));
            }),
            Map.entry("dict_eq", (rt, a) -> {
                long d1 = dict(rt, a[0], a[1]);
                long d2 = dict(rt, a[2], a[3]);
                return (int) rt.call("rt_bool_str", rt.call("rt_obj_eq", d1 | 1, d2 | 1));
            }),
            Map.entry("set_build", (rt, a) -> {
                long st = rt.call("rt_set_new");
                forEach(rt, a[0], v -> rt.call("rt_set_add", st, v));
                forEach(rt, a[1], v -> rt.call("rt_set_discard", st, v));
                return rt.pending() ? 0 : (int) rt.call("rt_obj_repr", st | 1);
            }),
            Map.entry("set_contains", (rt, a) -> {
                long st = rt.call("rt_set_new");
                forEach(rt, a[0], v -> rt.call("rt_set_add", st, v));
                long r = rt.pending() ? 0 : rt.call("rt_set_contains", st, a[1]);
                return rt.pending() ? 0 : (int) rt.call("rt_bool_str", r);
            }),
            objOp("obj_hash"),
            Map.entry("str_split", (rt, a) -> {
                long v = rt.call("rt_str_split", a);
                return rt.pending() ? 0 : (int) rt.call("rt_list_repr", v);
            }),
            Map.entry("str_strip", (rt, a) -> {
                String fn = switch ((int) (a[2] >> 1)) { // where: 1 left, 2 right, 3 both
                    case 1 -> "rt_str_lstrip";
                    case 2 -> "rt_str_rstrip";
                    default -> "rt_str_strip";
                };
                long v = rt.call(fn, a[0], a[1]);
                return rt.pending() ? 0 : (int) rt.call("rt_str_repr", v);
            }),
            strRepr("str_replace", "rt_str_replace"),
            strRepr("str_upper", "rt_str_upper"), strRepr("str_lower", "rt_str_lower"),
            Map.entry("str_startswith", (rt, a) -> (int) rt.call("rt_bool_str", rt.call("rt_str_startswith", a))),
            Map.entry("str_endswith", (rt, a) -> (int) rt.call("rt_bool_str", rt.call("rt_str_endswith", a))),
            intOp("str_count", "rt_str_count"),
            strOp("str_mod1", "rt_str_mod"),
            Map.entry("str_modt", (rt, a) -> (int) rt.call("rt_str_mod", a[0], rt.call("rt_tuple_from_list", a[1]) | 1)),
            objOp("obj_powmod"), boolOp("obj_contains"), Map.entry("str_slice", (rt, a) -> {
                long v = rt.call("rt_str_slice", a);
                return rt.pending() ? 0 : (int) rt.call("rt_str_repr", v);
            }),
            Map.entry("str_contains", (rt, a) -> (int) rt.call("rt_bool_str", rt.call("rt_str_contains", a))),
            intOp("str_find", "rt_str_find"), intOp("str_ord", "rt_str_ord"),
            Map.entry("chr", (rt, a) -> {
                long v = rt.call("rt_chr", a);
                return rt.pending() ? 0 : (int) rt.call("rt_str_repr", v);
            }),
            Map.entry("obj_repr", (rt, a) -> (int) rt.call("rt_obj_repr", a)),
            Map.entry("obj_format", (rt, a) -> (int) rt.call("rt_obj_format", a[0], a[1] ^ 1)),
            Map.entry("obj_to_float", (rt, a) -> {
                long v = rt.call("rt_obj_to_float", a);
                return rt.pending() ? 0 : (int) rt.call("rt_float_repr", v);
            }),
            Map.entry("obj_to_int", (rt, a) -> {
                long v = rt.call("rt_obj_to_int", a);
                return rt.pending() ? 0 : (int) rt.call("rt_int_to_str", v);
            }));

    /** Whether argument {@code index} of {@code op} arrives boxed (see RuntimeCases.boxed). */
    static boolean boxes(String op, int index) {
        return op.startsWith("obj_")
                || (op.equals("str_slice") || op.equals("list_slice")) && index > 0
                || (op.equals("str_split") || op.equals("str_strip") || op.equals("str_mod1")) && index == 1
                || op.equals("set_contains") && index == 1
                || (op.equals("list_set") || op.equals("list_insert")) && index == 2
                || (op.equals("list_index") || op.equals("list_count") || op.equals("list_contains")) && index == 1
                || op.startsWith("dict_") && op.indexOf("eq") < 0 && index == 2 && !op.equals("dict_build")
                        && !op.equals("dict_items");
    }

    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> strRepr(String op, String fn) {
        return Map.entry(op, (rt, a) -> {
            long v = rt.call(fn, a);
            return rt.pending() ? 0 : (int) rt.call("rt_str_repr", v);
        });
    }

    /** A dict made by d[k] = v for the items of two lists, in order. */
    private static long dict(RuntimeInstance rt, long keys, long values) {
        long d = rt.call("rt_dict_new");
        long n = rt.call("rt_list_len", keys) >> 1;
        for (long i = 0; i < n && !rt.pending(); i++) {
            rt.call("rt_dict_set", d, rt.call("rt_list_get", keys, i << 1), rt.call("rt_list_get", values, i << 1));
        }
        return d;
    }

    private static void forEach(RuntimeInstance rt, long list, java.util.function.LongConsumer action) {
        long n = rt.call("rt_list_len", list) >> 1;
        for (long i = 0; i < n && !rt.pending(); i++) {
            action.accept(rt.call("rt_list_get", list, i << 1));
        }
    }

    /** Runs a mutating list operation, then yields the list's repr. */
    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> mutate(String op, String fn) {
        return Map.entry(op, (rt, a) -> {
            rt.call(fn, a);
            return rt.pending() ? 0 : (int) rt.call("rt_list_repr", a[0]);
        });
    }

    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> listValue(String op, String fn) {
        return Map.entry(op, (rt, a) -> {
            long v = rt.call(fn, a);
            return rt.pending() ? 0 : (int) rt.call("rt_obj_repr", v);
        });
    }

    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> objOp(String op) {
        return Map.entry(op, (rt, a) -> {
            long v = rt.call("rt_" + op, a);
            return rt.pending() ? 0 : (int) rt.call("rt_obj_repr", v);
        });
    }

    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> boolOp(String op) {
        return Map.entry(op, (rt, a) -> {
            long v = rt.call("rt_" + op, a);
            if (rt.pending()) {
                return 0;
            }
            return (int) rt.call("rt_bool_str", v);
        });
    }

    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> intOp(String op, String fn) {
        return Map.entry(op, (rt, a) -> {
            long v = rt.call(fn, a);
            return rt.pending() ? 0 : (int) rt.call("rt_int_to_str", v);
        });
    }

    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> floatOp(String op, String fn) {
        return Map.entry(op, (rt, a) -> {
            long v = rt.call(fn, a);
            return rt.pending() ? 0 : (int) rt.call("rt_float_repr", v);
        });
    }

    private static Map.Entry<String, BiFunction<RuntimeInstance, long[], Integer>> strOp(String op, String fn) {
        return Map.entry(op, (rt, a) -> (int) rt.call(fn, a));
    }
}
