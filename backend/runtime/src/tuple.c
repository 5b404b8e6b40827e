/* tuple.c: immutable sequences of boxed values; header word = length, items (i64) at 8. */
#include "rt.h"

wtuple WEXPORT(rt_tuple_new)(uint32_t n) {
    wtuple t = heap_alloc(8 + 8ull * n, T_TUPLE);
    if (!t) return 0;
    HDR(t)[1] = n;
    for (uint32_t i = 0; i < n; i++) ((wobj *)(size_t)(t + 8))[i] = box_ptr(NONE_PTR);
    return t;
}

void WEXPORT(rt_tuple_set)(wtuple t, uint32_t i, wobj v) { ((wobj *)(size_t)(t + 8))[i] = v; }
wobj WEXPORT(rt_tuple_get)(wtuple t, uint32_t i) { return ((wobj *)(size_t)(t + 8))[i]; }
uint32_t WEXPORT(rt_tuple_len)(wtuple t) { return HDR(t)[1]; }

wstr WEXPORT(rt_tuple_repr)(wtuple t) {
    uint32_t n = HDR(t)[1];
    wsb sb = rt_sb_new();
    if (!sb) return 0;
    rt_sb_add_char(sb, '(');
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_add_cstr(sb, ", ");
        wstr r = rt_obj_repr(rt_tuple_get(t, i));
        if (!r) return 0;
        rt_sb_add_str(sb, r);
    }
    if (n == 1) rt_sb_add_char(sb, ',');
    rt_sb_add_char(sb, ')');
    return rt_sb_finish(sb);
}

/* Whether an index lies outside Py_ssize_t: CPython then fails before any range check. */
static int huge(wint i) { return !fits_ssize(i); }

wobj WEXPORT(rt_tuple_getitem)(wtuple t, wint i) {
    if (huge(i)) { raise_c(EXC_IndexError, "cannot fit 'int' into an index-sized integer"); return 0; }
    int64_t n = rt_tuple_len(t), k = is_small(i) ? small_val(i) : -1 - n;
    if (k < 0) k += n;
    if (k < 0 || k >= n) { raise_c(EXC_IndexError, "tuple index out of range"); return 0; }
    return rt_tuple_get(t, (uint32_t)k);
}

wtuple WEXPORT(rt_tuple_concat)(wtuple a, wtuple b) {
    uint32_t na = rt_tuple_len(a), nb = rt_tuple_len(b);
    wtuple r = rt_tuple_new(na + nb);
    if (!r) return 0;
    __builtin_memcpy((void *)(size_t)(r + 8), (void *)(size_t)(a + 8), (size_t)na * 8);
    __builtin_memcpy((void *)(size_t)(r + 8 + 8 * na), (void *)(size_t)(b + 8), (size_t)nb * 8);
    return r;
}

wtuple WEXPORT(rt_tuple_repeat)(wtuple t, wint n) {
    if (huge(n)) { raise_c(EXC_OverflowError, "cannot fit 'int' into an index-sized integer"); return 0; }
    uint32_t m = rt_tuple_len(t);
    if (rt_int_cmp(n, 0) <= 0 || m == 0) return rt_tuple_new(0);
    if (!is_small(n) || (uint64_t)small_val(n) * m > 0x0ffffffe) { rt_raise(EXC_MemoryError, 0); return 0; }
    uint32_t k = (uint32_t)small_val(n);
    wtuple r = rt_tuple_new(k * m);
    if (!r) return 0;
    for (uint32_t i = 0; i < k; i++)
        __builtin_memcpy((void *)(size_t)(r + 8 + 8 * i * m), (void *)(size_t)(t + 8), (size_t)m * 8);
    return r;
}

int slice_bounds(int64_t len, wobj wstart, wobj wstop, wobj wstep, int64_t *start, int64_t *step, int64_t *count);

wtuple WEXPORT(rt_tuple_slice)(wtuple t, wobj wstart, wobj wstop, wobj wstep) {
    int64_t start, step, n;
    if (!slice_bounds(rt_tuple_len(t), wstart, wstop, wstep, &start, &step, &n)) return 0;
    wtuple r = rt_tuple_new((uint32_t)n);
    if (!r) return 0;
    for (int64_t i = 0; i < n; i++) rt_tuple_set(r, (uint32_t)i, rt_tuple_get(t, (uint32_t)(start + i * step)));
    return r;
}

static int same(wobj a, wobj b) { return obj_same(a, b); }

uint32_t WEXPORT(rt_tuple_contains)(wtuple t, wobj v) {
    for (uint32_t i = 0; i < rt_tuple_len(t); i++) if (same(rt_tuple_get(t, i), v)) return 1;
    return 0;
}

wint WEXPORT(rt_tuple_index)(wtuple t, wobj v) {
    for (uint32_t i = 0; i < rt_tuple_len(t); i++) if (same(rt_tuple_get(t, i), v)) return mk_small(i);
    raise_c(EXC_ValueError, "tuple.index(x): x not in tuple");
    return 0;
}

wint WEXPORT(rt_tuple_count)(wtuple t, wobj v) {
    int64_t c = 0;
    for (uint32_t i = 0; i < rt_tuple_len(t); i++) c += same(rt_tuple_get(t, i), v);
    return mk_small(c);
}
