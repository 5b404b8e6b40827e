/* list.c: mutable sequences. A list is a generic object with two slots: its length (a tagged
 * int, invisible to the collector) and its items, a slot array whose word is the capacity. */
#include "rt.h"

static wobj *items(wlist l) { return (wobj *)(size_t)(unbox_ptr(((wobj *)(size_t)(l + 8))[1]) + 8); }
static uint32_t cap(wlist l) { return HDR(unbox_ptr(((wobj *)(size_t)(l + 8))[1]))[1]; }
static uint32_t len(wlist l) { return (uint32_t)small_val(((wobj *)(size_t)(l + 8))[0]); }
static void set_len(wlist l, uint32_t n) { ((wobj *)(size_t)(l + 8))[0] = mk_small(n); }

static uint32_t new_slots(uint32_t n) {
    if (n > 0x0ffffffe) { rt_raise(EXC_MemoryError, 0); return 0; }
    uint32_t a = heap_alloc(8 + 8ull * n, T_SLOTS);
    if (a) HDR(a)[1] = n;
    return a;
}

wlist list_with_cap(uint32_t n, uint32_t capacity) {
    uint32_t a = new_slots(capacity < 4 ? 4 : capacity);
    if (!a) return 0;
    wlist l = rt_alloc(24, T_LIST);
    if (!l) return 0;
    HDR(l)[1] = 2;
    set_len(l, n);
    ((wobj *)(size_t)(l + 8))[1] = box_ptr(a);
    return l;
}

wlist WEXPORT(rt_list_new)(uint32_t n) {
    wlist l = list_with_cap(n, n);
    if (!l) return 0;
    for (uint32_t i = 0; i < n; i++) items(l)[i] = box_ptr(NONE_PTR);
    return l;
}

wint WEXPORT(rt_list_len)(wlist l) { return mk_small(len(l)); }

static int reserve(wlist l, uint32_t extra) {
    uint64_t need = (uint64_t)len(l) + extra;
    if (need <= cap(l)) return 1;
    uint64_t nc = (uint64_t)cap(l) * 2;
    if (nc < need) nc = need;
    if (nc > 0x0ffffffe) { rt_raise(EXC_MemoryError, 0); return 0; }
    uint32_t a = new_slots((uint32_t)nc);
    if (!a) return 0;
    __builtin_memcpy((void *)(size_t)(a + 8), items(l), (size_t)len(l) * 8);
    ((wobj *)(size_t)(l + 8))[1] = box_ptr(a);
    return 1;
}

/* Whether an index lies outside Py_ssize_t: CPython then fails before any range check. */
static int huge(wint i) { return !fits_ssize(i); }

static int check_index_size(wint i) {
    if (!huge(i)) return 1;
    raise_c(EXC_IndexError, "cannot fit 'int' into an index-sized integer");
    return 0;
}

static int check_ssize(wint i) {
    if (!huge(i)) return 1;
    raise_c(EXC_OverflowError, "Python int too large to convert to C ssize_t");
    return 0;
}

/* Index i of a list of n items with Python's negative indexing; -1 when out of range. */
static int64_t norm_index(wint i, uint32_t n) {
    if (!is_small(i)) return -1;
    int64_t k = small_val(i);
    if (k < 0) k += n;
    return (k < 0 || k >= (int64_t)n) ? -1 : k;
}

wobj WEXPORT(rt_list_get)(wlist l, wint i) {
    if (!check_index_size(i)) return 0;
    int64_t k = norm_index(i, len(l));
    if (k < 0) { raise_c(EXC_IndexError, "list index out of range"); return 0; }
    return items(l)[k];
}

void WEXPORT(rt_list_set)(wlist l, wint i, wobj v) {
    if (!check_index_size(i)) return;
    int64_t k = norm_index(i, len(l));
    if (k < 0) { raise_c(EXC_IndexError, "list assignment index out of range"); return; }
    items(l)[k] = v;
}

void WEXPORT(rt_list_append)(wlist l, wobj v) {
    if (!reserve(l, 1)) return;
    items(l)[len(l)] = v;
    set_len(l, len(l) + 1);
}

void WEXPORT(rt_list_extend)(wlist l, wlist other) {
    uint32_t n = len(other);
    if (!reserve(l, n)) return;
    __builtin_memmove(items(l) + len(l), items(other), (size_t)n * 8); /* other may be l */
    set_len(l, len(l) + n);
}

