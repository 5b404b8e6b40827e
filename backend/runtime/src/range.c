/* range.c: range objects as values (a for loop over range() never makes one: the compiler counts).
 * Generic layout (T_RANGE, word = 4), all small tagged ints: start, stop, step, length. Bounds
 * beyond 63 bits stop the program as unsupported rather than giving a wrong answer. */
#include "rt.h"

static wobj *rs(uint32_t r) { return (wobj *)(size_t)(r + 8); }

wobj WEXPORT(rt_range_new)(wint start, wint stop, wint step) {
    if (!is_small(start) || !is_small(stop) || !is_small(step)) rt_unsupported("range() with bounds beyond 63 bits");
    int64_t a = small_val(start), b = small_val(stop), s = small_val(step);
    if (s == 0) {
        raise_c(EXC_ValueError, "range() arg 3 must not be zero");
        return 0;
    }
    /* a and b are 63-bit values: their difference fits in 64 bits. */
    int64_t n = s > 0 ? (a < b ? (b - a - 1) / s + 1 : 0) : (a > b ? (a - b - 1) / (-s) + 1 : 0);
    if (n < 0 || n > (int64_t)((1ull << 62) - 1)) rt_unsupported("range() with 2**62 items or more");
    uint32_t r = rt_alloc(8 + 8 * 4, T_RANGE);
    if (!r) return 0;
    HDR(r)[1] = 4;
    rs(r)[0] = start;
    rs(r)[1] = stop;
    rs(r)[2] = step;
    rs(r)[3] = mk_small(n);
    return box_ptr(r);
}

int64_t range_len(uint32_t r) { return small_val(rs(r)[3]); }

/* The i-th item, 0 <= i < length: it lies between start and stop, so it is small. */
wint range_item(uint32_t r, int64_t i) { return mk_small(small_val(rs(r)[0]) + i * small_val(rs(r)[2])); }

/* r[i] with a negative i from the end; IndexError "range object index out of range". */
wobj range_getitem(uint32_t r, wint i) {
    if (!is_small(i)) {
        raise_c(EXC_IndexError, "range object index out of range");
        return 0;
    }
    int64_t k = small_val(i), n = range_len(r);
    if (k < 0) k += n;
    if (k < 0 || k >= n) {
        raise_c(EXC_IndexError, "range object index out of range");
        return 0;
    }
    return range_item(r, k);
}

wstr range_repr(uint32_t r) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, "range(");
    rt_sb_add_str(sb, rt_int_to_str(rs(r)[0]));
    sb_add_cstr(sb, ", ");
    rt_sb_add_str(sb, rt_int_to_str(rs(r)[1]));
    if (small_val(rs(r)[2]) != 1) {
        sb_add_cstr(sb, ", ");
        rt_sb_add_str(sb, rt_int_to_str(rs(r)[2]));
    }
    sb_add_cstr(sb, ")");
    return rt_sb_finish(sb);
}

/* x in r: arithmetic for an int (CPython's fast path for exact ints), else a scan with ==. */
uint32_t range_contains(uint32_t r, wobj x) {
    int64_t n = range_len(r);
    if (rt_obj_type(x) == T_INT) {
        if (!is_small(x) || n == 0) return 0;
        int64_t v = small_val(x), a = small_val(rs(r)[0]), s = small_val(rs(r)[2]);
        int64_t last = a + (n - 1) * s;
        if (s > 0 ? (v < a || v > last) : (v > a || v < last)) return 0;
        return (v - a) % s == 0;
    }
    for (int64_t i = 0; i < n; i++) {
        if (rt_obj_eq(range_item(r, i), x)) return 1;
    }
    return 0;
}

/* Two ranges are equal when they hold the same items (CPython's range_equals). */
uint32_t range_eq(uint32_t a, uint32_t b) {
    if (a == b) return 1;
    int64_t n = range_len(a);
    if (n != range_len(b)) return 0;
    if (n == 0) return 1;
    if (rs(a)[0] != rs(b)[0]) return 0;
    if (n == 1) return 1;
    return rs(a)[2] == rs(b)[2];
}

