package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.Iteration.DictView;
import dev.waspy.middle.interp.Iteration.Iter;
import dev.waspy.middle.interp.Iteration.Range;
import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The behaviour every container shares, as the runtime's obj.c: equality (identity first, then ==),
 * ordering (sequences lexicographically, sets by inclusion), repr, truth, len, {@code in} and the
 * binary operators on lists, tuples, sets and dicts.
 */
final class Containers {
    private Containers() {}

    /** CPython's PyObject_RichCompareBool(a, b, Py_EQ): identity first, then ==. */
    static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Double x && b instanceof Double y && x.isNaN() && y.isNaN()) {
            // The runtime stops here too: float identity is not kept.
            throw new Interpreter.Unmodelled("two NaN floats compared where CPython first compares identity");
        }
        return eq(a, b);
    }

    /** a == b. */
    static boolean eq(Object a, Object b) {
        if (PyValues.isNum(a) && PyValues.isNum(b)) return ObjOps.order(a, b) instanceof Integer c && c == 0;
        // A keys or items view equals a set or view with the same items, from either side.
        Boolean viewEq = DictViews.isSetlike(a) ? DictViews.compare(a, b, "==") : null;
        if (viewEq == null && DictViews.isSetlike(b)) viewEq = DictViews.compare(b, a, "==");
        if (viewEq != null) return viewEq;
        return switch (a) {
            case String s -> s.equals(b);
            case PyList x -> b instanceof PyList y && seqEq(x.items, y.items);
            case Tuple x -> b instanceof Tuple y && seqEq(x.items(), y.items());
            case PyDict x -> b instanceof PyDict y && x.eq(y);
            case PySet x -> b instanceof PySet y && x.eq(y); // a set equals a frozenset of the same items
            case Range x -> b instanceof Range y && rangeEq(x, y);
            default -> a == b;
        };
    }

    private static boolean seqEq(List<Object> x, List<Object> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i))) return false;
        return true;
    }

    private static boolean rangeEq(Range x, Range y) {
        long n = x.length();
        if (n != y.length()) return false;
        if (n == 0) return true;
        if (!x.start().equals(y.start())) return false;
        return n == 1 || x.step().equals(y.step());
    }

    /**
     * a OP b for an ordering operator on two lists, two tuples or two sets; null for other
     * operands. Sequences: the first items that differ decide, with OP itself.
     */
    static Boolean rich(String op, Object a, Object b) {
        List<Object> x = a instanceof PyList l ? l.items : a instanceof Tuple t ? t.items() : null;
        List<Object> y = b instanceof PyList l ? l.items : b instanceof Tuple t ? t.items() : null;
        if (x != null && y != null && a.getClass() == b.getClass()) {
            for (int i = 0; ; i++) {
                if (i >= x.size() || i >= y.size()) return ObjOps.compare(op, BigInteger.valueOf(x.size()), BigInteger.valueOf(y.size()));
                if (!same(x.get(i), y.get(i))) return ObjOps.compare(op, x.get(i), y.get(i));
            }
        }
        if (a instanceof PySet s && b instanceof PySet t) {
            return switch (op) {
                case "<" -> s.size() < t.size() && s.issubset(t);
                case "<=" -> s.issubset(t);
                case ">" -> s.size() > t.size() && t.issubset(s);
                default -> t.issubset(s);
            };
        }
        Boolean view = DictViews.isSetlike(a) ? DictViews.compare(a, b, op) : null;
        if (view == null && DictViews.isSetlike(b)) view = DictViews.compare(b, a, DictViews.reflected(op));
        return view;
    }

    // ---- text ----

    /** Containers being printed, so that a list inside itself prints as [...]. */
    private static final ThreadLocal<Set<Object>> PRINTING = ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    /** repr of a container or another runtime object; null for the scalar types. */
    static String repr(Object v) {
        return switch (v) {
            case PyList l -> guarded(l, "[...]", () -> join(l.items, "[", "]"));
            case PyDict d -> guarded(d, "{...}", () -> {
                var parts = new ArrayList<String>();
                for (int e = d.next(0); e >= 0; e = d.next(e + 1)) parts.add(PyValues.repr(d.keyAt(e)) + ": " + PyValues.repr(d.valueAt(e)));
                return String.join(", ", parts).transform(s -> "{" + s + "}");
            });
            case PySet s when s.frozen() -> s.size() == 0 ? "frozenset()" : "frozenset(" + join(s.items(), "{", "}") + ")";
            case PySet s -> s.size() == 0 ? "set()" : guarded(s, "{...}", () -> join(s.items(), "{", "}"));
            case Range r -> "range(" + r.start() + ", " + r.stop() + (r.step().equals(BigInteger.ONE) ? "" : ", " + r.step()) + ")";
            case DictView w -> w.typeName() + "(" + join(List.of(w.dict().keys(), w.dict().values(), w.dict().items()).get(w.kind()), "[", "]") + ")";
            case Iter it -> "<" + it.typeName() + " object>";
            default -> null;
        };
    }

    private static String guarded(Object c, String cycle, java.util.function.Supplier<String> body) {
        if (!PRINTING.get().add(c)) return cycle;
        try {
            return body.get();
        } finally {
            PRINTING.get().remove(c);
        }
    }

    private static String join(List<Object> items, String open, String close) {
        return items.stream().map(PyValues::repr).collect(Collectors.joining(", ", open, close));
    }

    // ---- size, truth, membership ----

    /** len(v); TypeError for a value without a length. */
    static BigInteger len(Object v) {
        long n = switch (v) {
            case String s -> s.codePointCount(0, s.length());
            case Tuple t -> t.items().size();
            case PyList l -> l.size();
            case PyDict d -> d.size();
            case PySet s -> s.size();
            case Range r -> r.length();
            case DictView w -> w.dict().size();
            default -> throw exc("TypeError", "object of type '" + PyValues.typeName(v) + "' has no len()");
        };
        return BigInteger.valueOf(n);
    }

    /** {@code item in container} for a container the scalar model does not know; null when not one. */
    static Boolean contains(Object container, Object item) {
        return switch (container) {
            case PyList l -> { for (int i = 0; i < l.size(); i++) if (same(l.items.get(i), item)) yield true; yield false; }
            case Iter it -> { while (it.step()) if (same(it.last, item)) yield true; yield false; }
            case PyDict d -> d.contains(item);
            case PySet s -> s.contains(item);
            case Range r -> rangeIndex(r, item) >= 0;
            case DictView w -> switch (w.kind()) {
                case 0 -> w.dict().contains(item);
                case 1 -> contains(new PyList(w.dict().values()), item);
                default -> item instanceof Tuple t && t.items().size() == 2 && w.dict().contains(t.items().get(0))
                        && same(w.dict().get(t.items().get(0)), t.items().get(1));
            };
            default -> null;
        };
    }

    /** The position of an int in a range, or -1 (other values: by equality, as CPython). */
    static long rangeIndex(Range r, Object item) {
        if (PyValues.isInt(item)) {
            BigInteger k = PyValues.toInt(item).subtract(r.start());
            BigInteger[] qr = k.divideAndRemainder(r.step());
            if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(BigInteger.valueOf(r.length())) >= 0) return -1;
            return qr[0].longValueExact();
        }
        for (long i = 0; i < r.length(); i++) if (same(r.item(i), item)) return i;
        return -1;
    }

    // ---- operators ----

    /** a op b for container operands (op as ObjOps spells it), or null when none applies. */
    static Object arith(String op, Object a, Object b) {
        switch (op) {
            case "+" -> {
                if (a instanceof PyList x && b instanceof PyList y) { var r = new PyList(x.items); r.items.addAll(y.items); return r; }
                if (a instanceof Tuple x && b instanceof Tuple y) { var r = new ArrayList<>(x.items()); r.addAll(y.items()); return new Tuple(r); }
                if (a instanceof PyList || a instanceof Tuple) {
                    String t = PyValues.typeName(a);
                    throw exc("TypeError", "can only concatenate " + t + " (not \"" + PyValues.typeName(b) + "\") to " + t);
                }
            }
            case "*" -> {
                if ((a instanceof PyList || a instanceof Tuple) && PyValues.isInt(b)) return repeat(a, PyValues.toInt(b));
                if ((b instanceof PyList || b instanceof Tuple) && PyValues.isInt(a)) return repeat(b, PyValues.toInt(a));
            }
            case "-" -> { if (a instanceof PySet x && b instanceof PySet y) return x.difference(y).typedAs(x); }
            case "&" -> { if (a instanceof PySet x && b instanceof PySet y) return x.intersection(y).typedAs(x); }
            case "|" -> {
                if (a instanceof PySet x && b instanceof PySet y) return x.union(y).typedAs(x);
                if (a instanceof PyDict x && b instanceof PyDict y) return x.or(y);
            }
            case "^" -> { if (a instanceof PySet x && b instanceof PySet y) return x.symmetricDifferenceObj(y).typedAs(x); }
            default -> { }
        }
        if ("&|^-".contains(op) && (DictViews.isSetlike(a) || DictViews.isSetlike(b))) return DictViews.setop(op, a, b);
        return null;
    }

    private static Object repeat(Object seq, BigInteger n) {
        List<Object> items = seq instanceof PyList l ? l.items : ((Tuple) seq).items();
        long k = repeatCount(n, items.size(), false);
        var r = new ArrayList<Object>();
        for (long i = 0; i < k; i++) r.addAll(items);
        return seq instanceof PyList ? new PyList(r) : new Tuple(r);
    }

    /**
     * How many copies {@code seq * n} makes of a sequence of len items, with the runtime's limits:
     * an n past Py_ssize_t is an OverflowError; a str past Py_ssize_t code points is an
     * OverflowError and one past 2**31 - 1 a MemoryError; a list or tuple past 2**28 - 2 items a
     * MemoryError.
     */
    static long repeatCount(BigInteger n, long len, boolean str) {
        if (n.bitLength() > 63) throw exc("OverflowError", "cannot fit 'int' into an index-sized integer");
        long k = n.longValue();
        if (k <= 0 || len == 0) return 0;
        if (str && k > Long.MAX_VALUE / len) throw exc("OverflowError", "repeated string is too long");
        if (k > (str ? 0x7fffffffL : 0x0ffffffeL) / len) throw exc("MemoryError", null);
        return k;
    }

    /** a op= b: a list, set or dict changes in place and is the result; anything else falls back to a op b. */
    static Object inPlace(String op, Object a, Object b) {
        if (a instanceof PyList l && op.equals("+")) { l.items.addAll(Iteration.toList(b).items); return a; }
        if (a instanceof PyList l && op.equals("*") && PyValues.isInt(b)) {
            var r = (PyList) repeat(l, PyValues.toInt(b));
            l.items.clear();
            l.items.addAll(r.items);
            return a;
        }
        if (a instanceof PySet x && !x.frozen() && b instanceof PySet y) {
            switch (op) {
                case "&" -> x.intersectionUpdateObj(y);
                case "|" -> x.update(y);
                case "^" -> x.symmetricDifferenceUpdateSet(y);
                case "-" -> x.differenceUpdate(y);
                default -> { return ObjOps.arith(op, a, b); }
            }
            return a;
        }
        if (a instanceof PyDict d && op.equals("|")) { d.update(b); return a; }
        return ObjOps.arith(op, a, b);
    }
}
