/* int.c: Python int semantics over tagged i64 values (ABI.md): small fast paths first, then the
 * sign-magnitude bigint path of bigint.c. Floor division, two's complement bitwise operators and
 * CPython's messages. */
#include "rt.h"

big big_view(wint v, uint32_t tmp[2]) {
    big r;
    if (is_small(v)) {
        int64_t x = small_val(v);
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        tmp[0] = (uint32_t)u; tmp[1] = (uint32_t)(u >> 32);
        r.d = tmp; r.n = mag_norm(tmp, 2); r.neg = x < 0;
    } else {
        uint32_t p = big_ptr(v), w = obj_word(p);
        r.d = HDR(p) + 2; r.n = (int32_t)(w & 0x7fffffffu); r.neg = (int32_t)(w >> 31);
    }
    return r;
}

wint big_make(const uint32_t *d, int32_t n, int32_t neg) {
    n = mag_norm(d, n);
    if (n <= 2) {
        uint64_t u = (uint64_t)(n > 0 ? d[0] : 0) | ((uint64_t)(n > 1 ? d[1] : 0) << 32);
        if (u <= (uint64_t)SMALL_MAX) return mk_small(neg ? -(int64_t)u : (int64_t)u);
        if (neg && u == (uint64_t)SMALL_MAX + 1) return mk_small(SMALL_MIN);
    }
    uint32_t p = heap_alloc(8 + 4ull * (uint32_t)n, T_INT);
    if (p == 0) return 0;
    HDR(p)[1] = (uint32_t)n | (neg ? 0x80000000u : 0);
    __builtin_memcpy(HDR(p) + 2, d, (size_t)n * 4);
    return (wint)p | 1;
}

/* Py_ssize_t is asymmetric: -2**63 fits although its magnitude needs 64 bits. */
int fits_ssize(wint v) {
    if (is_small(v)) return 1;
    uint32_t tmp[2];
    big x = big_view(v, tmp);
    uint32_t bits = mag_bitlen(x.d, x.n);
    return bits <= 63 || (x.neg && bits == 64 && x.d[0] == 0 && x.d[1] == 0x80000000u);
}

wint WEXPORT(rt_int_from_i64)(int64_t v) {
    if (fits_small(v)) return mk_small(v);
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    uint32_t t[2] = { (uint32_t)u, (uint32_t)(u >> 32) };
    return big_make(t, 2, v < 0);
}

int64_t WEXPORT(rt_int_to_i64)(wint a) {
    if (is_small(a)) return small_val(a);
    uint32_t tmp[2];
    big x = big_view(a, tmp);
    if (x.n <= 2) {
        uint64_t u = (uint64_t)x.d[0] | ((uint64_t)(x.n > 1 ? x.d[1] : 0) << 32);
        if (!x.neg && u <= 0x7fffffffffffffffull) return (int64_t)u;
        if (x.neg && u <= 0x8000000000000000ull) return (int64_t)(0 - u);
    }
    raise_c(EXC_OverflowError, "Python int too large to convert to C long");
    return 0;
}

/* Signed addition of two sign-magnitude numbers (b's sign flipped when `sub`). */
static wint big_addsub(wint a, wint b, int sub) {
    uint32_t ta[2], tb[2];
    big x = big_view(a, ta), y = big_view(b, tb);
    if (sub) y.neg = !y.neg;
    int32_t cap = (x.n > y.n ? x.n : y.n) + 1;
    uint32_t *out = scratch((uint64_t)cap * 4);
    if (!out) return 0;
    if (x.neg == y.neg) {
        int32_t n = mag_add(x.d, x.n, y.d, y.n, out);
        return big_make(out, n, x.neg);
    }
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    if (c == 0) return 0;
    if (c > 0) return big_make(out, mag_sub(x.d, x.n, y.d, y.n, out), x.neg);
    return big_make(out, mag_sub(y.d, y.n, x.d, x.n, out), y.neg);
}

wint WEXPORT(rt_int_add)(wint a, wint b) {
    if (is_small(a) && is_small(b)) return rt_int_from_i64(small_val(a) + small_val(b));
    return big_addsub(a, b, 0);
}