/* CPython's range_hash hashes (len, start, step), with None for the start of an empty range and
 * for the step of a range of one item, so that equal ranges hash alike. */
wtuple range_hash_key(uint32_t r) {
    wtuple t = rt_tuple_new(3);
    if (!t) return 0;
    int64_t n = range_len(r);
    rt_tuple_set(t, 0, rs(r)[3]);
    rt_tuple_set(t, 1, n == 0 ? box_ptr(NONE_PTR) : rs(r)[0]);
    rt_tuple_set(t, 2, n <= 1 ? box_ptr(NONE_PTR) : rs(r)[2]);
    return t;
}

/* r.count(x): membership for an int or bool, else a count of equal items (CPython's range_count). */
wint range_count(uint32_t r, wobj x) {
    uint32_t t = rt_obj_type(x);
    if (t == T_INT || t == T_BOOL) return mk_small(range_contains(r, x));
    int64_t c = 0, n = range_len(r);
    for (int64_t i = 0; i < n; i++) {
        c += rt_obj_eq(range_item(r, i), x);
        if (exc_pending()) return 0;
    }
    return mk_small(c);
}

/* r.index(x): arithmetic for an int or bool; a scan otherwise (CPython's range_index). */
wint range_index(uint32_t r, wobj x) {
    uint32_t t = rt_obj_type(x);
    int64_t n = range_len(r);
    if (t == T_INT || t == T_BOOL) {
        if (range_contains(r, x)) {
            int64_t v = t == T_BOOL ? HDR(unbox_ptr(x))[2] : small_val(x);
            return mk_small((v - small_val(rs(r)[0])) / small_val(rs(r)[2]));
        }
        wsb sb = rt_sb_new();
        rt_sb_add_str(sb, rt_obj_repr(x));
        sb_add_cstr(sb, " is not in range");
        rt_raise(EXC_ValueError, rt_sb_finish(sb));
        return 0;
    }
    for (int64_t i = 0; i < n; i++) {
        if (rt_obj_eq(range_item(r, i), x)) return mk_small(i);
        if (exc_pending()) return 0;
    }
    raise_c(EXC_ValueError, "sequence.index(x): x not in sequence");
    return 0;
}

/* a * b + c when every value stays within the small ints (62 bits of magnitude); 0 otherwise. */
static int small_muladd(int64_t a, int64_t b, int64_t c, int64_t *out) {
    const uint64_t lim = (1ull << 62) - 1;
    uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a, ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    if (ua != 0 && ub > lim / ua) return 0;
    int64_t v = (int64_t)(ua * ub);
    if ((a < 0) != (b < 0)) v = -v;
    v += c; /* both below 2^62 in magnitude: no overflow */
    if (v > (int64_t)lim || v < -(int64_t)lim) return 0;
    *out = v;
    return 1;
}

/* r[a:b:c] is a range again (CPython's compute_slice): the slice's indices, adjusted to the length,
 * mapped through start + i * step. */
wobj range_getslice(uint32_t r, wobj wstart, wobj wstop, wobj wstep) {
    int64_t i0, i1, k, n;
    if (!slice_bounds_stop(range_len(r), wstart, wstop, wstep, &i0, &i1, &k, &n)) return 0;
    int64_t a = small_val(rs(r)[0]), s = small_val(rs(r)[2]), start, stop, step;
    if (!small_muladd(i0, s, a, &start) || !small_muladd(i1, s, a, &stop) || !small_muladd(k, s, 0, &step))
        rt_unsupported("range() with bounds beyond 63 bits");
    return rt_range_new(mk_small(start), mk_small(stop), mk_small(step));
}

/* reversed(r): range(last, start - step, -step) (CPython's range_reverse). */
wobj range_reversed(uint32_t r) {
    int64_t n = range_len(r), a = small_val(rs(r)[0]), s = small_val(rs(r)[2]), last, stop, step;
    if (!small_muladd(n - 1, s, a, &last) || !small_muladd(-1, s, a, &stop) || !small_muladd(-1, s, 0, &step))
        rt_unsupported("range() with bounds beyond 63 bits");
    return rt_range_new(mk_small(n == 0 ? a : last), mk_small(n == 0 ? a : stop), mk_small(step));
}