void WEXPORT(rt_list_insert)(wlist l, wint i, wobj v) {
    if (!check_ssize(i)) return;
    int64_t n = len(l), k = is_small(i) ? small_val(i) : (rt_int_cmp(i, 0) < 0 ? -n - 1 : n);
    if (k < 0) { k += n; if (k < 0) k = 0; }
    if (k > n) k = n;
    if (!reserve(l, 1)) return;
    wobj *it = items(l);
    __builtin_memmove(it + k + 1, it + k, (size_t)(n - k) * 8);
    it[k] = v;
    set_len(l, (uint32_t)n + 1);
}

wobj WEXPORT(rt_list_pop)(wlist l, wint i) {
    if (!check_ssize(i)) return 0;
    uint32_t n = len(l);
    if (n == 0) { raise_c(EXC_IndexError, "pop from empty list"); return 0; }
    int64_t k = norm_index(i, n);
    if (k < 0) { raise_c(EXC_IndexError, "pop index out of range"); return 0; }
    wobj *it = items(l), v = it[k];
    __builtin_memmove(it + k, it + k + 1, (size_t)(n - 1 - k) * 8);
    set_len(l, n - 1);
    return v;
}

wlist WEXPORT(rt_list_concat)(wlist a, wlist b) {
    uint32_t na = len(a), nb = len(b);
    wlist r = list_with_cap(na + nb, na + nb);
    if (!r) return 0;
    __builtin_memcpy(items(r), items(a), (size_t)na * 8);
    __builtin_memcpy(items(r) + na, items(b), (size_t)nb * 8);
    return r;
}

wlist WEXPORT(rt_list_repeat)(wlist l, wint n) {
    if (huge(n)) { raise_c(EXC_OverflowError, "cannot fit 'int' into an index-sized integer"); return 0; }
    uint32_t m = len(l);
    if (rt_int_cmp(n, 0) <= 0 || m == 0) return list_with_cap(0, 0);
    if (!is_small(n) || (uint64_t)small_val(n) * m > 0x0ffffffe) { rt_raise(EXC_MemoryError, 0); return 0; }
    uint32_t k = (uint32_t)small_val(n);
    wlist r = list_with_cap(k * m, k * m);
    if (!r) return 0;
    for (uint32_t i = 0; i < k; i++) __builtin_memcpy(items(r) + (size_t)i * m, items(l), (size_t)m * 8);
    return r;
}

int slice_bounds(int64_t len, wobj wstart, wobj wstop, wobj wstep, int64_t *start, int64_t *step, int64_t *count);

wlist WEXPORT(rt_list_slice)(wlist l, wobj wstart, wobj wstop, wobj wstep) {
    int64_t start, step, n;
    if (!slice_bounds(len(l), wstart, wstop, wstep, &start, &step, &n)) return 0;
    wlist r = list_with_cap((uint32_t)n, (uint32_t)n);
    if (!r) return 0;
    for (int64_t i = 0; i < n; i++) items(r)[i] = items(l)[start + i * step];
    return r;
}

static int same(wobj a, wobj b) { return obj_same(a, b); }

uint32_t WEXPORT(rt_list_contains)(wlist l, wobj v) {
    for (uint32_t i = 0; i < len(l); i++) if (same(items(l)[i], v)) return 1;
    return 0;
}

wint WEXPORT(rt_list_index)(wlist l, wobj v) {
    for (uint32_t i = 0; i < len(l); i++) if (same(items(l)[i], v)) return mk_small(i);
    wsb sb = rt_sb_new();
    wstr r = rt_obj_repr(v);
    if (!r) return 0;
    rt_sb_add_str(sb, r);
    sb_add_cstr(sb, " is not in list");
    rt_raise(EXC_ValueError, rt_sb_finish(sb));
    return 0;
}

wint WEXPORT(rt_list_count)(wlist l, wobj v) {
    int64_t c = 0;
    for (uint32_t i = 0; i < len(l); i++) c += same(items(l)[i], v);
    return mk_small(c);
}

void WEXPORT(rt_list_reverse)(wlist l) {
    wobj *it = items(l);
    for (uint32_t i = 0, j = len(l); i + 1 < j; i++, j--) { wobj t = it[i]; it[i] = it[j - 1]; it[j - 1] = t; }
}

