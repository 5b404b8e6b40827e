/* libm.c: the math functions whose CPython results are not correctly rounded, computed by the
 * algorithms of the C library CPython calls (Sun's fdlibm as glibc carries it, with Shimizu's
 * reordered polynomials): log10, log1p, expm1 and, on top of expm1 and exp, sinh, cosh and tanh.
 * Each step is the same double operation in the same order, so the result is the C library's bit
 * for bit, where a correctly rounded result would differ in the last bit for several percent of
 * the arguments. Arguments are finite and in the function's domain (math.c checks). */
#include "rt.h"
#include "mathfn.h"

static uint32_t high_word(double x) { return (uint32_t)(dbits(x) >> 32); }
static double with_high_word(double x, uint32_t hi) { return bitsd(((uint64_t)hi << 32) | (dbits(x) & 0xffffffffu)); }

static const double LN2_HI = 6.93147180369123816490e-01; /* 0x3fe62e42 fee00000: k * LN2_HI exact */
static const double LN2_LO = 1.90821492927058770002e-10;

/* log10(x) = n log10(2)_hi + (n log10(2)_lo + log(x 2^-n) / ln 10), n the exponent (one more below 1). */
double m_log10(double x) {
    int32_t k = 0;
    if (high_word(x) < 0x00100000) { k = -54; x *= 0x1p54; }
    uint32_t hx = high_word(x);
    k += (int32_t)(hx >> 20) - 1023;
    int32_t i = k < 0;
    x = with_high_word(x, (hx & 0x000fffff) | ((uint32_t)(0x3ff - i) << 20));
    double y = (double)(k + i);
    double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * m_log(x);
    return z + y * 3.01029995663611771306e-01;
}

/* log1p: 1 + x = 2^k (1 + f) with a correction c for the rounding of 1 + x, then
 * log(1 + f) = f - (f^2/2 - s (f^2/2 + R(s^2))), s = f / (2 + f), R a degree-14 polynomial. */
