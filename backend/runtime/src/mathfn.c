/* mathfn.c: the math module's transcendental functions on doubles, in double-double arithmetic
 * (dd.h, about 106 bits) rounded once at the end: correctly rounded except when the true value lies
 * within ~2^-100 of a rounding boundary. CPython calls the C library's functions; glibc's exp, log,
 * log2, sin, cos, tan, asin, acos, atan and atan2 are correctly rounded in nearly every case too,
 * so the two agree but in rare last bits. Those glibc does not round correctly (log10, log1p,
 * expm1, sinh, cosh, tanh) are libm.c's: the C library's own algorithms.
 * Every function here takes a finite argument in its domain; math.c handles the special values,
 * the domain and range errors. sin, cos and tan reduce by pi/2 given to 161 bits below 2^30, and
 * beyond by the bits of 2/pi (Payne and Hanek's reduction). */
#include "dd.h"
#include "mathfn.h"

static const dd PI = { 3.141592653589793, 1.2246467991473532e-16 };
static const dd PI_2 = { 1.5707963267948966, 6.123233995736766e-17 };
static const dd PI_4 = { 0.7853981633974483, 3.061616997868383e-17 };
/* pi/2 = P1 + P2 + P3 to 161 bits, for the reduction of sin, cos and tan. */
static const double P1 = 1.5707963267948966, P2 = 6.123233995736766e-17, P3 = -1.4973849048591698e-33;

static dd ddv(double x) { return (dd){ x, 0.0 }; }

double m_exp(double x) {
    if (x > 710.0) return __builtin_inf();
    if (x < -746.0) return 0.0;
    return dd_exp(ddv(x));
}

/* 2^x = exp(x ln 2) with x ln 2 as a double-double. */
double m_exp2(double x) {
    if (x >= 1024.0) return __builtin_inf();
    if (x < -1080.0) return 0.0;
    return dd_exp(dd_mul_d(LN2, x));
}

double m_log(double x) { return dd_log(x).hi; }
double m_log2(double x) { return dd_div(dd_log(x), LN2).hi; }

/* sin and cos of r, |r| <= pi/4 (+ a little), by their series. */
static dd sin_series(dd r) {
    dd r2 = dd_mul(r, r), term = r, sum = r;
    for (int j = 1; j < 30; j++) {
        term = dd_div(dd_mul(term, r2), ddv(-(2.0 * j) * (2.0 * j + 1)));
        sum = dd_add(sum, term);
        if (__builtin_fabs(term.hi) <= 1e-36 * __builtin_fabs(sum.hi)) break;
    }
    return sum;
}
static dd cos_series(dd r) {
    dd r2 = dd_mul(r, r), term = ddv(1.0), sum = ddv(1.0);
    for (int j = 1; j < 30; j++) {
        term = dd_div(dd_mul(term, r2), ddv(-(2.0 * j - 1) * (2.0 * j)));
        sum = dd_add(sum, term);
        if (__builtin_fabs(term.hi) <= 1e-36) break;
    }
    return sum;
}

/* 2/pi * 2^1312, rounded down, little-endian 32-bit limbs. */
static const uint32_t TWO_OVER_PI[41] = {
    0xa9e39161, 0x9af4361d, 0xf0cfbc20, 0xfc7b6bab, 0x56033046, 0x1f8d5d08,
    0x6bfb5fb1, 0x8a5292ea, 0x3d0739f7, 0xebe5f17b, 0x7527bac7, 0x9e5fea2d,
    0x4f463f66, 0x27cb09b7, 0x6d367ecf, 0x5a0a6d1f, 0xef2f118b, 0xde05980f,
    0x1ff897ff, 0xbdf9283b, 0x9c845f8b, 0x835339f4, 0x3991d639, 0xb45f7e41,
    0xe99c7026, 0x2ebb4484, 0xe88235f5, 0xb129a73e, 0xfe1deb1c, 0x09d1921c,
    0x06492eea, 0x424dd2e0, 0xb7246e3a, 0xdebbc561, 0xfe5163ab, 0x3c439041,
    0xdb629599, 0xf534ddc0, 0xfc2757d1, 0x4e441529, 0xa2f9836e
};

