/* fpow.c: x ** y for finite x > 0, x != 1 (the special cases are in float.c).
 * Integer exponents: the exact power as a bignum ratio, correctly rounded.
 * Otherwise exp(y log x) in double-double arithmetic (about 100 bits), which rounds correctly
 * except when the true result lies within ~2^-90 of a rounding boundary, as libm's pow does. */
#include "rt.h"

#include "dd.h"


/* log(x) for finite x > 0: x = m 2^k with m in [sqrt(1/2), sqrt(2)), log m = 2 atanh((m-1)/(m+1)). */
dd dd_log(double x) {
    uint64_t b = dbits(x);
    int32_t k = (int32_t)((b >> 52) & 0x7ff);
    if (k == 0) { x *= 18014398509481984.0; b = dbits(x); k = (int32_t)((b >> 52) & 0x7ff) - 54; }
    k -= 1023;
    double m = bitsd((b & ((1ull << 52) - 1)) | (1023ull << 52));
    if (m > 1.4142135623730951) { m *= 0.5; k++; }
    dd s = dd_div((dd){ m - 1.0, 0.0 }, two_sum(m, 1.0));
    return dd_add(dd_mul_d(LN2, (double)k), dd_mul_d(dd_atanh_series(s), 2.0));
}

dd dd_atanh_series(dd s) {
    dd s2 = dd_mul(s, s), term = s, sum = s;
    for (int j = 1; j < 60; j++) {
        term = dd_mul(term, s2);
        dd t = dd_div(term, (dd){ 2.0 * j + 1.0, 0.0 });
        sum = dd_add(sum, t);
        if (__builtin_fabs(t.hi) < 1e-36 * __builtin_fabs(sum.hi) || t.hi == 0.0) break;
    }
    return sum;
}

double scale2(double v, int32_t k) {
    while (k > 1000) { v *= bitsd((uint64_t)(1000 + 1023) << 52); k -= 1000; }
    while (k < -1000) { v *= bitsd((uint64_t)(-1000 + 1023) << 52); k += 1000; }
    return v * bitsd((uint64_t)(k + 1023) << 52);
}

/* exp(t) = sum 2^k, sum in [0.7, 1.42], for |t| <= 746. */
dd dd_exp_parts(dd t, int32_t *kp) {
    double kd = __builtin_nearbyint(t.hi / LN2.hi);
    *kp = (int32_t)kd;
    dd r = dd_sub(t, dd_mul_d(LN2, kd));
    r.hi *= 1.0 / 1024; r.lo *= 1.0 / 1024;
    dd sum = { 1.0, 0.0 }, term = { 1.0, 0.0 };
    for (int j = 1; j < 20; j++) {
        term = dd_div(dd_mul(term, r), (dd){ (double)j, 0.0 });
        sum = dd_add(sum, term);
        if (__builtin_fabs(term.hi) < 1e-36) break;
    }
    for (int i = 0; i < 10; i++) sum = dd_mul(sum, sum);
    return sum;
}

/* exp(t) for -746 <= t <= 710, rounded from the double-double value. */
double dd_exp(dd t) {
    int32_t k;
    dd sum = dd_exp_parts(t, &k);
    int32_t e = (int32_t)((dbits(sum.hi) >> 52) & 0x7ff) - 1023;
    if (k + e >= -1022) return scale2(sum.hi, k);
    /* Subnormal result: round sum * 2^(k + 1074) to an integer by hand (one rounding only). */
    double qh = scale2(sum.hi, k + 1074), ql = scale2(sum.lo, k + 1074);
    double n = __builtin_floor(qh), frac = (qh - n) + ql;
    if (frac > 0.5 || (frac == 0.5 && ((uint64_t)n & 1))) n += 1.0;
    else if (frac < -0.5) n -= 1.0;
    return bitsd((uint64_t)n);
}

/* x^n exactly rounded for integer n: x = f 2^e, x^n = f^n 2^(e n). 0 if too costly. */
static int exact_int_pow(double x, int64_t n, double *out) {
    uint64_t b = dbits(x);
    int32_t be = (int32_t)((b >> 52) & 0x7ff);
    uint64_t f = b & ((1ull << 52) - 1);
    int32_t e;
    if (be == 0) e = -1074; else { f |= 1ull << 52; e = be - 1075; }
    int tz = __builtin_ctzll(f);
    f >>= tz; e += tz;
    uint64_t m = n < 0 ? (uint64_t)(-n) : (uint64_t)n;
    uint32_t L = 64 - (uint32_t)__builtin_clzll(f);
    if ((uint64_t)L * m > 20000) return 0;
    /* F = f^m by square and multiply. */
    uint32_t cap = (uint32_t)(((uint64_t)L * m) / 32 + 4);
    uint32_t *acc = scratch_sure(cap * 4), *base = scratch_sure(cap * 4), *tmp = scratch_sure(cap * 8);
    acc[0] = 1; int32_t na = 1;
    base[0] = (uint32_t)f; base[1] = (uint32_t)(f >> 32); int32_t nb = mag_norm(base, 2);
    uint64_t k = m;
    while (k) {
        if (k & 1) { na = mag_mul(acc, na, base, nb, tmp); __builtin_memcpy(acc, tmp, (size_t)na * 4); }
        k >>= 1;
        if (k) { nb = mag_mul(base, nb, base, nb, tmp); __builtin_memcpy(base, tmp, (size_t)nb * 4); }
    }
    int64_t shift = (int64_t)e * (int64_t)m; /* x^m = F 2^shift */
    if (n < 0) shift = -shift;               /* x^-m = 2^(-e m) / F */
    uint32_t one = 1;
    const uint32_t *A, *B;
    int32_t nA, nB;
    int ovf;
    if (shift > 4000 || shift < -4000) return 0;
    uint32_t *sh = scratch_sure((uint32_t)(cap + 130) * 4 + 520);
    if (n > 0) {
        if (shift >= 0) { nA = mag_shl(acc, na, (uint32_t)shift, sh); A = sh; B = &one; nB = 1; }
        else { A = acc; nA = na; uint32_t *p = scratch_sure(((uint32_t)(-shift) / 32 + 2) * 4); nB = mag_shl(&one, 1, (uint32_t)(-shift), p); B = p; }
    } else {
        if (shift >= 0) { uint32_t *p = scratch_sure(((uint32_t)shift / 32 + 2) * 4); nA = mag_shl(&one, 1, (uint32_t)shift, p); A = p; B = acc; nB = na; }
        else { A = &one; nA = 1; nB = mag_shl(acc, na, (uint32_t)(-shift), sh); B = sh; }
    }
    *out = mag_ratio_to_double(A, nA, B, nB, &ovf);
    return 1;
}

double pos_pow(double x, double y, int *ok) {
    *ok = 1;
    if (y == 0.5) return __builtin_sqrt(x);
    if (y == 1.0) return x;
    double ay = __builtin_fabs(y);
    if (ay >= 18446744073709551616.0) return ((x > 1.0) == (y > 0)) ? __builtin_inf() : 0.0;
    dd t = dd_mul_d(dd_log(x), y);
    if (t.hi > 710.0) return __builtin_inf();
    if (t.hi < -746.0) return 0.0;
    if (y == __builtin_floor(y)) {
        double r;
        if (exact_int_pow(x, (int64_t)y, &r)) return r;
    }
    return dd_exp(t);
}