double m_log1p(double x) {
    static const double LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01,
        LP3 = 2.857142874366239149e-01, LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01,
        LP6 = 1.531383769920937332e-01, LP7 = 1.479819860511658591e-01;
    int32_t hx = (int32_t)high_word(x), ax = hx & 0x7fffffff, k = 1, hu = 0;
    double f = 0.0, c = 0.0;
    if (hx < 0x3FDA827A) {
        if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
        if (hx > 0 || hx <= (int32_t)0xbfd2bec3) { k = 0; f = x; hu = 1; }
    }
    if (k != 0) {
        double u;
        if (hx < 0x43400000) {
            u = 1.0 + x;
            hu = (int32_t)high_word(u);
            k = (hu >> 20) - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            hu = (int32_t)high_word(u);
            k = (hu >> 20) - 1023;
            c = 0;
        }
        hu &= 0x000fffff;
        if (hu < 0x6a09e) {
            u = with_high_word(u, (uint32_t)hu | 0x3ff00000);
        } else {
            k += 1;
            u = with_high_word(u, (uint32_t)hu | 0x3fe00000);
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    if (hu == 0) {
        if (f == 0.0) return k == 0 ? 0.0 : k * LN2_HI + (c + k * LN2_LO);
        double R = hfsq * (1.0 - 0.66666666666666666 * f);
        return k == 0 ? f - R : k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f), z = s * s;
    double R1 = z * LP1, z2 = z * z, R2 = LP2 + z * LP3, z4 = z2 * z2, R3 = LP4 + z * LP5, z6 = z4 * z2, R4 = LP6 + z * LP7;
    double R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
}

/* expm1: x = k ln2 + r (+ a correction c), expm1(r) by a rational form around a degree-5
 * polynomial, then scaled back by 2^k in the way that keeps the most bits for each k. */
double m_expm1(double x) {
    static const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
        Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
    uint32_t hx = high_word(x);
    int negative = (hx & 0x80000000u) != 0;
    hx &= 0x7fffffff;
    if (hx >= 0x4043687A) {                       /* |x| >= 56 ln2 */
        if (x > 7.09782712893383973096e+02) return __builtin_inf();
        if (negative) return -1.0;
    }
    int32_t k;
    double hi, lo, c = 0.0;
    if (hx > 0x3fd62e42) {                        /* |x| > ln2 / 2 */
        if (hx < 0x3FF0A2B2) {                    /* and < 1.5 ln2 */
            if (!negative) { hi = x - LN2_HI; lo = LN2_LO; k = 1; }
            else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
        } else {
            k = (int32_t)(1.44269504088896338700e+00 * x + (negative ? -0.5 : 0.5));
            double t = k;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (hx < 0x3c900000) {
        return x;
    } else {
        k = 0;
    }
    double hfx = 0.5 * x, hxs = x * hfx;
    double R1 = 1.0 + hxs * Q1, h2 = hxs * hxs, R2 = Q2 + hxs * Q3, h4 = h2 * h2, R3 = Q4 + hxs * Q5;
    double r1 = R1 + h2 * R2 + h4 * R3;
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
    double y;
    if (k <= -2 || k > 56) {
        y = 1.0 - (e - x);
        y = with_high_word(y, high_word(y) + ((uint32_t)k << 20));
        return y - 1.0;
    }
    if (k < 20) {
        t = with_high_word(1.0, 0x3ff00000 - (0x200000u >> k)); /* 1 - 2^-k */
        y = t - (e - x);
    } else {
        t = with_high_word(1.0, (uint32_t)(0x3ff - k) << 20);  /* 2^-k */
        y = x - (e + t);
        y += 1.0;
    }
    return with_high_word(y, high_word(y) + ((uint32_t)k << 20));
}

/* sinh: from expm1 below 22, e^|x| / 2 above, and e^(|x|/2) squared where e^|x| alone overflows. */
double m_sinh(double x) {
    double h = x < 0 ? -0.5 : 0.5, a = __builtin_fabs(x);
    uint32_t ix = high_word(a);
    if (ix < 0x40360000) {                        /* |x| < 22 */
        if (ix < 0x3e300000) return x;            /* |x| < 2^-28 */
        double t = m_expm1(a);
        if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
        return h * (t + t / (t + 1.0));
    }
    if (ix < 0x40862e42) return h * m_exp(a);     /* |x| < log(DBL_MAX) */
    if (a <= 7.10475860073943863426e+02) {
        double w = m_exp(0.5 * a), t = h * w;
        return t * w;
    }
    return x * 0x1p1023 * 0x1p1023;               /* overflow, with x's sign */
}

double m_cosh(double x) {
    double a = __builtin_fabs(x);
    uint32_t ix = high_word(a);
    if (ix < 0x3fd62e43) {                        /* |x| < ln2 / 2 */
        double t = m_expm1(a), w = 1.0 + t;
        if (ix < 0x3c800000) return w;
        return 1.0 + (t * t) / (w + w);
    }
    if (ix < 0x40360000) {                        /* |x| < 22 */
        double t = m_exp(a);
        return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862e42) return 0.5 * m_exp(a);
    if (a <= 7.10475860073943863426e+02) {
        double w = m_exp(0.5 * a), t = 0.5 * w;
        return t * w;
    }
    return __builtin_inf();
}

double m_tanh(double x) {
    double a = __builtin_fabs(x), z;
    uint32_t ix = high_word(a);
    if (ix < 0x40360000) {                        /* |x| < 22 */
        if (ix < 0x3c800000) return x * (1.0 + x);  /* |x| < 2^-55 */
        if (ix >= 0x3ff00000) {
            double t = m_expm1(2.0 * a);
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            double t = m_expm1(-2.0 * a);
            z = -t / (t + 2.0);
        }
    } else {
        z = 1.0;
    }
    return x < 0 ? -z : z;
}
