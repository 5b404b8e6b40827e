package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.Iteration.Range;
import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code v.name(*args)} for a receiver whose type the compiler does not know (the runtime's
 * methods.c): one row per built-in method dispatched this way, with CPython's rule for the number
 * of arguments and its message. A name without a row for the receiver's type is CPython's
 * AttributeError.
 */
final class MethodCalls {
    private MethodCalls() {}

    /** How CPython checks the argument count: METH_O, METH_NOARGS, PyArg_ParseTuple, Argument Clinic, any. */
    private enum Arity { ONE, NOARGS, PARSE, CLINIC, ANY }

    private interface Handler { Object call(Object self, List<Object> args); }

    private record Method(Class<?> type, Arity arity, int min, int max, String name, Handler h) {}

    private static Object opt(List<Object> a, int i) { return i < a.size() ? a.get(i) : PyValues.NONE; }

    private static Handler strCall(String function, String typeCheck) {
        return (s, a) -> {
            if (!(a.get(0) instanceof String)) throw exc("TypeError", typeCheck + PyValues.typeName(a.get(0)));
            return RuntimeTable.call(function, List.of(s, a.get(0), opt(a, 1), opt(a, 2)));
        };
    }

    /** A method of no arguments: the runtime function of the same meaning applied to the receiver. */
    private static Method noArgs(Class<?> type, String name, String function) {
        return new Method(type, Arity.NOARGS, 0, 0, name, (s, a) -> RuntimeTable.call(function, List.of(s)));
    }

    /** The methods with an entry point of their own (the runtime's methodentries.c, rt_method_NAME). */
    private static final List<Method> ENTRIES = List.of(
            new Method(String.class, Arity.PARSE, 0, 1, "expandtabs", (s, a) -> CharMaps.expandtabs((String) s, a.isEmpty() ? 8 : CharMaps.cInt(a.get(0)))),
            new Method(String.class, Arity.PARSE, 0, 1, "splitlines", (s, a) -> RuntimeTable.call("rt_str_splitlines",
                    List.of(s, !a.isEmpty() && CharMaps.cInt(a.get(0)) != 0))),
            new Method(String.class, Arity.ONE, 1, 1, "translate", (s, a) -> CharMaps.translate((String) s, a.get(0))),
            new Method(String.class, Arity.CLINIC, 1, 3, "maketrans", (s, a) -> CharMaps.maketrans(a)),
            new Method(String.class, Arity.ONE, 1, 1, "format_map", (s, a) -> StrFormat.formatMap((String) s, a.get(0))),
            noArgs(String.class, "casefold", "rt_str_casefold"),
            noArgs(String.class, "isprintable", "rt_str_isprintable"),
            noArgs(String.class, "isdecimal", "rt_str_isdecimal"),
            noArgs(String.class, "isnumeric", "rt_str_isnumeric"),
            noArgs(String.class, "isascii", "rt_str_isascii"),
            noArgs(String.class, "istitle", "rt_str_istitle"),
            noArgs(String.class, "isidentifier", "rt_str_isidentifier"),
            new Method(BigInteger.class, Arity.NOARGS, 0, 0, "conjugate", (v, a) -> v),
            new Method(Boolean.class, Arity.NOARGS, 0, 0, "conjugate", (v, a) -> PyValues.toInt(v)),
            new Method(Double.class, Arity.NOARGS, 0, 0, "conjugate", (v, a) -> v),
            new Method(BigInteger.class, Arity.NOARGS, 0, 0, "as_integer_ratio", (v, a) -> CharMaps.asIntegerRatio(v)),
            new Method(Boolean.class, Arity.NOARGS, 0, 0, "as_integer_ratio", (v, a) -> CharMaps.asIntegerRatio(v)),
            new Method(Double.class, Arity.NOARGS, 0, 0, "as_integer_ratio", (v, a) -> CharMaps.asIntegerRatio(v)),
            new Method(Double.class, Arity.NOARGS, 0, 0, "hex", (v, a) -> CharMaps.hex((Double) v)),
            new Method(Double.class, Arity.ONE, 1, 1, "fromhex", (v, a) -> CharMaps.fromhex(a.get(0))),
            // On a dict or on the type (the receiver is then None): the receiver is not used.
            new Method(Object.class, Arity.CLINIC, 1, 2, "fromkeys", (v, a) -> {
                var d = new PyDict();
                Object value = a.size() > 1 ? a.get(1) : PyValues.NONE;
                var it = Iteration.iter(a.get(0));
                while (it.step()) d.set(it.last, value);
                return d;
            }));

