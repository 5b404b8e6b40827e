/* mathint.c: the math module's integer functions (gcd, lcm, factorial, comb, perm, isqrt), exact
 * on ints of any size through the int operations, with CPython's argument checks and messages. */
#include "rt.h"

static const wint ZERO = 0, ONE = 2; /* tagged 0 and 1 */

/* An integer argument: an int or a bool; TypeError "'float' object cannot be interpreted as an integer". */
static wint int_arg(wobj v) { return rt_obj_as_index(v); }

static int negative(wint a) { return rt_int_cmp(a, ZERO) < 0; }

static wint gcd2(wint a, wint b) {
    a = rt_int_abs(a);
    b = rt_int_abs(b);
    while (b != ZERO) {
        wint r = rt_int_mod(a, b);
        if (exc_pending()) return 0;
        a = b;
        b = r;
    }
    return a;
}

static wint lcm2(wint l, wint x) {
    if (l == ZERO || x == ZERO) return ZERO;
    wint g = gcd2(l, x);
    if (exc_pending()) return 0;
    return rt_int_abs(rt_int_mul(rt_int_floordiv(l, g), x));
}

/* gcd(*args) and lcm(*args): the arguments, each an integer, folded from init by step. */
static wint fold(wtuple args, wint init, wint (*step)(wint, wint)) {
    uint32_t n = rt_tuple_len(args);
    wint acc = init;
    for (uint32_t i = 0; i < n; i++) {
        wint x = int_arg(rt_tuple_get(args, i));
        if (exc_pending()) return 0;
        acc = step(acc, x);
        if (exc_pending()) return 0;
    }
    return acc;
}

wint WEXPORT(rt_math_gcd)(wtuple args) { return fold(args, ZERO, gcd2); }
wint WEXPORT(rt_math_lcm)(wtuple args) { return fold(args, ONE, lcm2); }

/* lo * (lo + 1) * ... * hi for 1 <= lo, by halves so that the operands grow together. */
static wint range_product(int64_t lo, int64_t hi) {
    if (lo > hi) return ONE;
    if (hi - lo < 8) {
        wint r = rt_int_from_i64(lo);
        for (int64_t i = lo + 1; i <= hi && !exc_pending(); i++) r = rt_int_mul(r, rt_int_from_i64(i));
        return r;
    }
    int64_t mid = lo + (hi - lo) / 2;
    wint a = range_product(lo, mid);
    if (exc_pending()) return 0;
    wint b = range_product(mid + 1, hi);
    if (exc_pending()) return 0;
    return rt_int_mul(a, b);
}

wint WEXPORT(rt_math_factorial)(wobj v) {
    wint n = int_arg(v);
    if (exc_pending()) return 0;
    if (negative(n)) { raise_c(EXC_ValueError, "factorial() not defined for negative values"); return 0; }
    if (!is_small(n)) { raise_c(EXC_OverflowError, "factorial() argument should not exceed 9223372036854775807"); return 0; }
    return range_product(1, small_val(n));
}

/* n and k of comb and perm: ints, non-negative (CPython's messages). 1 when k > n (result 0). */
static int comb_args(wobj vn, wobj vk, wint *n, wint *k) {
    *n = int_arg(vn);
    if (exc_pending()) return -1;
    *k = int_arg(vk);
    if (exc_pending()) return -1;
    if (negative(*n)) { raise_c(EXC_ValueError, "n must be a non-negative integer"); return -1; }
    if (negative(*k)) { raise_c(EXC_ValueError, "k must be a non-negative integer"); return -1; }
    return rt_int_cmp(*k, *n) > 0;
}

/* n (n-1) ... (n-k+1) */
static wint falling(wint n, int64_t k) {
    wint r = ONE;
    for (int64_t i = 0; i < k && !exc_pending(); i++) r = rt_int_mul(r, rt_int_sub(n, rt_int_from_i64(i)));
    return r;
}

wint WEXPORT(rt_math_comb)(wobj vn, wobj vk) {
    wint n, k;
    int c = comb_args(vn, vk, &n, &k);
    if (c < 0) return 0;
    if (c) return ZERO;
    wint other = rt_int_sub(n, k);
    if (rt_int_cmp(other, k) < 0) k = other;
    if (!is_small(k)) { raise_c(EXC_OverflowError, "min(n - k, k) must not exceed 9223372036854775807"); return 0; }
    int64_t kk = small_val(k);
    wint r = ONE;
    for (int64_t i = 0; i < kk && !exc_pending(); i++) {
        r = rt_int_mul(r, rt_int_sub(n, rt_int_from_i64(i)));
        r = rt_int_floordiv(r, rt_int_from_i64(i + 1));
    }
    return exc_pending() ? 0 : r;
}

wint WEXPORT(rt_math_perm)(wobj vn, wobj vk) {
    if (rt_obj_type(vk) == T_NONE) return rt_math_factorial(vn);
    wint n, k;
    int c = comb_args(vn, vk, &n, &k);
    if (c < 0) return 0;
    if (c) return ZERO;
    if (!is_small(k)) { raise_c(EXC_OverflowError, "k must not exceed 9223372036854775807"); return 0; }
    wint r = falling(n, small_val(k));
    return exc_pending() ? 0 : r;
}

/* Newton's iteration from above: x = (x + n // x) // 2 while it decreases. */
wint WEXPORT(rt_math_isqrt)(wobj v) {
    wint n = int_arg(v);
    if (exc_pending()) return 0;
    if (negative(n)) { raise_c(EXC_ValueError, "isqrt() argument must be nonnegative"); return 0; }
    if (n == ZERO) return ZERO;
    int64_t bits = small_val(rt_int_bit_length(n));
    wint x = rt_int_lshift(ONE, mk_small((bits + 1) / 2));
    for (;;) {
        wint y = rt_int_rshift(rt_int_add(x, rt_int_floordiv(n, x)), ONE);
        if (exc_pending()) return 0;
        if (rt_int_cmp(y, x) >= 0) return x;
        x = y;
    }
}