void WEXPORT(rt_list_sort)(wlist l, uint32_t reverse) { rt_list_sort_keyed(l, l, reverse); }

uint32_t WEXPORT(rt_list_eq)(wlist a, wlist b) {
    if (len(a) != len(b)) return 0;
    for (uint32_t i = 0; i < len(a); i++) if (!same(items(a)[i], items(b)[i])) return 0;
    return 1;
}

/* Containers being printed, to print a list inside itself as [...] like CPython. */
static wlist repr_stack[64];
static uint32_t repr_depth;

wstr WEXPORT(rt_list_repr)(wlist l) {
    for (uint32_t i = 0; i < repr_depth && i < 64; i++) if (repr_stack[i] == l) return str_from_cstr("[...]");
    if (repr_depth < 64) repr_stack[repr_depth] = l;
    repr_depth++;
    wsb sb = rt_sb_new();
    wstr result = 0;
    if (sb) {
        rt_sb_add_char(sb, '[');
        uint32_t i = 0;
        for (; i < len(l); i++) {
            if (i) sb_add_cstr(sb, ", ");
            wstr r = rt_obj_repr(items(l)[i]);
            if (!r) break;
            rt_sb_add_str(sb, r);
        }
        if (i == len(l)) { rt_sb_add_char(sb, ']'); result = rt_sb_finish(sb); }
    }
    repr_depth--;
    return result;
}

wlist WEXPORT(rt_list_from_tuple)(wtuple t) {
    uint32_t n = rt_tuple_len(t);
    wlist l = list_with_cap(n, n);
    if (!l) return 0;
    for (uint32_t i = 0; i < n; i++) items(l)[i] = rt_tuple_get(t, i);
    return l;
}

wtuple WEXPORT(rt_tuple_from_list)(wlist l) {
    uint32_t n = len(l);
    wtuple t = rt_tuple_new(n);
    if (!t) return 0;
    for (uint32_t i = 0; i < n; i++) rt_tuple_set(t, i, items(l)[i]);
    return t;
}

/* ---- the list methods and slice assignment built on the above ---- */

wlist WEXPORT(rt_list_empty)(void) { return list_with_cap(0, 0); }

wlist WEXPORT(rt_list_copy)(wlist l) {
    uint32_t n = len(l);
    wlist r = list_with_cap(n, n);
    if (r) __builtin_memcpy(items(r), items(l), (size_t)n * 8);
    return r;
}

void WEXPORT(rt_list_clear)(wlist l) {
    uint32_t a = new_slots(4);
    if (!a) return;
    ((wobj *)(size_t)(l + 8))[1] = box_ptr(a);
    set_len(l, 0);
}

void WEXPORT(rt_list_extend_iter)(wlist l, wobj iterable) {
    uint32_t t = rt_obj_type(iterable);
    if (t == T_LIST) { rt_list_extend(l, unbox_ptr(iterable)); return; }
    if (t == T_TUPLE) {
        wtuple tu = unbox_ptr(iterable);
        uint32_t n = rt_tuple_len(tu);
        if (!reserve(l, n)) return;
        for (uint32_t i = 0; i < n; i++) items(l)[len(l) + i] = rt_tuple_get(tu, i);
        set_len(l, len(l) + n);
        return;
    }
    if (t == T_STR) {
        /* A str's items without an iterator object: a str of one character per code point. */
        wstr s = unbox_ptr(iterable);
        uint32_t n = str_len(s);
        if (!reserve(l, n)) return;
        for (uint32_t i = 0; i < n; i++) {
            wstr ch = rt_str_getitem(s, mk_small(i));
            if (!ch) return;
            items(l)[len(l)] = box_ptr(ch);
            set_len(l, len(l) + 1);
        }
        return;
    }
    wobj it = rt_obj_iter(iterable);
    if (!it) return;
    while (rt_iter_step(it)) {
        rt_list_append(l, rt_iter_value(it));
        if (exc_pending()) return;
    }
}

void WEXPORT(rt_list_delitem)(wlist l, wint i) {
    if (!check_index_size(i)) return;
    int64_t k = norm_index(i, len(l));
    if (k < 0) { raise_c(EXC_IndexError, "list assignment index out of range"); return; }
    wobj *it = items(l);
    __builtin_memmove(it + k, it + k + 1, (size_t)(len(l) - 1 - k) * 8);
    set_len(l, len(l) - 1);
}

