package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.Iteration.Range;
import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.List;

/**
 * The runtime functions on values of unknown static type (obj.c, iter.c, objitem.c, attr.c,
 * range.c): iteration, conversions, subscripts, in-place operators, type checks and the methods
 * several container types share.
 */
final class ObjFunctions {
    private ObjFunctions() {}

    private static BigInteger i(Object o) { return (BigInteger) o; }

    static void register(RuntimeTable.Rows r) {
        r.add("rt_obj_isinstance", a -> isType(a.get(0), i(a.get(1))));
        r.add("rt_builtin_format", a -> {
            if (!(a.get(1) instanceof String spec)) throw exc("TypeError", "format() argument 2 must be str, not " + PyValues.typeName(a.get(1)));
            return Format.format(a.get(0), spec);
        });
        r.add("rt_builtin_ascii", a -> ascii(PyValues.repr(a.get(0))));
        r.add("rt_builtin_callable", a -> false);
        r.add("rt_builtin_int_base", a -> {
            if (!PyValues.isInt(a.get(1))) throw exc("TypeError", "'" + PyValues.typeName(a.get(1)) + "' object cannot be interpreted as an integer");
            BigInteger b = PyValues.toInt(a.get(1));
            if (b.bitLength() > 7 || (b.signum() != 0 && b.intValue() < 2) || b.intValue() > 36) {
                throw exc("ValueError", "int() base must be >= 2 and <= 36, or 0");
            }
            if (!(a.get(0) instanceof String)) throw exc("TypeError", "int() can't convert non-string with explicit base");
            return intFromStr((String) a.get(0), b.intValue());
        });
        r.add("rt_range_new", a -> {
            if (i(a.get(2)).signum() == 0) throw exc("ValueError", "range() arg 3 must not be zero");
            return new Range(i(a.get(0)), i(a.get(1)), i(a.get(2)));
        });
        r.add("rt_obj_iter", a -> Iteration.iter(a.get(0)));
        r.add("rt_iter_step", a -> ((Iteration.Iter) a.get(0)).step());
        r.add("rt_iter_value", a -> ((Iteration.Iter) a.get(0)).last);
        r.add("rt_obj_next", a -> Iteration.next(a.get(0)));
        r.add("rt_obj_next_default", a -> Iteration.nextDefault(a.get(0), a.get(1)));
        r.add("rt_obj_reversed", a -> Iteration.reversed(a.get(0)));
        r.add("rt_obj_to_list", a -> Iteration.toList(a.get(0)));
        r.add("rt_obj_to_tuple", a -> a.get(0) instanceof Tuple t ? t : new Tuple(List.copyOf(Iteration.toList(a.get(0)).items)));
        r.add("rt_obj_to_set", a -> PySet.of(a.get(0)));
        r.add("rt_obj_to_dict", a -> PyDict.of(a.get(0)));
        r.add("rt_obj_len", a -> Containers.len(a.get(0)));
        r.add("rt_obj_getitem", a -> Subscripts.getitem(a.get(0), a.get(1)));
        r.effect("rt_obj_setitem", a -> Subscripts.setitem(a.get(0), a.get(1), a.get(2)));
        r.effect("rt_obj_delitem", a -> Subscripts.delitem(a.get(0), a.get(1)));
        r.add("rt_obj_getslice", a -> Subscripts.getslice(a.get(0), a.get(1), a.get(2), a.get(3)));
        r.effect("rt_obj_setslice", a -> Subscripts.setslice(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4)));
        r.effect("rt_obj_delslice", a -> Subscripts.delslice(a.get(0), a.get(1), a.get(2), a.get(3)));
        r.add("rt_obj_type_name", a -> PyValues.typeName(a.get(0)));
        r.add("rt_obj_is", a -> is(a.get(0), a.get(1)));
        for (var op : List.of("add:+", "mul:*", "and:&", "or:|", "xor:^", "sub:-")) {
            String[] p = op.split(":");
            r.add("rt_obj_i" + p[0], a -> Containers.inPlace(p[1], a.get(0), a.get(1)));
        }