    private static final List<Method> METHODS = List.of(
            new Method(String.class, Arity.PARSE, 1, 3, "startswith", (s, a) -> RuntimeTable.call("rt_str_startswith_in", List.of(s, a.get(0), opt(a, 1), opt(a, 2)))),
            new Method(String.class, Arity.PARSE, 1, 3, "endswith", (s, a) -> RuntimeTable.call("rt_str_endswith_in", List.of(s, a.get(0), opt(a, 1), opt(a, 2)))),
            new Method(String.class, Arity.PARSE, 1, 3, "find", strCall("rt_str_find_in", "must be str, not ")),
            new Method(String.class, Arity.PARSE, 1, 3, "rfind", strCall("rt_str_rfind_in", "must be str, not ")),
            new Method(String.class, Arity.PARSE, 1, 3, "index", strCall("rt_str_index_in", "must be str, not ")),
            new Method(String.class, Arity.PARSE, 1, 3, "rindex", strCall("rt_str_rindex_in", "must be str, not ")),
            new Method(String.class, Arity.PARSE, 1, 3, "count", strCall("rt_str_count_in", "must be str, not ")),
            new Method(String.class, Arity.CLINIC, 2, 3, "replace", MethodCalls::replace),
            new Method(PyList.class, Arity.CLINIC, 1, 3, "index", (l, a) -> seqIndex(((PyList) l).items, a, true)),
            new Method(PyList.class, Arity.ONE, 1, 1, "count", (l, a) -> SequenceFunctions.count(((PyList) l).items, a.get(0))),
            new Method(Tuple.class, Arity.CLINIC, 1, 3, "index", (t, a) -> seqIndex(((Tuple) t).items(), a, false)),
            new Method(Tuple.class, Arity.ONE, 1, 1, "count", (t, a) -> SequenceFunctions.count(((Tuple) t).items(), a.get(0))),
            new Method(Range.class, Arity.ONE, 1, 1, "index", (r, a) -> rangeIndex((Range) r, a.get(0))),
            new Method(Range.class, Arity.ONE, 1, 1, "count", (r, a) -> rangeCount((Range) r, a.get(0))),
            new Method(PySet.class, Arity.ANY, 0, 0, "union", (s, a) -> {
                PySet r = ((PySet) s).copy();
                for (Object o : a) r.unionStep((PySet) s, o);
                return r.typedAs((PySet) s);
            }),
            new Method(PySet.class, Arity.ANY, 0, 0, "intersection", (s, a) -> {
                PySet r = a.isEmpty() ? ((PySet) s).copy() : (PySet) s;
                for (Object o : a) r = r.intersectionObj(o);
                return r.typedAs((PySet) s);
            }),
            new Method(PySet.class, Arity.ANY, 0, 0, "difference", (s, a) -> {
                if (a.isEmpty()) return ((PySet) s).copy().typedAs((PySet) s);
                PySet r = ((PySet) s).differenceObj(a.get(0));
                for (Object o : a.subList(1, a.size())) r.differenceUpdate(o);
                return r.typedAs((PySet) s);
            }),
            new Method(PySet.class, Arity.ONE, 1, 1, "symmetric_difference", (s, a) -> ((PySet) s).symmetricDifferenceObj(a.get(0)).typedAs((PySet) s)),
            new Method(PySet.class, Arity.ANY, 0, 0, "intersection_update", (s, a) -> {
                for (Object o : a) ((PySet) s).intersectionUpdateObj(o);
                return PyValues.NONE;
            }),
            new Method(PySet.class, Arity.ANY, 0, 0, "difference_update", (s, a) -> {
                for (Object o : a) ((PySet) s).differenceUpdate(o);
                return PyValues.NONE;
            }),
            new Method(PySet.class, Arity.ONE, 1, 1, "symmetric_difference_update", (s, a) -> {
                ((PySet) s).symmetricDifferenceUpdateObj(a.get(0));
                return PyValues.NONE;
            }),
            new Method(PySet.class, Arity.ONE, 1, 1, "issubset", (s, a) -> ((PySet) s).issubset(a.get(0) instanceof PySet o ? o : PySet.of(a.get(0)))),
            new Method(PySet.class, Arity.ONE, 1, 1, "issuperset", (s, a) -> {
                if (a.get(0) instanceof PySet o) return o.issubset((PySet) s);
                var it = Iteration.iter(a.get(0));
                while (it.step()) if (!((PySet) s).contains(it.last)) return false;
                return true;
            }));

    private static final Map<String, String> TYPE_LABEL = Map.of("PyList", "list", "Tuple", "tuple", "Range", "range", "PySet", "set",
            "String", "str", "BigInteger", "int", "Boolean", "bool", "Double", "float");