void WEXPORT(rt_list_remove)(wlist l, wobj v) {
    for (uint32_t i = 0; i < len(l); i++) {
        if (same(items(l)[i], v)) { rt_list_delitem(l, mk_small(i)); return; }
    }
    raise_c(EXC_ValueError, "list.remove(x): x not in list");
}

/* Replaces items [lo, hi) by the n items at src (which must not live in l's storage). */
static void replace_range(wlist l, uint32_t lo, uint32_t hi, const wobj *src, uint32_t n) {
    uint32_t old = len(l), removed = hi - lo;
    if (n > removed && !reserve(l, n - removed)) return;
    wobj *it = items(l);
    __builtin_memmove(it + lo + n, it + hi, (size_t)(old - hi) * 8);
    __builtin_memcpy(it + lo, src, (size_t)n * 8);
    set_len(l, old - removed + n);
}

/* The items of an iterable as a fresh list (a copy when it is l itself); 0 after raising
 * TypeError `msg` for a value that is not iterable. */
static wlist items_of(wobj iterable, const char *msg) {
    switch (rt_obj_type(iterable)) {
    case T_LIST: case T_TUPLE: case T_STR: case T_DICT: case T_SET: case T_ITER: case T_RANGE: case T_DICTVIEW:
    case T_FROZENSET:
        return rt_obj_to_list(iterable);
    default:
        raise_c(EXC_TypeError, msg);
        return 0;
    }
}

void WEXPORT(rt_list_setslice)(wlist l, wobj wstart, wobj wstop, wobj wstep, wobj iterable) {
    int64_t start, step, n;
    if (!slice_bounds(len(l), wstart, wstop, wstep, &start, &step, &n)) return;
    if (step == 1) {
        wlist src = items_of(iterable, "can only assign an iterable");
        if (!src) return;
        replace_range(l, (uint32_t)start, (uint32_t)(start + n), items(src), len(src));
        return;
    }
    wlist src = items_of(iterable, "must assign iterable to extended slice");
    if (!src) return;
    if (len(src) != n) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "attempt to assign sequence of size ");
        rt_sb_add_str(sb, rt_int_to_str(mk_small(len(src))));
        sb_add_cstr(sb, " to extended slice of size ");
        rt_sb_add_str(sb, rt_int_to_str(mk_small(n)));
        rt_raise(EXC_ValueError, rt_sb_finish(sb));
        return;
    }
    for (int64_t i = 0; i < n; i++) items(l)[start + i * step] = items(src)[i];
}

void WEXPORT(rt_list_delslice)(wlist l, wobj wstart, wobj wstop, wobj wstep) {
    int64_t start, step, n;
    if (!slice_bounds(len(l), wstart, wstop, wstep, &start, &step, &n)) return;
    if (n == 0) return;
    if (step < 0) { start += step * (n - 1); step = -step; } /* the same items, ascending */
    wobj *it = items(l);
    uint32_t out = (uint32_t)start, total = len(l);
    int64_t next = start; /* next index to drop */
    int64_t dropped = 0;
    for (uint32_t i = (uint32_t)start; i < total; i++) {
        if (dropped < n && i == next) { dropped++; next += step; continue; }
        it[out++] = it[i];
    }
    set_len(l, out);
}

/* l *= n: the items repeated in place (CPython's list_inplace_repeat); n < 1 empties the list. */
void WEXPORT(rt_list_inplace_repeat)(wlist l, wint n) {
    if (!is_small(n)) {
        if (huge(n)) { raise_c(EXC_OverflowError, "cannot fit 'int' into an index-sized integer"); return; }
        if (rt_int_cmp(n, 0) < 0) rt_list_clear(l);
        else if (len(l) != 0) rt_raise(EXC_MemoryError, 0);
        return;
    }
    int64_t k = small_val(n);
    uint32_t m = len(l);
    if (k < 1) { rt_list_clear(l); return; }
    if (k == 1 || m == 0) return;
    if ((uint64_t)k * m > 0x0ffffffe) { rt_raise(EXC_MemoryError, 0); return; }
    if (!reserve(l, (uint32_t)(k - 1) * m)) return;
    for (int64_t i = 1; i < k; i++) __builtin_memcpy(items(l) + (size_t)i * m, items(l), (size_t)m * 8);
    set_len(l, (uint32_t)k * m);
}