        r.add("rt_obj_expect", a -> {
            if (Iteration.typeId(a.get(0)) != i(a.get(1)).intValue()) throw noAttribute(a.get(0), (String) a.get(2));
            return a.get(0);
        });
        r.add("rt_obj_expect_any", a -> {
            if (!isType(a.get(0), i(a.get(1)))) throw noAttribute(a.get(0), (String) a.get(2));
            return a.get(0);
        });
        r.add("rt_obj_copy", a -> switch (a.get(0)) {
            case PyList l -> new PyList(l.items);
            case PyDict d -> d.copy();
            case PySet s when s.frozen() -> s; // frozenset.copy returns the frozenset itself
            case PySet s -> s.copy();
            default -> throw noAttribute(a.get(0), "copy");
        });
        r.effect("rt_obj_clear", a -> {
            switch (a.get(0)) {
                case PyList l -> l.items.clear();
                case PyDict d -> d.clear();
                case PySet s -> s.clear();
                default -> throw noAttribute(a.get(0), "clear");
            }
        });
        r.add("rt_obj_count", a -> switch (a.get(0)) {
            case String s -> MethodCalls.call(s, "count", List.of(a.get(1)));
            case PyList l -> SequenceFunctions.count(l.items, a.get(1));
            case Tuple t -> SequenceFunctions.count(t.items(), a.get(1));
            case Range g -> MethodCalls.call(g, "count", List.of(a.get(1)));
            default -> throw noAttribute(a.get(0), "count");
        });
        r.add("rt_obj_index", a -> switch (a.get(0)) {
            case String s -> MethodCalls.call(s, "index", List.of(a.get(1)));
            case PyList l -> SequenceFunctions.index(l.items, a.get(1), true);
            case Tuple t -> SequenceFunctions.index(t.items(), a.get(1), false);
            case Range g -> MethodCalls.call(g, "index", List.of(a.get(1)));
            default -> throw noAttribute(a.get(0), "index");
        });
        r.add("rt_obj_pop", a -> switch (a.get(0)) {
            case PyList l -> RuntimeTable.call("rt_list_pop", List.of(l, BigInteger.ONE.negate()));
            case PySet s -> s.pop();
            case PyDict d -> throw exc("TypeError", "pop expected at least 1 argument, got 0");
            default -> throw noAttribute(a.get(0), "pop");
        });
        r.add("rt_obj_pop_at", a -> switch (a.get(0)) {
            case PyList l -> {
                if (!PyValues.isInt(a.get(1))) throw exc("TypeError", "'" + PyValues.typeName(a.get(1)) + "' object cannot be interpreted as an integer");
                yield RuntimeTable.call("rt_list_pop", List.of(l, PyValues.toInt(a.get(1))));
            }
            case PyDict d -> d.pop(a.get(1));
            case PySet s -> throw exc("TypeError", "set.pop() takes no arguments (1 given)");
            default -> throw noAttribute(a.get(0), "pop");
        });
        r.effect("rt_obj_remove", a -> {
            switch (a.get(0)) {
                case PyList l -> RuntimeTable.call("rt_list_remove", List.of(l, a.get(1)));
                case PySet s -> s.remove(a.get(1));
                default -> throw noAttribute(a.get(0), "remove");
            }
        });
        r.effect("rt_obj_update", a -> {
            switch (a.get(0)) {
                case PyDict d -> d.update(a.get(1));
                case PySet s -> s.update(a.get(1));
                default -> throw noAttribute(a.get(0), "update");
            }
        });
        r.add("rt_obj_isdisjoint", a -> {
            if (a.get(0) instanceof PySet s && a.get(1) instanceof PySet t) return s.isdisjoint(t);
            if (!(a.get(0) instanceof PySet) && !DictViews.isSetlike(a.get(0))) throw noAttribute(a.get(0), "isdisjoint");
            var it = Iteration.iter(a.get(1));
            while (it.step()) if (Containers.contains(a.get(0), it.last)) return false;
            return true;
        });
    }

    static boolean isType(Object v, BigInteger mask) { return mask.testBit(Iteration.typeId(v)); }

    static PyValues.PyExc noAttribute(Object v, String attr) {
        return exc("AttributeError", "'" + PyValues.typeName(v) + "' object has no attribute '" + attr + "'");
    }

    /**
     * {@code a is b}: identity for the types whose identity the runtime keeps; equal ints from -5 to
     * 256 are one object (CPython's small-int cache); other equal ints, floats, strs or tuples stop
     * the runtime too (CPython's answer depends on how each was made).
     */
    static boolean is(Object a, Object b) {
        boolean kept = !(a instanceof BigInteger || a instanceof Double || a instanceof String || a instanceof Tuple);
        if (kept || a.getClass() != b.getClass()) return a == b || (a instanceof Boolean && a.equals(b));
        if (!(a instanceof Double x && x.isNaN()) && !(b instanceof Double y && y.isNaN()) && !Containers.same(a, b)) return false;
        // CPython's small-int cache: one object for each int from -5 to 256.
        if (a instanceof BigInteger i && i.compareTo(BigInteger.valueOf(-5)) >= 0 && i.compareTo(BigInteger.valueOf(256)) <= 0) return true;
        throw new Interpreter.Unmodelled("'is' between two equal ints, floats, strs or tuples");
    }

    /** ascii(): a repr with every non-ASCII character escaped. */
    private static String ascii(String repr) {
        var sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 128) sb.append((char) c);
            else if (c < 0x100) sb.append(String.format("\\x%02x", c));
            else if (c < 0x10000) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    /** int(s, base) for a base of 0 or 2 to 36: CPython's whitespace, sign, prefix and underscore rules. */
    private static BigInteger intFromStr(String s, int base) {
        String t = s.strip();
        var bad = exc("ValueError", "invalid literal for int() with base " + base + ": " + dev.waspy.middle.ir.PyRepr.ofStr(s));
        int i = 0;
        boolean neg = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) { neg = t.charAt(0) == '-'; i++; }
        int b = base;
        boolean prefixed = false;
        if (t.length() > i + 1 && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) { b = pb; i += 2; prefixed = true; }
        }
        String body = t.substring(i);
        if (body.isEmpty() || body.endsWith("_") || body.contains("__") || (body.startsWith("_") && !prefixed)) throw bad;
        String digits = body.replace("_", "");
        if (b == 0) {
            b = 10;
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) throw bad;
        }
        for (char c : digits.toCharArray()) if (Character.digit(c, b) < 0 || c > 127) throw bad;
        BigInteger v = new BigInteger(digits, b);
        return neg ? v.negate() : v;
    }
}
