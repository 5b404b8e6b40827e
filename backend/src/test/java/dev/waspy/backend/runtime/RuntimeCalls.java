package dev.waspy.backend.runtime;

/**
 * Operations of runtime_container_cases.py that name the runtime function and its signature
 * themselves: {@code call:FUNCTION:PARAMS:RESULT:M}. PARAMS has one letter per argument, saying how
 * the boxed test value becomes the C argument: {@code o} boxed as is, {@code p} a pointer (str, list,
 * tuple, dict, set), {@code z} a pointer or 0 for None, {@code i} a tagged int (a bool converted),
 * {@code u} a raw 0/1, {@code =} the first argument again boxed, {@code @} the first argument again as a
 * pointer (aliasing). RESULT says how the result is shown: {@code o}
 * boxed, {@code p} a pointer to a container or str, {@code i} a tagged int, {@code b} a raw bool, {@code f} a raw double,
 * {@code v} nothing. M (optional) appends the repr of the first argument after the call, to see a
 * mutation. The shown text is the reprs joined by a space, as the generator prints them.
 */
final class RuntimeCalls {
    private RuntimeCalls() {
    }

    static boolean handles(String op) {
        return op.startsWith("call:") || op.startsWith("iter") || op.equals("set_pops") || op.equals("popitem_insert");
    }

    static int run(RuntimeInstance rt, String op, String[] values) {
        long[] boxed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = RuntimeValues.build(rt, values[i]);
        }
        if (op.startsWith("iter")) {
            return iterate(rt, op, boxed);
        }
        if (op.equals("set_pops")) {
            return setPops(rt, boxed[0], boxed[1]);
        }
        if (op.equals("popitem_insert")) {
            rt.call("rt_dict_popitem", boxed[0] ^ 1);
            rt.call("rt_dict_set", boxed[0] ^ 1, boxed[1], 0);
            return rt.pending() ? 0 : (int) rt.call("rt_list_repr", rt.call("rt_dict_items", boxed[0] ^ 1));
        }
        String[] f = op.split(":", -1);
        String fn = f[1], params = f[2], result = f[3];
        boolean showFirst = f.length > 4 && f[4].equals("m");
        long[] args = new long[params.length()];
        for (int i = 0; i < args.length; i++) {
            char kind = params.charAt(i);
            long v = kind == '=' || kind == '@' ? boxed[0] : boxed[i];
            args[i] = switch (kind == '=' ? 'o' : kind == '@' ? 'p' : kind) {
                case 'o' -> v;
                case 'i' -> rt.call("rt_obj_type", v) == 2 ? rt.call("rt_obj_to_int", v) : v;
                case 'p' -> v ^ 1;
                case 'z' -> rt.call("rt_obj_type", v) == 1 ? 0 : v ^ 1;
                case 'u' -> rt.call("rt_obj_truthy", v);
                default -> throw new IllegalArgumentException("bad parameter kind in " + op);
            };
        }
        long r = rt.call(fn, args);
        if (rt.pending()) {
            return 0;
        }
        StringBuilder shown = new StringBuilder();
        switch (result.charAt(0)) {
            case 'o' -> shown.append(repr(rt, r));
            case 'p' -> shown.append(repr(rt, r | 1));
            case 'i' -> shown.append(repr(rt, r));
            case 'b' -> shown.append(r != 0 ? "True" : "False");
            case 'f' -> shown.append(repr(rt, rt.call("rt_box_float", r)));
            case 'v' -> { }
            default -> throw new IllegalArgumentException("bad result kind in " + op);
        }
        if (showFirst) {
            if (!shown.isEmpty()) {
                shown.append(' ');
            }
            shown.append(repr(rt, boxed[0]));
        }
        return rt.str(shown.toString());
    }

    /** {@code set_pops S K}: K pops, then add K and pop once more (CPython's pop resumes its search). */
    private static int setPops(RuntimeInstance rt, long set, long k) {
        long got = rt.call("rt_list_new", 0);
        for (long i = 0; i < k >> 1; i++) {
            rt.call("rt_list_append", got, rt.call("rt_set_pop", set ^ 1));
        }
        rt.call("rt_set_add", set ^ 1, k);
        rt.call("rt_list_append", got, rt.call("rt_set_pop", set ^ 1));
        if (rt.pending()) {
            return 0;
        }
        return rt.str(repr(rt, got | 1) + " " + repr(rt, set));
    }

    private static String repr(RuntimeInstance rt, long boxed) {
        return rt.readStr((int) rt.call("rt_obj_repr", boxed));
    }

    /**
     * {@code iter}: list(x) through the iteration protocol. {@code iter_add_dict K V} / {@code
     * iter_add_set K}: iterates the first argument and, after the first step, stores K (in a dict)
     * or adds it (to a set), collecting what the loop sees until it ends or raises.
     * {@code iter_append}: iterates a list, appending the items seen to the list while it has
     * fewer than 8 items.
     */
    private static int iterate(RuntimeInstance rt, String op, long[] a) {
        long it = rt.call("rt_obj_iter", a[0]);
        if (rt.pending()) {
            return 0;
        }
        long seen = rt.call("rt_list_new", 0);
        int steps = 0;
        while (true) {
            long more = rt.call("rt_iter_step", it);
            if (rt.pending()) {
                return 0;
            }
            if (more == 0) {
                break;
            }
            long v = rt.call("rt_iter_value", it);
            rt.call("rt_list_append", seen, v);
            steps++;
            switch (op) {
                case "iter_add_dict" -> {
                    if (steps == 1) {
                        rt.call("rt_dict_set", a[0] ^ 1, a[1], a[2]);
                    }
                }
                case "iter_del_add_dict" -> {
                    if (steps == 1) {
                        rt.call("rt_dict_del", a[0] ^ 1, v);
                        rt.call("rt_dict_set", a[0] ^ 1, a[1], a[2]);
                    }
                }
                case "iter_add_set" -> {
                    if (steps == 1) {
                        rt.call("rt_set_add", a[0] ^ 1, a[1]);
                    }
                }
                case "iter_append" -> {
                    if (rt.call("rt_list_len", a[0] ^ 1) < 16) {
                        rt.call("rt_list_append", a[0] ^ 1, v);
                    }
                }
                default -> { }
            }
            if (rt.pending()) {
                return 0;
            }
        }
        if (rt.call("rt_iter_step", it) != 0 || rt.pending()) {
            throw new AssertionError("an exhausted iterator produced a value");
        }
        return (int) rt.call("rt_obj_repr", seen | 1);
    }
}
