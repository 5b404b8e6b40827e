package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.Iteration.Range;
import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Subscripts and slices (the runtime's objitem.c, list.c and str.c): c[k], c[k] = v, del c[k],
 * c[a:b:s] and their assignments, with CPython's index adjustment and error texts.
 */
final class Subscripts {
    private Subscripts() {}

    /** A slice's start, adjusted stop, step and item count for a sequence of len items (PySlice_AdjustIndices). */
    record Bounds(long start, long stop, long step, long count) {
        long at(long i) { return start + i * step; }
    }

    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;

    /** A slice bound: null for None; ints clamp to 64 bits. */
    static Long sliceIndex(Object v) {
        if (v == PyValues.NONE) return null;
        if (!PyValues.isInt(v)) throw exc("TypeError", "slice indices must be integers or None or have an __index__ method");
        BigInteger i = PyValues.toInt(v);
        if (i.bitLength() > 63) return i.signum() < 0 ? MIN : MAX;
        return i.longValue();
    }

    static Bounds bounds(long len, Object wstart, Object wstop, Object wstep) {
        Long st = sliceIndex(wstep);
        Long a = sliceIndex(wstart);
        Long b = sliceIndex(wstop);
        long step = st == null ? 1 : st;
        if (step == 0) throw exc("ValueError", "slice step cannot be zero");
        if (step < -MAX) step = -MAX;
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? len - 1 : len;
        long start = a == null ? (step < 0 ? upper : lower) : adjust(a, len, lower, upper);
        long stop = b == null ? (step < 0 ? lower : upper) : adjust(b, len, lower, upper);
        long n = 0;
        if (step < 0) { if (stop < start) n = (start - stop - 1) / (-step) + 1; }
        else if (start < stop) n = (stop - start - 1) / step + 1;
        return new Bounds(start, stop, step, n);
    }

    private static long adjust(long x, long len, long lower, long upper) {
        if (x < 0) return Math.max(x + len, lower);
        return Math.min(x, upper);
    }

    /** Index i of a sequence of n items with negative indexing, or -1 when out of range. */
    static int normIndex(BigInteger i, int n, String huge) {
        if (i.bitLength() > 63) {
            if (huge != null) throw exc("IndexError", huge);
            return -1;
        }
        long k = i.longValue();
        if (k < 0) k += n;
        return k < 0 || k >= n ? -1 : (int) k;
    }

    private static final String NO_FIT = "cannot fit 'int' into an index-sized integer";

    static Object listGet(PyList l, BigInteger i) {
        int k = normIndex(i, l.size(), NO_FIT);
        if (k < 0) throw exc("IndexError", "list index out of range");
        return l.items.get(k);
    }

    static void listSet(PyList l, BigInteger i, Object v) {
        int k = normIndex(i, l.size(), NO_FIT);
        if (k < 0) throw exc("IndexError", "list assignment index out of range");
        l.items.set(k, v);
    }

    static void listDel(PyList l, BigInteger i) {
        int k = normIndex(i, l.size(), NO_FIT);
        if (k < 0) throw exc("IndexError", "list assignment index out of range");
        l.items.remove(k);
    }

    static Object tupleGet(Tuple t, BigInteger i) {
        int k = normIndex(i, t.items().size(), NO_FIT);
        if (k < 0) throw exc("IndexError", "tuple index out of range");
        return t.items().get(k);
    }

    static String strGet(String s, BigInteger i) {
        int[] cps = s.codePoints().toArray();
        int k = normIndex(i, cps.length, NO_FIT);
        if (k < 0) throw exc("IndexError", "string index out of range");
        return new String(Character.toChars(cps[k]));
    }

    private static Object rangeGet(Range r, BigInteger i) {
        long n = r.length();
        if (i.bitLength() > 63) throw exc("IndexError", "range object index out of range");
        long k = i.longValue();
        if (k < 0) k += n;
        if (k < 0 || k >= n) throw exc("IndexError", "range object index out of range");
        return r.item(k);
    }

    static Object getitem(Object c, Object key) {
        if (c instanceof PyDict d) return d.get(key);
        boolean ok = PyValues.isInt(key);
        return switch (c) {
            case PyList l -> { if (!ok) throw typed("list indices must be integers or slices, not ", key, ""); yield listGet(l, PyValues.toInt(key)); }
            case Tuple t -> { if (!ok) throw typed("tuple indices must be integers or slices, not ", key, ""); yield tupleGet(t, PyValues.toInt(key)); }
            case Range r -> { if (!ok) throw typed("range indices must be integers or slices, not ", key, ""); yield rangeGet(r, PyValues.toInt(key)); }
            case String s -> { if (!ok) throw typed("string indices must be integers, not '", key, "'"); yield strGet(s, PyValues.toInt(key)); }
            default -> throw typed("'", c, "' object is not subscriptable");
        };
    }

    static PyValues.PyExc typed(String pre, Object v, String post) {
        return exc("TypeError", pre + PyValues.typeName(v) + post);
    }

    private static boolean hasSequenceSlots(Object c) { return c instanceof Tuple || c instanceof String || c instanceof PySet; }

    private static void hugeIndex(Object key) {
        if (key instanceof BigInteger i && i.bitLength() > 63) throw exc("IndexError", NO_FIT);
    }

    static void setitem(Object c, Object key, Object v) {
        if (c instanceof PyDict d) { d.set(key, v); return; }
        if (c instanceof PyList l) {
            if (!PyValues.isInt(key)) throw typed("list indices must be integers or slices, not ", key, "");
            listSet(l, PyValues.toInt(key), v);
            return;
        }
        if (hasSequenceSlots(c)) hugeIndex(key);
        throw typed("'", c, "' object does not support item assignment");
    }

    static void delitem(Object c, Object key) {
        if (c instanceof PyDict d) { d.del(key); return; }
        if (c instanceof PyList l) {
            if (!PyValues.isInt(key)) throw typed("list indices must be integers or slices, not ", key, "");
            listDel(l, PyValues.toInt(key));
            return;
        }
        if (hasSequenceSlots(c) && PyValues.isInt(key)) {
            hugeIndex(key);
            throw typed("'", c, "' object doesn't support item deletion");
        }
        throw typed("'", c, "' object does not support item deletion");
    }

    static <T> List<T> slice(List<T> items, Object a, Object b, Object s) {
        Bounds bd = bounds(items.size(), a, b, s);
        var r = new ArrayList<T>();
        for (long i = 0; i < bd.count(); i++) r.add(items.get((int) bd.at(i)));
        return r;
    }

    static String strSlice(String str, Object a, Object b, Object s) {
        var cps = str.codePoints().boxed().toList();
        var sb = new StringBuilder();
        for (int cp : slice(cps, a, b, s)) sb.appendCodePoint(cp);
        return sb.toString();
    }

    static Object getslice(Object c, Object a, Object b, Object s) {
        return switch (c) {
            case String str -> strSlice(str, a, b, s);
            case PyList l -> new PyList(slice(l.items, a, b, s));
            case Tuple t -> new Tuple(slice(t.items(), a, b, s));
            case Range r -> rangeSlice(r, a, b, s);
            case PyDict d -> throw exc("TypeError", "unhashable type: 'slice'");
            default -> throw typed("'", c, "' object is not subscriptable");
        };
    }

    /** A bound of a range's slice, exactly (CPython's _PySlice_GetLongIndices keeps big ints): null for None. */
    private static BigInteger exactIndex(Object v) {
        if (v == PyValues.NONE) return null;
        if (!PyValues.isInt(v)) throw exc("TypeError", "slice indices must be integers or None or have an __index__ method");
        return PyValues.toInt(v);
    }

    private static BigInteger adjustExact(BigInteger x, BigInteger len, BigInteger lower, BigInteger upper) {
        if (x.signum() < 0) return x.add(len).max(lower);
        return x.min(upper);
    }

    /** r[a:b:s]: a range again (CPython's compute_slice), the adjusted indices mapped through r. */
    private static Range rangeSlice(Range r, Object a, Object b, Object s) {
        BigInteger st = exactIndex(s);
        BigInteger step = st == null ? BigInteger.ONE : st;
        if (step.signum() == 0) throw exc("ValueError", "slice step cannot be zero");
        BigInteger len = BigInteger.valueOf(r.length());
        BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = step.signum() < 0 ? len.subtract(BigInteger.ONE) : len;
        BigInteger start = exactIndex(a);
        BigInteger stop = exactIndex(b);
        start = start == null ? (step.signum() < 0 ? upper : lower) : adjustExact(start, len, lower, upper);
        stop = stop == null ? (step.signum() < 0 ? lower : upper) : adjustExact(stop, len, lower, upper);
        return new Range(r.start().add(start.multiply(r.step())), r.start().add(stop.multiply(r.step())), r.step().multiply(step));
    }

    private static List<Object> itemsOf(Object iterable, String msg) {
        if (iterable instanceof PyList || iterable instanceof Tuple || iterable instanceof String || iterable instanceof PyDict
                || iterable instanceof PySet || iterable instanceof Iteration.Iter || iterable instanceof Range
                || iterable instanceof Iteration.DictView) {
            return Iteration.toList(iterable).items;
        }
        throw exc("TypeError", msg);
    }

    static void setslice(Object c, Object a, Object b, Object s, Object v) {
        if (c instanceof PyDict) throw exc("TypeError", "unhashable type: 'slice'");
        if (!(c instanceof PyList l)) throw typed("'", c, "' object does not support item assignment");
        Bounds bd = bounds(l.size(), a, b, s);
        if (bd.step() == 1) {
            List<Object> src = itemsOf(v, "can only assign an iterable");
            var part = l.items.subList((int) bd.start(), (int) (bd.start() + bd.count()));
            part.clear();
            part.addAll(src);
            return;
        }
        List<Object> src = itemsOf(v, "must assign iterable to extended slice");
        if (src.size() != bd.count()) {
            throw exc("ValueError", "attempt to assign sequence of size " + src.size() + " to extended slice of size " + bd.count());
        }
        for (int i = 0; i < bd.count(); i++) l.items.set((int) bd.at(i), src.get(i));
    }

    static void delslice(Object c, Object a, Object b, Object s) {
        if (c instanceof PyDict) throw exc("TypeError", "unhashable type: 'slice'");
        if (!(c instanceof PyList l)) throw typed("'", c, "' object does not support item deletion");
        Bounds bd = bounds(l.size(), a, b, s);
        var drop = new java.util.TreeSet<Integer>();
        for (long i = 0; i < bd.count(); i++) drop.add((int) bd.at(i));
        for (int i : drop.descendingSet()) l.items.remove(i);
    }
}