wint WEXPORT(rt_int_sub)(wint a, wint b) {
    if (is_small(a) && is_small(b)) return rt_int_from_i64(small_val(a) - small_val(b));
    return big_addsub(a, b, 1);
}

/* The number of zero limbs below the lowest nonzero one of a nonzero x, read 64 bits at a time
 * (limbs start 8-byte aligned and blocks end on 8 bytes, so the last word read is x's). */
int32_t zero_limbs(big x) {
    if (((size_t)x.d & 7) != 0) { int32_t t = 0; while (x.d[t] == 0) t++; return t; }
    const uint64_t *w = (const uint64_t *)x.d;
    int32_t i = 0;
    while (w[i] == 0) i++;
    return 2 * i + ((uint32_t)w[i] == 0);
}

wint WEXPORT(rt_int_mul)(wint a, wint b) {
    if (is_small(a) && is_small(b)) {
        /* No 128-bit multiply on wasm32 (no compiler-rt): products that surely fit in 63 bits
         * take the fast path, the others the limb path. */
        int64_t x = small_val(a), y = small_val(b);
        uint64_t ux = x < 0 ? -(uint64_t)x : (uint64_t)x, uy = y < 0 ? -(uint64_t)y : (uint64_t)y;
        if ((ux < 0x100000000ull && uy < 0x40000000ull) || (uy < 0x100000000ull && ux < 0x40000000ull))
            return mk_small(x * y);
    }
    uint32_t ta[2], tb[2];
    big x = big_view(a, ta), y = big_view(b, tb);
    if (x.n == 0 || y.n == 0) return 0;
    /* Zero low limbs are set aside (x = x' B^tx): a power of two multiplies as one limb. */
    int32_t tx = zero_limbs(x), ty = y.d == x.d ? tx : zero_limbs(y);
    /* The product and Karatsuba's workspace in one block: running out of memory is then a
     * MemoryError the program can handle, before any work. */
    uint64_t limbs = (uint64_t)x.n + (uint64_t)y.n;
    uint32_t *out = scratch((limbs + mul_workspace(x.n - tx, y.n - ty)) * 4);
    if (!out) return 0;
    __builtin_memset(out, 0, (size_t)(tx + ty) * 4);
    int32_t n = mag_mul_in(x.d + tx, x.n - tx, y.d + ty, y.n - ty, out + tx + ty, out + limbs);
    return big_make(out, n + tx + ty, x.neg != y.neg);
}

/* Floor division and modulo together; q or r may be null. Returns 0 on division by zero. */
/* k when the magnitude is 2^k, else -1. */
static int64_t pow2_exponent(big y) {
    for (int32_t i = 0; i < y.n - 1; i++) if (y.d[i]) return -1;
    uint32_t top = y.d[y.n - 1];
    if (top & (top - 1)) return -1;
    return (int64_t)(y.n - 1) * 32 + (31 - __builtin_clz(top));
}

/* a // 2^k and a % 2^k: a floor shift, and the low k bits of a in two's complement. */
static void pow2_divmod(wint a, big x, big y, int64_t k, wint *q, wint *r) {
    if (q) *q = rt_int_rshift(a, mk_small(k));
    if (!r) return;
    int32_t n = (int32_t)(k / 32) + 1;
    if (n > x.n) n = x.n;
    uint32_t *m = scratch(((uint64_t)y.n + 1) * 4);
    if (!m) { *r = 0; return; }
    for (int32_t i = 0; i < n; i++) m[i] = x.d[i];
    if (n == (int32_t)(k / 32) + 1) m[n - 1] &= (1u << (k % 32)) - 1;
    n = mag_norm(m, n);
    /* For negative a the remainder is 2^k - (|a| mod 2^k), unless that is zero. */
    if (x.neg && n > 0) n = mag_sub(y.d, y.n, m, n, m);
    *r = big_make(m, n, 0);
}