    static void register(RuntimeTable.Rows r) {
        r.add("rt_obj_lookup_method", a -> {
            if (find(METHODS, a.get(0), (String) a.get(1)) == null) throw ObjFunctions.noAttribute(a.get(0), (String) a.get(1));
            return a.get(0);
        });
        r.add("rt_obj_call_method", a -> call(METHODS, a.get(0), (String) a.get(1), ((Tuple) a.get(2)).items()));
        for (String name : ENTRIES.stream().map(Method::name).distinct().toList()) {
            r.add("rt_method_" + name, a -> call(ENTRIES, a.get(0), name, ((Tuple) a.get(1)).items()));
        }
    }

    /** The set methods a frozenset lacks (methods.c has no T_FROZENSET row for them). */
    private static final Set<String> SET_ONLY = Set.of("intersection_update", "difference_update", "symmetric_difference_update");

    private static Method find(List<Method> methods, Object self, String name) {
        if (self instanceof PySet s && s.frozen() && SET_ONLY.contains(name)) return null;
        for (Method m : methods) if (m.type().isInstance(self) && m.name().equals(name)) return m;
        return null;
    }

    static Object call(Object self, String name, List<Object> args) { return call(METHODS, self, name, args); }

    private static Object call(List<Method> methods, Object self, String name, List<Object> args) {
        Method m = find(methods, self, name);
        if (m == null) throw ObjFunctions.noAttribute(self, name);
        int n = args.size();
        if (m.arity() != Arity.ANY && (n < m.min() || n > m.max())) throw arityError(m, n, PyValues.typeName(self));
        return m.h().call(self, args);
    }

    private static PyValues.PyExc arityError(Method m, int n, String selfType) {
        String label = selfType.equals("frozenset") ? selfType : TYPE_LABEL.get(m.type().getSimpleName());
        boolean few = n < m.min();
        int bound = few ? m.min() : m.max();
        String msg = switch (m.arity()) {
            case ONE -> label + "." + m.name() + "() takes exactly one argument (" + n + " given)";
            case NOARGS -> label + "." + m.name() + "() takes no arguments (" + n + " given)";
            case PARSE -> m.name() + (few ? "() takes at least " : "() takes at most ") + bound + (bound == 1 ? " argument (" : " arguments (") + n + " given)";
            default -> m.name() + (few ? " expected at least " : " expected at most ") + bound + (bound == 1 ? " argument, got " : " arguments, got ") + n;
        };
        return exc("TypeError", msg);
    }

    private static Object replace(Object s, List<Object> a) {
        for (int k = 0; k < 2; k++) {
            if (!(a.get(k) instanceof String)) throw exc("TypeError", "replace() argument " + (k + 1) + " must be str, not " + PyValues.typeName(a.get(k)));
        }
        BigInteger count = BigInteger.ONE.negate();
        if (a.size() > 2) {
            if (!PyValues.isInt(a.get(2))) throw exc("TypeError", "'" + PyValues.typeName(a.get(2)) + "' object cannot be interpreted as an integer");
            count = PyValues.toInt(a.get(2));
        }
        return RuntimeTable.call("rt_str_replace", List.of(s, a.get(0), a.get(1), count));
    }

    /** A start or stop of list.index: an int (None refused), adjusted from the end. */
    private static long indexBound(Object v, long len) {
        if (!PyValues.isInt(v)) throw exc("TypeError", "slice indices must be integers or have an __index__ method");
        long k = Subscripts.sliceIndex(v);
        if (k < 0) k = Math.max(k + len, 0);
        return k;
    }

    private static Object seqIndex(List<Object> items, List<Object> a, boolean isList) {
        long len = items.size();
        long start = a.size() > 1 ? indexBound(a.get(1), len) : 0;
        long stop = a.size() > 2 ? indexBound(a.get(2), len) : len;
        for (long i = start; i < stop && i < items.size(); i++) {
            if (Containers.same(items.get((int) i), a.get(0))) return BigInteger.valueOf(i);
        }
        if (!isList) throw exc("ValueError", "tuple.index(x): x not in tuple");
        throw exc("ValueError", PyValues.repr(a.get(0)) + " is not in list");
    }

    private static Object rangeIndex(Range r, Object x) {
        long i = Containers.rangeIndex(r, x);
        if (i >= 0) return BigInteger.valueOf(i);
        if (PyValues.isInt(x)) throw exc("ValueError", PyValues.repr(x) + " is not in range");
        throw exc("ValueError", "sequence.index(x): x not in sequence");
    }

    private static Object rangeCount(Range r, Object x) {
        if (PyValues.isInt(x)) return BigInteger.valueOf(Containers.rangeIndex(r, x) >= 0 ? 1 : 0);
        long c = 0;
        for (long i = 0; i < r.length(); i++) if (Containers.eq(r.item(i), x)) c++;
        return BigInteger.valueOf(c);
    }
}
