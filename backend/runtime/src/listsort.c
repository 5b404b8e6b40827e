/* listsort.c: list.sort, with or without a key. Keys and items move together; with no key
 * function the list is its own key list. */
#include "rt.h"

static wobj *items(wlist l) { return (wobj *)(size_t)(unbox_ptr(((wobj *)(size_t)(l + 8))[1]) + 8); }

/* a < b as list.sort compares; -1 after raising. */
static int sort_less(wobj a, wobj b) {
    if (is_small(a) && is_small(b)) return a < b;
    uint32_t r = rt_obj_lt(a, b);
    return exc_pending() ? -1 : (int)r;
}

static void swap_range(wobj *a, uint32_t i, uint32_t j) {
    for (; i + 1 < j; i++, j--) { wobj t = a[i]; a[i] = a[j - 1]; a[j - 1] = t; }
}

/* Moves element `from` to position `to` (< from), shifting the ones between up by one. */
static void rotate_in(wobj *a, uint32_t to, uint32_t from) {
    wobj x = a[from];
    __builtin_memmove(a + to + 1, a + to, (size_t)(from - to) * 8);
    a[to] = x;
}

/* CPython's timsort on fewer than 64 items is one run detection plus binary insertion; doing
 * exactly the same comparisons in the same order makes a failing comparison (and so the
 * TypeError's message) the same too. v (the items) is null when the keys are the items. */
static int small_sort(wobj *k, wobj *v, uint32_t n) {
    uint32_t run = 1;
    if (n > 1) {
        int lt = sort_less(k[1], k[0]);
        if (lt < 0) return 0;
        run = 2;
        if (lt) {
            for (; run < n; run++) { int c = sort_less(k[run], k[run - 1]); if (c < 0) return 0; if (!c) break; }
            swap_range(k, 0, run);
            if (v) swap_range(v, 0, run);
        } else {
            for (; run < n; run++) { int c = sort_less(k[run], k[run - 1]); if (c < 0) return 0; if (c) break; }
        }
    }
    for (uint32_t start = run; start < n; start++) {
        wobj pivot = k[start];
        uint32_t lo = 0, hi = start;
        while (lo < hi) {
            uint32_t p = lo + ((hi - lo) >> 1);
            int c = sort_less(pivot, k[p]);
            if (c < 0) return 0;
            if (c) hi = p; else lo = p + 1;
        }
        rotate_in(k, lo, start);
        if (v) rotate_in(v, lo, start);
    }
    return 1;
}

/* Whether '<' on v is part of a total order (numbers other than NaN, strs, and tuples and lists of
 * those), under which every stable sort gives the same result. */
static int totally_ordered(wobj v) {
    switch (rt_obj_type(v)) {
    case T_INT: case T_BOOL: case T_STR: return 1;
    case T_FLOAT: { double x = *(double *)(size_t)(unbox_ptr(v) + 8); return x == x; }
    case T_TUPLE: {
        wtuple t = unbox_ptr(v);
        for (uint32_t i = 0; i < rt_tuple_len(t); i++) if (!totally_ordered(rt_tuple_get(t, i))) return 0;
        return 1;
    }
    case T_LIST: {
        wlist l = unbox_ptr(v);
        for (int64_t i = 0; i < small_val(rt_list_len(l)); i++) if (!totally_ordered(rt_list_get(l, mk_small(i)))) return 0;
        return 1;
    }
    default: return 0;
    }
}

/* Longer lists: a stable bottom-up merge sort. Under a total order its result is timsort's; its
 * comparisons are not, so a failing one would name another pair of types than CPython's
 * TypeError does, and NaNs or sets would leave another order: both stop the program instead. */
static void merge_sort(wobj *k, wobj *v, uint32_t n) {
    wobj *tk = scratch(n * 8), *tv = v ? scratch(n * 8) : 0;
    if (!tk || (v && !tv)) return;
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi) {
                int lt = sort_less(k[j], k[i]);
                if (lt < 0) rt_unsupported("list.sort() of 64 or more items whose keys do not all compare (CPython's TypeError names the first pair its timsort tries)");
                uint32_t from = lt ? j++ : i++;
                tk[o] = k[from];
                if (v) tv[o] = v[from];
                o++;
            }
            for (; i < mid; i++, o++) { tk[o] = k[i]; if (v) tv[o] = v[i]; }
            for (; j < hi; j++, o++) { tk[o] = k[j]; if (v) tv[o] = v[j]; }
        }
        __builtin_memcpy(k, tk, (size_t)n * 8);
        if (v) __builtin_memcpy(v, tv, (size_t)n * 8);
    }
}

void WEXPORT(rt_list_sort_keyed)(wlist l, wlist keys, uint32_t reverse) {
    uint32_t n = (uint32_t)small_val(rt_list_len(l));
    if ((uint32_t)small_val(rt_list_len(keys)) != n) rt_fatal("list.sort: key list and list differ in length");
    if (n < 2) return;
    wobj *k = items(keys), *v = keys == l ? 0 : items(l);
    /* CPython sorts a reversed list stably and reverses it back: equal items keep their order. */
    if (reverse) { swap_range(k, 0, n); if (v) swap_range(v, 0, n); }
    if (n < 64) small_sort(k, v, n);
    else {
        for (uint32_t i = 0; i < n; i++) {
            if (!totally_ordered(k[i]))
                rt_unsupported("list.sort() of 64 or more items with NaN, set or other partially ordered keys");
        }
        merge_sort(k, v, n);
    }
    if (reverse) { swap_range(k, 0, n); if (v) swap_range(v, 0, n); }
}