static int big_divmod(wint a, wint b, wint *q, wint *r) {
    uint32_t ta[2], tb[2];
    big x = big_view(a, ta), y = big_view(b, tb);
    if (y.n == 0) return 0;
    if (!y.neg) {
        int64_t k = pow2_exponent(y);
        if (k >= 0) { pow2_divmod(a, x, y, k, q, r); return 1; }
    }
    uint32_t *qd = scratch(((uint64_t)x.n + 1) * 4), *rd = scratch(((uint64_t)y.n + 1) * 4);
    if (!qd || !rd) { if (q) *q = 0; if (r) *r = 0; return 1; } /* MemoryError pending */
    int32_t nq = 0, nr = 0;
    mag_divmod(x.d, x.n, y.d, y.n, qd, &nq, rd, &nr);
    int qneg = x.neg != y.neg;
    if (qneg && nr > 0) {
        /* Truncation rounded toward zero: floor needs q - 1 (|q| + 1) and r = r' + b (|b| - |r'|). */
        uint32_t one = 1;
        nq = mag_add(qd, nq, &one, 1, qd);
        nr = mag_sub(y.d, y.n, rd, nr, rd);
    }
    if (q) *q = big_make(qd, nq, qneg);
    if (r) *r = big_make(rd, nr, y.neg);
    return 1;
}

