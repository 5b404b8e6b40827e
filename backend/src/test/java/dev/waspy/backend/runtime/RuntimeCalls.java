package dev.waspy.backend.runtime;

/**
 * Operations of runtime_container_cases.py that name the runtime function and its signature
 * themselves: {@code call:FUNCTION:PARAMS:RESULT:M}. PARAMS has one letter per argument, saying how
 * the boxed test value becomes the C argument: {@code o} boxed as is, {@code p} a pointer (str, list,
 * tuple, dict, set), {@code z} a pointer or 0 for None, {@code i} a tagged int, {@code u} a raw 0/1,
 * {@code =} the first argument again (aliasing). RESULT says how the result is shown: {@code o}
 * boxed, {@code p} a pointer to a container or str, {@code i} a tagged int, {@code b} a raw bool,
 * {@code v} nothing. M (optional) appends the repr of the first argument after the call, to see a
 * mutation. The shown text is the reprs joined by a space, as the generator prints them.
 */
final class RuntimeCalls {
    private RuntimeCalls() {
    }

    static boolean handles(String op) {
        return op.startsWith("call:") || op.startsWith("iter");
    }

    static int run(RuntimeInstance rt, String op, String[] values) {
        long[] boxed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = RuntimeValues.build(rt, values[i]);
        }
        if (op.startsWith("iter")) {
            return iterate(rt, op, boxed);
        }
        String[] f = op.split(":", -1);
        String fn = f[1], params = f[2], result = f[3];
        boolean showFirst = f.length > 4 && f[4].equals("m");
        long[] args = new long[params.length()];
        for (int i = 0; i < args.length; i++) {
            long v = params.charAt(i) == '=' ? boxed[0] : boxed[i];
            args[i] = switch (params.charAt(i)) {
                case 'o', 'i' -> v;
                case 'p' -> v ^ 1;
                case '=' -> v;
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
