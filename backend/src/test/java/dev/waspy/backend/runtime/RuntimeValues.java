package dev.waspy.backend.runtime;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Builds nested Python values in the runtime from the token form of runtime_container_cases.py
 * ({@code v:} fields): {@code N T F i<dec> f<16 hex bits> s<hex UTF-8> L<n> U<n> D<n> S<n>}, items
 * following their container in prefix order. A set is built by adding its items in the order given,
 * which is also how the generator rebuilds it before CPython computes the expectation.
 */
final class RuntimeValues {
    private final RuntimeInstance rt;
    private final String[] tokens;
    private int pos;

    private RuntimeValues(RuntimeInstance rt, String text) {
        this.rt = rt;
        this.tokens = text.isEmpty() ? new String[0] : text.split(" ");
    }

    /** The boxed value (ABI encoding) that {@code text} denotes. */
    static long build(RuntimeInstance rt, String text) {
        RuntimeValues v = new RuntimeValues(rt, text);
        long r = v.next();
        if (v.pos != v.tokens.length) {
            throw new IllegalArgumentException("trailing tokens in " + text);
        }
        return r;
    }

    private long next() {
        String t = tokens[pos++];
        String rest = t.substring(1);
        return switch (t.charAt(0)) {
            case 'N' -> rt.call("rt_box_none");
            case 'T' -> rt.call("rt_box_bool", 1);
            case 'F' -> rt.call("rt_box_bool", 0);
            case 'i' -> rt.integer(new BigInteger(rest));
            case 'f' -> rt.call("rt_box_float", Long.parseUnsignedLong(rest, 16));
            case 's' -> rt.str(Wtf8.decode(HexFormat.of().parseHex(rest))) | 1L;
            case 'L' -> {
                long l = rt.call("rt_list_new", 0);
                for (int i = Integer.parseInt(rest); i > 0; i--) {
                    rt.call("rt_list_append", l, next());
                }
                yield l | 1;
            }
            case 'U' -> {
                int n = Integer.parseInt(rest);
                long tu = rt.call("rt_tuple_new", n);
                for (int i = 0; i < n; i++) {
                    rt.call("rt_tuple_set", tu, i, next());
                }
                yield tu | 1;
            }
            case 'D' -> {
                long d = rt.call("rt_dict_new");
                for (int i = Integer.parseInt(rest); i > 0; i--) {
                    long k = next();
                    rt.call("rt_dict_set", d, k, next());
                }
                yield d | 1;
            }
            case 'S' -> {
                long s = rt.call("rt_set_new");
                for (int i = Integer.parseInt(rest); i > 0; i--) {
                    rt.call("rt_set_add", s, next());
                }
                yield s | 1;
            }
            case 'Z' -> {
                long s = rt.call("rt_set_new");
                for (int i = Integer.parseInt(rest); i > 0; i--) {
                    rt.call("rt_set_add", s, next());
                }
                yield rt.call("rt_set_freeze", s);
            }
            default -> throw new IllegalArgumentException("bad value token " + t);
        };
    }
}