static int64_t floordiv64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}
static int64_t mod64(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

wint WEXPORT(rt_int_floordiv)(wint a, wint b) {
    if (is_small(a) && is_small(b) && b != 0) return rt_int_from_i64(floordiv64(small_val(a), small_val(b)));
    wint q;
    if (!big_divmod(a, b, &q, 0)) { raise_c(EXC_ZeroDivisionError, "integer division or modulo by zero"); return 0; }
    return q;
}

wint WEXPORT(rt_int_mod)(wint a, wint b) {
    if (is_small(a) && is_small(b) && b != 0) return mk_small(mod64(small_val(a), small_val(b)));
    wint r;
    if (!big_divmod(a, b, 0, &r)) { raise_c(EXC_ZeroDivisionError, "integer modulo by zero"); return 0; }
    return r;
}

wtuple WEXPORT(rt_int_divmod)(wint a, wint b) {
    wint q, r;
    if (is_small(a) && is_small(b) && b != 0) {
        q = rt_int_from_i64(floordiv64(small_val(a), small_val(b)));
        r = mk_small(mod64(small_val(a), small_val(b)));
    } else if (!big_divmod(a, b, &q, &r)) {
        raise_c(EXC_ZeroDivisionError, "integer division or modulo by zero");
        return 0;
    }
    wtuple t = rt_tuple_new(2);
    if (!t) return 0;
    rt_tuple_set(t, 0, q);
    rt_tuple_set(t, 1, r);
    return t;
}

double WEXPORT(rt_int_truediv)(wint a, wint b) {
    if (b == 0) { raise_c(EXC_ZeroDivisionError, "division by zero"); return 0.0; }
    const int64_t lim = 1LL << 53;
    if (is_small(a) && is_small(b)) {
        int64_t x = small_val(a), y = small_val(b);
        /* Both exact as doubles: IEEE division is then correctly rounded. */
        if (x <= lim && x >= -lim && y <= lim && y >= -lim) return (double)x / (double)y;
    }
    uint32_t ta[2], tb[2];
    big x = big_view(a, ta), y = big_view(b, tb);
    int ovf;
    double r = mag_ratio_to_double(x.d, x.n, y.d, y.n, &ovf);
    if (ovf) { raise_c(EXC_OverflowError, "integer division result too large for a float"); return 0.0; }
    return x.neg != y.neg ? -r : r;
}

double WEXPORT(rt_int_to_float)(wint a) {
    if (is_small(a)) return (double)small_val(a); /* f64.convert_i64_s rounds half-even */
    uint32_t t[2];
    big x = big_view(a, t);
    int ovf;
    double r = mag_to_double(x.d, x.n, &ovf);
    if (ovf) { raise_c(EXC_OverflowError, "int too large to convert to float"); return 0.0; }
    return x.neg ? -r : r;
}

wint WEXPORT(rt_float_to_int)(double x) {
    if (d_isnan(x)) { raise_c(EXC_ValueError, "cannot convert float NaN to integer"); return 0; }
    if (d_isinf(x)) { raise_c(EXC_OverflowError, "cannot convert float infinity to integer"); return 0; }
    if (x > -4.0e18 && x < 4.0e18) return mk_small((int64_t)x); /* truncates toward zero */
    uint64_t bits = dbits(x);
    int32_t e = (int32_t)((bits >> 52) & 0x7ff) - 1075;
    uint64_t m = (bits & ((1ull << 52) - 1)) | (1ull << 52);
    /* |x| >= 4e18 > 2^53, so e > 0 and the value is the integer m << e. */
    uint32_t t[2] = { (uint32_t)m, (uint32_t)(m >> 32) };
    uint32_t *out = scratch((uint64_t)(e / 32 + 4) * 4);
    if (!out) return 0;
    int32_t n = mag_shl(t, 2, (uint32_t)e, out);
    return big_make(out, n, x < 0);
}

wint WEXPORT(rt_int_neg)(wint a) {
    if (is_small(a)) return rt_int_from_i64(-small_val(a));
    uint32_t t[2];
    big x = big_view(a, t);
    return big_make(x.d, x.n, !x.neg);
}

wint WEXPORT(rt_int_abs)(wint a) {
    if (is_small(a)) return rt_int_from_i64(small_val(a) < 0 ? -small_val(a) : small_val(a));
    uint32_t t[2];
    big x = big_view(a, t);
    return x.neg ? big_make(x.d, x.n, 0) : a;
}

wint WEXPORT(rt_int_invert)(wint a) {
    if (is_small(a)) return mk_small(~small_val(a)); /* ~x = -x - 1 stays in range */
    return rt_int_sub(rt_int_neg(a), mk_small(1));
}

int32_t WEXPORT(rt_int_cmp)(wint a, wint b) {
    if (is_small(a) && is_small(b)) return a < b ? -1 : a > b;
    uint32_t ta[2], tb[2];
    big x = big_view(a, ta), y = big_view(b, tb);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

uint32_t WEXPORT(rt_int_eq)(wint a, wint b) {
    if (is_small(a) || is_small(b)) return a == b; /* canonical form: a bigint never equals a small */
    return rt_int_cmp(a, b) == 0;
}

wint WEXPORT(rt_int_bit_length)(wint a) {
    if (is_small(a)) {
        int64_t x = small_val(a);
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        return mk_small(u ? 64 - __builtin_clzll(u) : 0);
    }
    uint32_t t[2];
    big x = big_view(a, t);
    return mk_small((int64_t)mag_bitlen(x.d, x.n));
}

/* The number of one bits in |a|. */
wint WEXPORT(rt_int_bit_count)(wint a) {
    if (is_small(a)) {
        int64_t x = small_val(a);
        return mk_small(__builtin_popcountll(x < 0 ? -(uint64_t)x : (uint64_t)x));
    }
    uint32_t t[2];
    big x = big_view(a, t);
    int64_t c = 0;
    for (int32_t i = 0; i < x.n; i++) c += __builtin_popcount(x.d[i]);
    return mk_small(c);
}

/* Two's complement limbs (n limbs, sign-extended) of a sign-magnitude number. */
static void to_twos(big x, uint32_t *out, int32_t n) {
    for (int32_t i = 0; i < n; i++) out[i] = i < x.n ? x.d[i] : 0;
    if (x.neg) {
        uint64_t c = 1;
        for (int32_t i = 0; i < n; i++) { c += (uint32_t)~out[i]; out[i] = (uint32_t)c; c >>= 32; }
    }
}

static wint from_twos(uint32_t *d, int32_t n) {
    int neg = (d[n - 1] >> 31) != 0;
    if (neg) {
        uint64_t c = 1;
        for (int32_t i = 0; i < n; i++) { c += (uint32_t)~d[i]; d[i] = (uint32_t)c; c >>= 32; }
    }
    return big_make(d, n, neg);
}

static wint big_bitop(wint a, wint b, int op) {
    uint32_t ta[2], tb[2];
    big x = big_view(a, ta), y = big_view(b, tb);
    int32_t n = (x.n > y.n ? x.n : y.n) + 1;
    uint32_t *p = scratch((uint64_t)n * 4), *q = scratch((uint64_t)n * 4);
    if (!p || !q) return 0;
    to_twos(x, p, n);
    to_twos(y, q, n);
    for (int32_t i = 0; i < n; i++)
        p[i] = op == 0 ? (p[i] & q[i]) : op == 1 ? (p[i] | q[i]) : (p[i] ^ q[i]);
    return from_twos(p, n);
}

/* On tagged small ints the operators work on the tagged form directly: (x<<1) op (y<<1). */
wint WEXPORT(rt_int_and)(wint a, wint b) { return is_small(a) && is_small(b) ? (a & b) : big_bitop(a, b, 0); }
wint WEXPORT(rt_int_or)(wint a, wint b) { return is_small(a) && is_small(b) ? (a | b) : big_bitop(a, b, 1); }
wint WEXPORT(rt_int_xor)(wint a, wint b) { return is_small(a) && is_small(b) ? (a ^ b) : big_bitop(a, b, 2); }

static int shift_count(wint b, uint64_t *count) {
    if (rt_int_cmp(b, 0) < 0) { raise_c(EXC_ValueError, "negative shift count"); return 0; }
    if (!is_small(b)) { *count = ~0ull; return 1; }
    *count = (uint64_t)small_val(b);
    return 1;
}

/* Whether a << b (a nonzero, b >= 0) can be built; raises otherwise. CPython's rule
 * (long_lshift): the result has |a|'s 30-bit digits plus b // 30 (clipped to 2**61 - 1) plus one
 * for b % 30; more than MAX_LONG_DIGITS (2**61 - 7) is an OverflowError, a size no allocation
 * can hold a MemoryError. */
static int lshift_fits(big x, wint b) {
    uint64_t digits = ((uint64_t)mag_bitlen(x.d, x.n) + 29) / 30, words;
    uint32_t rem;
    if (is_small(b)) {
        words = (uint64_t)small_val(b) / 30;
        rem = (uint32_t)((uint64_t)small_val(b) % 30);
    } else {
        uint32_t tb[2], q[4] = {0, 0, 0, 0};
        big y = big_view(b, tb);
        int clipped = y.n > 4;
        if (!clipped) {
            rem = mag_divmod_small(y.d, y.n, 30, q);
            clipped = q[2] != 0 || q[3] != 0;
            words = (uint64_t)q[0] | ((uint64_t)q[1] << 32);
        }
        if (clipped || words >= (1ull << 61) - 1) { words = (1ull << 61) - 1; rem = 0; }
    }
    if (digits + words + (rem != 0) > (1ull << 61) - 7) {
        raise_c(EXC_OverflowError, "too many digits in integer");
        return 0;
    }
    /* In bits: under 2**35 (4 GiB), and then in limbs, what rt_alloc can be asked for. */
    if (!is_small(b) || (uint64_t)small_val(b) + mag_bitlen(x.d, x.n) >= (1ull << 35)) {
        rt_raise(EXC_MemoryError, 0);
        return 0;
    }
    return 1;
}

wint WEXPORT(rt_int_lshift)(wint a, wint b) {
    uint64_t s;
    if (!shift_count(b, &s)) return 0;
    if (a == 0) return 0;
    if (is_small(a) && s < 62) {
        int64_t x = small_val(a);
        uint64_t ux = x < 0 ? -(uint64_t)x : (uint64_t)x;
        if ((ux >> (62 - s)) == 0) return mk_small(x * (int64_t)(1ull << s));
    }
    uint32_t t[2];
    big x = big_view(a, t);
    if (!lshift_fits(x, b)) return 0;
    uint32_t *out = scratch(((uint64_t)x.n + s / 32 + 2) * 4);
    if (!out) return 0;
    int32_t n = mag_shl(x.d, x.n, (uint32_t)s, out);
    return big_make(out, n, x.neg);
}

wint WEXPORT(rt_int_rshift)(wint a, wint b) {
    uint64_t s;
    if (!shift_count(b, &s)) return 0;
    if (is_small(a)) return mk_small(small_val(a) >> (s > 63 ? 63 : s));
    uint32_t t[2];
    big x = big_view(a, t);
    if (s >= (uint64_t)x.n * 32) return x.neg ? mk_small(-1) : 0;
    uint32_t *out = scratch(((uint64_t)x.n + 1) * 4);
    if (!out) return 0;
    if (!x.neg) return big_make(out, mag_shr(x.d, x.n, (uint32_t)s, out), 0);
    /* Floor for negatives: -((|x| - 1) >> s) - 1. */
    uint32_t one = 1;
    int32_t n = mag_sub(x.d, x.n, &one, 1, out);
    n = mag_shr(out, n, (uint32_t)s, out);
    n = mag_add(out, n, &one, 1, out);
    return big_make(out, n, 1);
}

wobj WEXPORT(rt_int_pow)(wint a, wint b) {
    if (rt_int_cmp(b, 0) < 0) {
        double x = rt_int_to_float(a);
        if (exc_pending()) return 0;
        double y = rt_int_to_float(b);
        if (exc_pending()) return 0;
        double r = rt_float_pow(x, y);
        if (exc_pending()) return 0;
        return rt_box_float(r);
    }
    /* Trivial bases first so that huge exponents of 0, 1, -1 answer at once. */
    if (a == 0) return b == 0 ? mk_small(1) : 0;
    if (a == mk_small(1)) return a;
    if (a == mk_small(-1)) return (rt_int_and(b, mk_small(1)) == 0) ? mk_small(1) : a;
    if (!is_small(b)) { rt_raise(EXC_MemoryError, 0); return 0; }
    uint64_t e = (uint64_t)small_val(b);
    /* (+-2**k) ** e is a shift: one allocation instead of a chain of squarings, each a copy. */
    if (is_small(a)) {
        int64_t v = small_val(a);
        uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
        if ((m & (m - 1)) == 0) {
            uint64_t k = (uint64_t)__builtin_ctzll(m);
            if (e >= (1ull << 35) / k) { rt_raise(EXC_MemoryError, 0); return 0; } /* 4 GiB or more */
            wint r = rt_int_lshift(mk_small(1), mk_small((int64_t)(k * e)));
            return (v < 0 && (e & 1) && !exc_pending()) ? rt_int_neg(r) : r;
        }
    }
    wint result = mk_small(1), base = a;
    while (1) {
        /* The first factor is taken as it is: 1 * base would copy the largest value once more. */
        if (e & 1) { result = result == mk_small(1) ? base : rt_int_mul(result, base); if (exc_pending()) return 0; }
        e >>= 1;
        if (!e) break;
        base = rt_int_mul(base, base);
        if (exc_pending()) return 0;
    }
    return result;
}

/* Modular inverse of a modulo m (m > 1) by the extended Euclidean algorithm; 0 if none. */
static int mod_inverse(wint a, wint m, wint *inv) {
    wint r0 = m, r1 = rt_int_mod(a, m), s0 = 0, s1 = mk_small(1);
    while (r1 != 0) {
        wint q = rt_int_floordiv(r0, r1);
        wint r2 = rt_int_sub(r0, rt_int_mul(q, r1));
        wint s2 = rt_int_sub(s0, rt_int_mul(q, s1));
        r0 = r1; r1 = r2; s0 = s1; s1 = s2;
        if (exc_pending()) return 0;
    }
    if (r0 != mk_small(1)) return 0;
    *inv = rt_int_mod(s0, m);
    return 1;
}

wint WEXPORT(rt_int_powmod)(wint a, wint b, wint m) {
    if (m == 0) { raise_c(EXC_ValueError, "pow() 3rd argument cannot be 0"); return 0; }
    int mneg = rt_int_cmp(m, 0) < 0;
    wint mm = mneg ? rt_int_neg(m) : m;
    if (rt_int_cmp(b, 0) < 0) {
        wint inv;
        if (mm == mk_small(1)) return 0;
        if (!mod_inverse(a, mm, &inv)) {
            if (!exc_pending()) raise_c(EXC_ValueError, "base is not invertible for the given modulus");
            return 0;
        }
        a = inv;
        b = rt_int_neg(b);
    }
    wint base = rt_int_mod(a, mm), result = rt_int_mod(mk_small(1), mm);
    uint32_t tb[2];
    big e = big_view(b, tb);
    uint32_t bits = mag_bitlen(e.d, e.n);
    for (uint32_t i = 0; i < bits; i++) {
        if ((e.d[i / 32] >> (i % 32)) & 1) result = rt_int_mod(rt_int_mul(result, base), mm);
        if (i + 1 < bits) base = rt_int_mod(rt_int_mul(base, base), mm);
        if (exc_pending()) return 0;
    }
    /* Python's result takes the sign of the modulus. */
    if (mneg && result != 0) result = rt_int_add(result, m);
    return result;
}
