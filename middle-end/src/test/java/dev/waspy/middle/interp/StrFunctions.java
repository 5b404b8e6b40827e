package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The runtime's str functions (str.c, strmethods.c) on code points, with CPython's error texts:
 * split, strip, affixes, searching, joining, padding, partition; case mapping and the character
 * predicates are {@link StrCase}.
 */
final class StrFunctions {
    private StrFunctions() {}

    private static String s(Object o) { return (String) o; }
    private static int[] cps(Object o) { return ((String) o).codePoints().toArray(); }
    private static String str(int[] cp, int from, int to) { return new String(cp, from, to - from); }
    private static BigInteger big(long n) { return BigInteger.valueOf(n); }

    static void register(RuntimeTable.Rows r) {
        r.add("rt_str_getitem", a -> Subscripts.strGet(s(a.get(0)), (BigInteger) a.get(1)));
        r.add("rt_str_slice", a -> Subscripts.strSlice(s(a.get(0)), a.get(1), a.get(2), a.get(3)));
        r.add("rt_str_split", a -> split(s(a.get(0)), a.get(1), (BigInteger) a.get(2)));
        r.add("rt_str_rsplit", a -> rsplit(s(a.get(0)), a.get(1), (BigInteger) a.get(2)));
        r.add("rt_str_strip", a -> strip(s(a.get(0)), a.get(1), 3));
        r.add("rt_str_lstrip", a -> strip(s(a.get(0)), a.get(1), 1));
        r.add("rt_str_rstrip", a -> strip(s(a.get(0)), a.get(1), 2));
        r.add("rt_str_startswith", a -> s(a.get(0)).startsWith(s(a.get(1))));
        r.add("rt_str_endswith", a -> s(a.get(0)).endsWith(s(a.get(1))));
        r.add("rt_str_startswith_tuple", a -> affix(s(a.get(0)), a.get(1), PyValues.NONE, PyValues.NONE, false));
        r.add("rt_str_endswith_tuple", a -> affix(s(a.get(0)), a.get(1), PyValues.NONE, PyValues.NONE, true));
        r.add("rt_str_startswith_in", a -> affix(s(a.get(0)), a.get(1), a.get(2), a.get(3), false));
        r.add("rt_str_endswith_in", a -> affix(s(a.get(0)), a.get(1), a.get(2), a.get(3), true));
        r.add("rt_str_removeprefix", a -> s(a.get(0)).startsWith(s(a.get(1))) ? s(a.get(0)).substring(s(a.get(1)).length()) : a.get(0));
        r.add("rt_str_removesuffix", a -> !s(a.get(1)).isEmpty() && s(a.get(0)).endsWith(s(a.get(1)))
                ? s(a.get(0)).substring(0, s(a.get(0)).length() - s(a.get(1)).length()) : a.get(0));
        r.add("rt_str_replace", a -> replace(s(a.get(0)), s(a.get(1)), s(a.get(2)), (BigInteger) a.get(3)));
        r.add("rt_str_find", a -> big(find(cps(a.get(0)), cps(a.get(1)), PyValues.NONE, PyValues.NONE, 1)));
        r.add("rt_str_find_in", a -> big(find(cps(a.get(0)), cps(a.get(1)), a.get(2), a.get(3), 1)));
        r.add("rt_str_rfind_in", a -> big(find(cps(a.get(0)), cps(a.get(1)), a.get(2), a.get(3), -1)));
        r.add("rt_str_index_in", a -> index(find(cps(a.get(0)), cps(a.get(1)), a.get(2), a.get(3), 1)));
        r.add("rt_str_rindex_in", a -> index(find(cps(a.get(0)), cps(a.get(1)), a.get(2), a.get(3), -1)));
        r.add("rt_str_count", a -> count(cps(a.get(0)), cps(a.get(1)), PyValues.NONE, PyValues.NONE));
        r.add("rt_str_count_in", a -> count(cps(a.get(0)), cps(a.get(1)), a.get(2), a.get(3)));
        r.add("rt_str_zfill", a -> zfill(s(a.get(0)), (BigInteger) a.get(1)));
        r.add("rt_str_ljust", a -> pad(s(a.get(0)), (BigInteger) a.get(1), s(a.get(2)), 'l'));
        r.add("rt_str_rjust", a -> pad(s(a.get(0)), (BigInteger) a.get(1), s(a.get(2)), 'r'));
        r.add("rt_str_center", a -> pad(s(a.get(0)), (BigInteger) a.get(1), s(a.get(2)), 'c'));
        r.add("rt_str_partition", a -> partition(s(a.get(0)), s(a.get(1)), 1));
        r.add("rt_str_rpartition", a -> partition(s(a.get(0)), s(a.get(1)), -1));
        r.add("rt_str_splitlines", a -> splitlines(cps(a.get(0)), (Boolean) a.get(1)));
        r.add("rt_str_join", a -> join(s(a.get(0)), ((Tuple) a.get(1)).items()));
        r.add("rt_str_join_list", a -> join(s(a.get(0)), ((PyList) a.get(1)).items));
        r.add("rt_str_join_obj", a -> {
            Iteration.Iter it;
            try {
                it = Iteration.iter(a.get(1));
            } catch (PyValues.PyExc e) {
                throw e.cls.equals("TypeError") ? exc("TypeError", "can only join an iterable") : e;
            }
            return join(s(a.get(0)), Iteration.toList(it).items);
        });
        r.add("rt_str_ord", a -> {
            int[] c = cps(a.get(0));
            if (c.length != 1) throw exc("TypeError", "ord() expected a character, but string of length " + c.length + " found");
            return big(c[0]);
        });
        r.add("rt_obj_ord", a -> {
            if (!(a.get(0) instanceof String)) {
                throw exc("TypeError", "ord() expected string of length 1, but " + PyValues.typeName(a.get(0)) + " found");
            }
            return RuntimeTable.call("rt_str_ord", a);
        });
        r.add("rt_obj_as_index", a -> {
            Object x = a.get(0);
            if (x instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
            if (x instanceof BigInteger) return x;
            throw exc("TypeError", "'" + PyValues.typeName(x) + "' object cannot be interpreted as an integer");
        });
        r.add("rt_chr", a -> {
            BigInteger i = (BigInteger) a.get(0);
            if (i.bitLength() > 31) throw exc("OverflowError", "Python int too large to convert to C int");
            int c = i.intValue();
            if (c < 0 || c > 0x10ffff) throw exc("ValueError", "chr() arg not in range(0x110000)");
            return new String(Character.toChars(c));
        });
        r.add("rt_int_hex", a -> Format.format(a.get(0), "#x"));
        r.add("rt_int_oct", a -> Format.format(a.get(0), "#o"));
        r.add("rt_int_bin", a -> Format.format(a.get(0), "#b"));
        r.add("rt_int_bit_length", a -> big(((BigInteger) a.get(0)).abs().bitLength()));
        r.add("rt_int_bit_count", a -> big(((BigInteger) a.get(0)).abs().bitCount()));
        r.add("rt_float_is_integer", a -> {
            double d = (Double) a.get(0);
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        r.add("rt_str_mod", a -> Printf.format(s(a.get(0)), a.get(1)));
        r.add("rt_str_repeat", a -> ObjOps.arith("*", a.get(0), a.get(1)));
        r.add("rt_str_format_method", a -> StrFormat.format(s(a.get(0)), (Tuple) a.get(1), (PyDict) a.get(2)));
    }

    /** Checks split's separator (None or a non-empty str) and gives its limit (none when negative). */
    private static long maxsplit(Object sep, BigInteger m) {
        if (m.bitLength() > 63) throw exc("OverflowError", "Python int too large to convert to C ssize_t");
        if (sep != PyValues.NONE && !(sep instanceof String)) throw exc("TypeError", "must be str or None, not " + PyValues.typeName(sep));
        if (sep instanceof String x && x.isEmpty()) throw exc("ValueError", "empty separator");
        return m.signum() < 0 ? Long.MAX_VALUE : m.longValue();
    }

    private static PyList split(String str, Object sep, BigInteger max) {
        long maxsplit = maxsplit(sep, max);
        var l = new PyList();
        int[] s = cps(str);
        int n = s.length;
        if (sep == PyValues.NONE) {
            int i = 0;
            long splits = 0;
            while (true) {
                while (i < n && StrCase.isSpace(s[i])) i++;
                if (i >= n) break;
                if (splits >= maxsplit) { l.items.add(str(s, i, n)); break; }
                int j = i;
                while (j < n && !StrCase.isSpace(s[j])) j++;
                l.items.add(str(s, i, j));
                splits++;
                i = j;
            }
            return l;
        }
        int[] sp = cps(sep);
        int i = 0;
        long splits = 0;
        while (splits < maxsplit) {
            int k = indexOf(s, sp, i, n);
            if (k < 0) break;
            l.items.add(str(s, i, k));
            i = k + sp.length;
            splits++;
        }
        l.items.add(str(s, i, n));
        return l;
    }

    private static PyList rsplit(String str, Object sep, BigInteger max) {
        long maxsplit = maxsplit(sep, max);
        var l = new PyList();
        int[] s = cps(str);
        int n = s.length;
        if (sep == PyValues.NONE) {
            int i = n - 1;
            for (; maxsplit > 0; maxsplit--) {
                while (i >= 0 && StrCase.isSpace(s[i])) i--;
                if (i < 0) break;
                int j = i;
                i--;
                while (i >= 0 && !StrCase.isSpace(s[i])) i--;
                l.items.add(str(s, i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && StrCase.isSpace(s[i])) i--;
                if (i >= 0) l.items.add(str(s, 0, i + 1));
            }
        } else {
            int[] t = cps(sep);
            int j = n;
            for (; maxsplit > 0; maxsplit--) {
                int pos = -1;
                for (int i = j - t.length; i >= 0; i--) if (eqAt(s, i, t)) { pos = i; break; }
                if (pos < 0) break;
                l.items.add(str(s, pos + t.length, j));
                j = pos;
            }
            l.items.add(str(s, 0, j));
        }
        java.util.Collections.reverse(l.items);
        return l;
    }

    private static boolean eqAt(int[] s, int at, int[] t) {
        if (at < 0 || at + t.length > s.length) return false;
        for (int k = 0; k < t.length; k++) if (s[at + k] != t[k]) return false;
        return true;
    }

    private static int indexOf(int[] s, int[] t, int from, int to) {
        for (int i = from; i + t.length <= to; i++) if (eqAt(s, i, t)) return i;
        return -1;
    }

    private static String strip(String str, Object chars, int where) {
        if (chars != PyValues.NONE && !(chars instanceof String)) {
            throw exc("TypeError", (where == 3 ? "strip" : where == 1 ? "lstrip" : "rstrip") + " arg must be None or str");
        }
        int[] cs = chars instanceof String c ? cps(c) : null;
        IntPredicate in = c -> cs == null ? StrCase.isSpace(c) : Arrays.stream(cs).anyMatch(x -> x == c);
        int[] s = str.codePoints().toArray();
        int i = 0;
        int j = s.length;
        if ((where & 1) != 0) while (i < j && in.test(s[i])) i++;
        if ((where & 2) != 0) while (j > i && in.test(s[j - 1])) j--;
        return str(s, i, j);
    }

    /** CPython's ADJUST_INDICES for find/count's optional start and end (a start past the end stays there). */
    private static long[] bounds(int len, Object wstart, Object wend) {
        Long start = Subscripts.sliceIndex(wstart);
        Long end = Subscripts.sliceIndex(wend);
        long a = start == null ? 0 : start;
        long b = end == null ? Long.MAX_VALUE : end;
        if (b > len) b = len;
        else if (b < 0) b = Math.max(b + len, 0);
        if (a < 0) a = Math.max(a + len, 0);
        return new long[] {a, b};
    }

    private static long find(int[] s, int[] t, Object wstart, Object wend, int dir) {
        long[] b = bounds(s.length, wstart, wend);
        long a = b[0];
        long e = b[1];
        int m = t.length;
        if (e - a < m) return -1;
        if (m == 0) return dir > 0 ? a : e;
        if (dir > 0) {
            for (long i = a; i + m <= e; i++) if (eqAt(s, (int) i, t)) return i;
        } else {
            for (long i = e - m; i >= a; i--) if (eqAt(s, (int) i, t)) return i;
        }
        return -1;
    }

    private static BigInteger index(long r) {
        if (r < 0) throw exc("ValueError", "substring not found");
        return big(r);
    }

    private static BigInteger count(int[] s, int[] t, Object wstart, Object wend) {
        long[] b = bounds(s.length, wstart, wend);
        long a = b[0];
        long e = b[1];
        int m = t.length;
        if (e - a < m) return BigInteger.ZERO;
        if (m == 0) return big(e - a + 1);
        long c = 0;
        for (long i = a; i + m <= e; ) {
            if (eqAt(s, (int) i, t)) { c++; i += m; } else i++;
        }
        return big(c);
    }

    private static String replace(String str, String old, String neu, BigInteger count) {
        long max = count.signum() < 0 || count.bitLength() > 62 ? Long.MAX_VALUE : count.longValue();
        int[] s = str.codePoints().toArray();
        int[] o = old.codePoints().toArray();
        var sb = new StringBuilder();
        long done = 0;
        if (o.length == 0) {
            // "" matches before every code point and at the end.
            for (int i = 0; i <= s.length; i++) {
                if (done < max) { sb.append(neu); done++; }
                if (i < s.length) sb.appendCodePoint(s[i]);
            }
            return sb.toString();
        }
        int i = 0;
        while (i < s.length) {
            if (done < max && eqAt(s, i, o)) { sb.append(neu); i += o.length; done++; }
            else sb.appendCodePoint(s[i++]);
        }
        return sb.toString();
    }

    private static boolean affix(String str, Object affix, Object wstart, Object wend, boolean atEnd) {
        int[] s = str.codePoints().toArray();
        long[] b = bounds(s.length, wstart, wend);
        String which = atEnd ? "endswith" : "startswith";
        if (affix instanceof Tuple t) {
            for (Object v : t.items()) {
                if (!(v instanceof String x)) throw exc("TypeError", "tuple for " + which + " must only contain str, not " + PyValues.typeName(v));
                if (tailmatch(s, cps(x), b[0], b[1], atEnd)) return true;
            }
            return false;
        }
        if (!(affix instanceof String x)) throw exc("TypeError", which + " first arg must be str or a tuple of str, not " + PyValues.typeName(affix));
        return tailmatch(s, cps(x), b[0], b[1], atEnd);
    }

    private static boolean tailmatch(int[] s, int[] t, long start, long end, boolean atEnd) {
        if (end - t.length < start) return false;
        return eqAt(s, (int) (atEnd ? end - t.length : start), t);
    }

    private static String zfill(String str, BigInteger width) {
        int[] s = str.codePoints().toArray();
        long w = width.bitLength() > 31 ? (width.signum() < 0 ? 0 : Integer.MAX_VALUE) : width.longValue();
        if (w <= s.length) return str;
        int fill = (int) (w - s.length);
        var sb = new StringBuilder();
        int from = 0;
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) { sb.appendCodePoint(s[0]); from = 1; }
        sb.append("0".repeat(fill));
        sb.append(str(s, from, s.length));
        return sb.toString();
    }

    private static String pad(String str, BigInteger width, String fill, char how) {
        int[] f = cps(fill);
        if (f.length != 1) throw exc("TypeError", "The fill character must be exactly one character long");
        int n = str.codePointCount(0, str.length());
        if (width.compareTo(BigInteger.valueOf(n)) <= 0) return str;
        if (width.bitLength() > 30) throw exc("MemoryError", null);
        int marg = width.intValue() - n;
        String ch = fill;
        int left = switch (how) {
            case 'l' -> 0;
            case 'r' -> marg;
            default -> marg / 2 + (marg & width.intValue() & 1);
        };
        return ch.repeat(left) + str + ch.repeat(marg - left);
    }

    private static Tuple partition(String str, String sep, int dir) {
        if (sep.isEmpty()) throw exc("ValueError", "empty separator");
        int[] s = str.codePoints().toArray();
        long i = find(s, cps(sep), PyValues.NONE, PyValues.NONE, dir);
        if (i < 0) return dir > 0 ? new Tuple(List.of(str, "", "")) : new Tuple(List.of("", "", str));
        int m = sep.codePointCount(0, sep.length());
        return new Tuple(List.of(str(s, 0, (int) i), sep, str(s, (int) i + m, s.length)));
    }

    private static boolean lineBreak(int c) {
        return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static PyList splitlines(int[] s, boolean keepends) {
        var l = new PyList();
        int n = s.length;
        int i = 0;
        int j = 0;
        while (i < n) {
            while (i < n && !lineBreak(s[i])) i++;
            int eol = i;
            if (i < n) {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepends) eol = i;
            }
            l.items.add(str(s, j, eol));
            j = i;
        }
        return l;
    }

    private static String join(String sep, List<Object> items) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String x)) {
                throw exc("TypeError", "sequence item " + i + ": expected str instance, " + PyValues.typeName(items.get(i)) + " found");
            }
            parts.add(x);
        }
        return String.join(sep, parts);
    }
}
