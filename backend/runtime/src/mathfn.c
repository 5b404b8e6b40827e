/* mathfn.c: the math module's transcendental functions on doubles, in double-double arithmetic
 * (dd.h, about 106 bits) rounded once at the end: correctly rounded except when the true value lies
 * within ~2^-100 of a rounding boundary. CPython calls the C library's functions (glibc's are
 * correctly rounded in nearly every case too), so the two agree but in such rare last bits.
 * Every function here takes a finite argument in its domain; math.c handles the special values,
 * the domain and range errors. sin, cos and tan reduce by pi/2 given to 161 bits, enough for
 * |x| < 2^30; math.c stops the program (RT_EXIT_UNSUPPORTED) beyond. */
#include "dd.h"
#include "mathfn.h"

static const dd PI = { 3.141592653589793, 1.2246467991473532e-16 };
static const dd PI_2 = { 1.5707963267948966, 6.123233995736766e-17 };
static const dd PI_4 = { 0.7853981633974483, 3.061616997868383e-17 };
static const dd LN10 = { 2.302585092994046, -2.1707562233822494e-16 };
/* pi/2 = P1 + P2 + P3 to 161 bits, for the reduction of sin, cos and tan. */
static const double P1 = 1.5707963267948966, P2 = 6.123233995736766e-17, P3 = -1.4973849048591698e-33;

static dd ddv(double x) { return (dd){ x, 0.0 }; }

/* exp(t) as a double-double, for |t| <= 709 (no overflow, no subnormal). */
static dd exp_dd(dd t) {
    int32_t k;
    dd s = dd_exp_parts(t, &k);
    return (dd){ scale2(s.hi, k), scale2(s.lo, k) };
}

/* exp(x) - 1 as a double-double for |x| <= 709: a series where cancellation would lose bits. */
static dd expm1_dd(double x) {
    if (__builtin_fabs(x) >= 0.5) return dd_sub(exp_dd(ddv(x)), ddv(1.0));
    dd sum = ddv(x), term = ddv(x);
    for (int j = 2; j < 40; j++) {
        term = dd_div(dd_mul_d(term, x), ddv((double)j));
        sum = dd_add(sum, term);
        if (__builtin_fabs(term.hi) <= 1e-36 * __builtin_fabs(sum.hi)) break;
    }
    return sum;
}

double m_exp(double x) {
    if (x > 710.0) return __builtin_inf();
    if (x < -746.0) return 0.0;
    return dd_exp(ddv(x));
}

double m_expm1(double x) {
    if (x > 710.0) return __builtin_inf();
    if (x < -40.0) return -1.0;
    if (x > 709.0) return dd_exp(ddv(x));
    return expm1_dd(x).hi;
}

double m_log(double x) { return dd_log(x).hi; }
double m_log2(double x) { return dd_div(dd_log(x), LN2).hi; }
double m_log10(double x) { return dd_div(dd_log(x), LN10).hi; }

/* log(1 + x) for x > -1: 2 atanh(x / (2 + x)) near 0, else log of 1 + x held exactly as a double-double. */
double m_log1p(double x) {
    if (__builtin_fabs(x) < 0.25) {
        dd s = dd_div(ddv(x), two_sum(2.0, x));
        return dd_mul_d(dd_atanh_series(s), 2.0).hi;
    }
    dd u = two_sum(1.0, x);
    return dd_add(dd_log(u.hi), ddv(u.lo / u.hi)).hi;
}

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

/* x = n pi/2 + r: r as a double-double, n mod 4. */
static dd reduce(double x, int *quadrant) {
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
    if (d_isinf(y.hi)) return PI_2;
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

/* Hyperbolic functions of finite x: math.c turns an infinite result into OverflowError. */
double m_sinh(double x) {
    double a = __builtin_fabs(x);
    if (a == 0.0) return x;
    dd r;
    if (a < 0.5) {
        r = expm1_dd(a);                       /* sinh a = (e - 1/e)/2 with e - 1 kept exactly */
        r = dd_mul_d(dd_add(r, dd_div(r, dd_add(r, ddv(1.0)))), 0.5);
    } else if (a > 25.0) {
        if (a > 711.0) return x > 0 ? __builtin_inf() : -__builtin_inf();
        r = ddv(dd_exp(dd_sub(ddv(a), LN2)));  /* e/2; 1/e is below the last bit */
    } else {
        dd e = exp_dd(ddv(a));
        r = dd_mul_d(dd_sub(e, dd_div(ddv(1.0), e)), 0.5);
    }
    return x > 0 ? r.hi : -r.hi;
}

double m_cosh(double x) {
    double a = __builtin_fabs(x);
    if (a > 25.0) return a > 711.0 ? __builtin_inf() : dd_exp(dd_sub(ddv(a), LN2));
    dd e = exp_dd(ddv(a));
    return dd_mul_d(dd_add(e, dd_div(ddv(1.0), e)), 0.5).hi;
}

double m_tanh(double x) {
    double a = __builtin_fabs(x);
    if (a == 0.0) return x;
    if (a > 22.0) return x > 0 ? 1.0 : -1.0;
    dd t = expm1_dd(2.0 * a);                  /* tanh a = t / (t + 2), t = e^2a - 1 */
    double r = dd_div(t, dd_add(t, ddv(2.0))).hi;
    return x > 0 ? r : -r;
}

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