/* 64 bits of the little-endian magnitude p (n limbs) from bit k up (bits outside it are 0). */
static uint64_t bits64(const uint32_t *p, int32_t n, int32_t k) {
    uint64_t r = 0;
    for (int32_t i = 0; i < 64; i += 32) {
        int32_t at = k + i, limb = at >> 5, shift = at & 31;
        if (at < 0) continue;
        uint64_t lo = limb < n ? p[limb] : 0, hi = limb + 1 < n ? p[limb + 1] : 0;
        uint32_t w = (uint32_t)(((hi << 32) | lo) >> shift);
        r |= (uint64_t)w << i;
    }
    return r;
}

/* |x| >= 2^30: x 2/pi = n + f exactly enough from x's 53-bit significand times the bits of 2/pi;
 * r = f pi/2 as a double-double with f in [-1/2, 1/2], at least 130 bits after any cancellation. */
static dd reduce_large(double x, int *quadrant) {
    uint64_t b = dbits(__builtin_fabs(x));
    int32_t e = (int32_t)((b >> 52) & 0x7ff) - 1075;
    uint64_t m = (b & ((1ull << 52) - 1)) | (1ull << 52);
    uint32_t mm[2] = { (uint32_t)m, (uint32_t)(m >> 32) }, prod[43];
    int32_t n = mag_mul(mm, 2, TWO_OVER_PI, 41, prod);
    int32_t point = 1312 - e;                  /* bits of prod below the binary point */
    uint32_t q = (uint32_t)bits64(prod, n, point) & 3;
    uint64_t f[3] = { bits64(prod, n, point - 64), bits64(prod, n, point - 128), bits64(prod, n, point - 192) };
    int negative = (f[0] >> 63) != 0;
    if (negative) {                            /* f - 1: the magnitude 1 - f, quadrant one up */
        q = (q + 1) & 3;
        f[0] = ~f[0]; f[1] = ~f[1]; f[2] = ~f[2];
        if (++f[2] == 0 && ++f[1] == 0) ++f[0];
    }
    dd frac = ddv(0.0);
    for (int i = 5; i >= 0; i--) {             /* 32 bits at a time, each exact, smallest first */
        uint32_t part = (uint32_t)(f[i / 2] >> (i % 2 ? 0 : 32));
        frac = dd_add(frac, ddv(scale2((double)part, -32 * (i + 1))));
    }
    dd r = dd_mul(frac, PI_2);
    if (negative) r = dd_neg(r);
    if (x < 0) { r = dd_neg(r); q = (4 - q) & 3; }
    *quadrant = (int)q;
    return r;
}

/* x = n pi/2 + r: r as a double-double, n mod 4. */
static dd reduce(double x, int *quadrant) {
    if (__builtin_fabs(x) >= 0x1p30) return reduce_large(x, quadrant);
    double n = __builtin_nearbyint(x / P1);
    dd r = ddv(x);
    r = dd_sub(r, two_prod(n, P1));
    r = dd_sub(r, two_prod(n, P2));
    r = dd_sub(r, two_prod(n, P3));
    *quadrant = (int)((int64_t)n & 3);
    return r;
}

double m_sin(double x) {
    if (__builtin_fabs(x) < 0x1p-26) return x == 0.0 ? x : sin_series(ddv(x)).hi;
    int q;
    dd r = reduce(x, &q);
    dd v = (q & 1) ? cos_series(r) : sin_series(r);
    return (q & 2) ? -v.hi : v.hi;
}

double m_cos(double x) {
    int q;
    dd r = reduce(x, &q);
    dd v = (q & 1) ? sin_series(r) : cos_series(r);
    return (q == 1 || q == 2) ? -v.hi : v.hi;
}

double m_tan(double x) {
    if (x == 0.0) return x;
    int q;
    dd r = reduce(x, &q);
    dd s = sin_series(r), c = cos_series(r);
    return (q & 1) ? -dd_div(c, s).hi : dd_div(s, c).hi;
}

