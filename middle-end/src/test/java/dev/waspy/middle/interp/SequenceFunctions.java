package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.List;

/** The runtime's list and tuple functions (list.c, tuple.c). */
final class SequenceFunctions {
    private SequenceFunctions() {}

    private static PyList l(Object o) { return (PyList) o; }
    private static Tuple t(Object o) { return (Tuple) o; }
    private static BigInteger i(Object o) { return (BigInteger) o; }

    static void register(RuntimeTable.Rows r) {
        r.add("rt_list_new", a -> new PyList());
        r.add("rt_list_empty", a -> new PyList());
        r.add("rt_list_len", a -> BigInteger.valueOf(l(a.get(0)).size()));
        r.add("rt_list_get", a -> Subscripts.listGet(l(a.get(0)), i(a.get(1))));
        r.effect("rt_list_set", a -> Subscripts.listSet(l(a.get(0)), i(a.get(1)), a.get(2)));
        r.effect("rt_list_append", a -> l(a.get(0)).items.add(a.get(1)));
        r.effect("rt_list_extend", a -> l(a.get(0)).items.addAll(List.copyOf(l(a.get(1)).items)));
        r.effect("rt_list_extend_iter", a -> l(a.get(0)).items.addAll(Iteration.toList(a.get(1)).items));
        r.effect("rt_list_insert", a -> insert(l(a.get(0)), i(a.get(1)), a.get(2)));
        r.add("rt_list_pop", a -> pop(l(a.get(0)), i(a.get(1))));
        r.add("rt_list_concat", a -> ObjOps.arith("+", a.get(0), a.get(1)));
        r.add("rt_list_repeat", a -> ObjOps.arith("*", a.get(0), a.get(1)));
        r.add("rt_list_slice", a -> new PyList(Subscripts.slice(l(a.get(0)).items, a.get(1), a.get(2), a.get(3))));
        r.add("rt_list_contains", a -> Containers.contains(a.get(0), a.get(1)));
        r.add("rt_list_index", a -> index(l(a.get(0)).items, a.get(1), true));
        r.add("rt_list_count", a -> count(l(a.get(0)).items, a.get(1)));
        r.effect("rt_list_reverse", a -> java.util.Collections.reverse(l(a.get(0)).items));
        r.effect("rt_list_sort", a -> Sorting.sort(l(a.get(0)), l(a.get(0)), (Boolean) a.get(1)));
        r.effect("rt_list_sort_keyed", a -> Sorting.sort(l(a.get(0)), l(a.get(1)), (Boolean) a.get(2)));
        r.add("rt_list_eq", a -> Containers.eq(a.get(0), a.get(1)));
        r.add("rt_list_repr", a -> PyValues.repr(a.get(0)));
        r.add("rt_list_from_tuple", a -> new PyList(t(a.get(0)).items()));
        r.add("rt_tuple_from_list", a -> new Tuple(List.copyOf(l(a.get(0)).items)));
        r.add("rt_list_copy", a -> new PyList(l(a.get(0)).items));
        r.effect("rt_list_clear", a -> l(a.get(0)).items.clear());
        r.effect("rt_list_inplace_repeat", a -> Containers.inPlace("*", a.get(0), a.get(1)));
        r.effect("rt_list_delitem", a -> Subscripts.listDel(l(a.get(0)), i(a.get(1))));
        r.effect("rt_list_remove", a -> {
            var items = l(a.get(0)).items;
            for (int k = 0; k < items.size(); k++) if (Containers.same(items.get(k), a.get(1))) { items.remove(k); return; }
            throw exc("ValueError", "list.remove(x): x not in list");
        });
        r.effect("rt_list_setslice", a -> Subscripts.setslice(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4)));
        r.effect("rt_list_delslice", a -> Subscripts.delslice(a.get(0), a.get(1), a.get(2), a.get(3)));

        r.add("rt_tuple_getitem", a -> Subscripts.tupleGet(t(a.get(0)), i(a.get(1))));
        r.add("rt_tuple_concat", a -> ObjOps.arith("+", a.get(0), a.get(1)));
        r.add("rt_tuple_repeat", a -> ObjOps.arith("*", a.get(0), a.get(1)));
        r.add("rt_tuple_slice", a -> new Tuple(Subscripts.slice(t(a.get(0)).items(), a.get(1), a.get(2), a.get(3))));
        r.add("rt_tuple_contains", a -> ObjOps.contains(a.get(1), a.get(0)));
        r.add("rt_tuple_index", a -> index(t(a.get(0)).items(), a.get(1), false));
        r.add("rt_tuple_count", a -> count(t(a.get(0)).items(), a.get(1)));
        r.add("rt_tuple_repr", a -> PyValues.repr(a.get(0)));
    }

    private static void insert(PyList l, BigInteger i, Object v) {
        if (i.bitLength() > 63) throw exc("OverflowError", "Python int too large to convert to C ssize_t");
        long n = l.size();
        long k = i.longValue();
        if (k < 0) k = Math.max(k + n, 0);
        if (k > n) k = n;
        l.items.add((int) k, v);
    }

    private static Object pop(PyList l, BigInteger i) {
        if (i.bitLength() > 63) throw exc("OverflowError", "Python int too large to convert to C ssize_t");
        if (l.size() == 0) throw exc("IndexError", "pop from empty list");
        int k = Subscripts.normIndex(i, l.size(), null);
        if (k < 0) throw exc("IndexError", "pop index out of range");
        return l.items.remove(k);
    }

    static BigInteger index(List<Object> items, Object v, boolean isList) {
        for (int k = 0; k < items.size(); k++) if (Containers.same(items.get(k), v)) return BigInteger.valueOf(k);
        if (!isList) throw exc("ValueError", "tuple.index(x): x not in tuple");
        throw exc("ValueError", PyValues.repr(v) + " is not in list");
    }

    static BigInteger count(List<Object> items, Object v) {
        long c = 0;
        for (Object x : items) if (Containers.same(x, v)) c++;
        return BigInteger.valueOf(c);
    }
}
