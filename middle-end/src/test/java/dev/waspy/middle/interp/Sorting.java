package dev.waspy.middle.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * list.sort as CPython 3.11 (and the runtime's listsort.c) does it. Below 64 items timsort is one
 * counted run extended by binary insertion: that is ported comparison for comparison, so a failing
 * comparison raises CPython's TypeError and inconsistent orders (NaN, sets) give CPython's result.
 * Longer lists use Java's stable sort, which gives the same result for a consistent order; a
 * longer list with an inconsistent order or a failing comparison is {@link Interpreter.Unmodelled}.
 */
final class Sorting {
    private Sorting() {}

    private static final int MIN_MERGE = 64;

    private static boolean lt(Object a, Object b) { return ObjOps.compare("<", a, b); }

    /** Sorts items by keys (the same list when sorting without a key), stably; reverse as CPython. */
    static void sort(PyList items, PyList keys, boolean reverse) {
        int n = items.size();
        if (n < 2) return;
        var pairs = new ArrayList<Object[]>();
        for (int i = 0; i < n; i++) pairs.add(new Object[] {keys.items.get(i), items.items.get(i)});
        // A reversed list sorted stably and reversed back: equal items keep their order.
        if (reverse) Collections.reverse(pairs);
        if (n < MIN_MERGE) smallSort(pairs);
        else largeSort(pairs);
        if (reverse) Collections.reverse(pairs);
        for (int i = 0; i < n; i++) {
            items.items.set(i, pairs.get(i)[1]);
            if (keys != items) keys.items.set(i, pairs.get(i)[0]);
        }
    }

    private static void smallSort(List<Object[]> a) {
        int n = a.size();
        // count_run
        int run = 2;
        boolean descending = lt(a.get(1)[0], a.get(0)[0]);
        for (int i = 2; i < n; i++, run++) {
            boolean less = lt(a.get(i)[0], a.get(i - 1)[0]);
            if (descending ? !less : less) break;
        }
        if (descending) Collections.reverse(a.subList(0, run));
        // binarysort of [0, n) with [0, run) already sorted
        for (int start = run; start < n; start++) {
            Object[] pivot = a.get(start);
            int l = 0;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot[0], a.get(p)[0])) r = p;
                else l = p + 1;
            } while (l < r);
            a.remove(start);
            a.add(l, pivot);
        }
    }

    private static void largeSort(List<Object[]> a) {
        for (Object[] p : a) {
            if (!consistent(p[0])) throw new Interpreter.Unmodelled("sorting 64 items or more under an order that may be inconsistent (NaN, sets)");
        }
        try {
            a.sort((x, y) -> lt(x[0], y[0]) ? -1 : lt(y[0], x[0]) ? 1 : 0);
        } catch (PyValues.PyExc e) {
            throw new Interpreter.Unmodelled("a comparison failing while sorting 64 items or more (" + e.line() + ")");
        }
    }

    private static boolean consistent(Object v) {
        return switch (v) {
            case Double d -> !d.isNaN();
            case PySet s -> false;
            case PyValues.Tuple t -> t.items().stream().allMatch(Sorting::consistent);
            case PyList l -> l.items.stream().allMatch(Sorting::consistent);
            default -> true;
        };
    }
}