/* atan(y) for 0 <= y <= 1 as a double-double: around pi/4 above tan(pi/8), then the series. */
static dd atan_unit(dd y) {
    dd base = ddv(0.0);
    if (y.hi > 0.41421356237309503) {
        base = PI_4;
        y = dd_div(dd_sub(y, ddv(1.0)), dd_add(y, ddv(1.0)));
    }
    dd y2 = dd_mul(y, y), term = y, sum = y;
    for (int j = 1; j < 200; j++) {
        term = dd_mul(term, y2);
        dd t = dd_div(term, ddv(2.0 * j + 1.0));
        sum = (j & 1) ? dd_sub(sum, t) : dd_add(sum, t);
        if (__builtin_fabs(t.hi) <= 1e-36 * __builtin_fabs(sum.hi) || t.hi == 0.0) break;
    }
    return dd_add(base, sum);
}

/* atan(y) for y >= 0 (y may be infinite). */
static dd atan_pos(dd y) {
    if (y.hi <= 1.0) return atan_unit(y);
    if (y.hi > 0x1p100) return dd_sub(PI_2, ddv(1.0 / y.hi)); /* atan(1/y) = 1/y to far below pi/2's last bit */
    return dd_sub(PI_2, atan_unit(dd_div(ddv(1.0), y)));
}

static dd atan_dd(dd y) { return y.hi < 0 ? dd_neg(atan_pos(dd_neg(y))) : atan_pos(y); }

double m_atan(double x) {
    if (x == 0.0 || __builtin_fabs(x) < 0x1p-30) return x == 0.0 ? x : atan_dd(ddv(x)).hi;
    return atan_dd(ddv(x)).hi;
}

/* atan2 for finite y != 0 and finite x != 0 (math.c handles the rest as CPython does). */
double m_atan2(double y, double x) {
    dd q = dd_div(ddv(y), ddv(x));
    if (d_isinf(q.hi) || d_isnan(q.hi)) q = ddv(y / x);
    dd a = atan_dd(q);
    if (x > 0) return a.hi;
    return (y >= 0 ? dd_add(a, PI) : dd_sub(a, PI)).hi;
}

/* sqrt of a positive double-double, to double-double precision (one Newton step). */
static dd sqrt_dd(dd a) {
    double s = __builtin_sqrt(a.hi);
    if (s == 0.0) return ddv(0.0);
    dd e = dd_sub(a, two_prod(s, s));
    return dd_add(ddv(s), ddv(e.hi / (2.0 * s)));
}

/* asin(x) = atan(x / sqrt((1 - x)(1 + x))) for |x| <= 1. */
static dd asin_dd(double x) {
    dd c = dd_mul(two_sum(1.0, -x), two_sum(1.0, x));
    dd s = sqrt_dd(c);
    if (s.hi == 0.0) return x > 0 ? PI_2 : dd_neg(PI_2);
    return atan_dd(dd_div(ddv(x), s));
}

double m_asin(double x) { return x == 0.0 ? x : asin_dd(x).hi; }
double m_acos(double x) { return dd_sub(PI_2, asin_dd(x)).hi; }

/* sqrt(sum of squares) of n finite values, none NaN, max their largest magnitude (> 0): scaled
 * by a power of two near 1/max so that no square overflows or underflows, summed exactly enough in
 * double-double, rounded once. */
double m_norm(const double *v, uint32_t n, double max) {
    int32_t e = (int32_t)((dbits(max) >> 52) & 0x7ff);
    int32_t k = e == 0 ? -1022 : e - 1023;      /* max < 2^(k+1) */
    if (e == 0) { int32_t b = 63 - __builtin_clzll(dbits(max)); k = b - 1074; }
    dd sum = ddv(0.0);
    for (uint32_t i = 0; i < n; i++) {
        double s = scale2(v[i], -k);
        sum = dd_add(sum, two_prod(s, s));
    }
    dd r = sqrt_dd(sum);
    return scale2(r.hi, k);                    /* exact unless the result is subnormal */
}
