/* dd.h: double-double arithmetic (about 106 bits), shared by x ** y (fpow.c) and the math
 * module (mathfn.c). A value is hi + lo with |lo| <= ulp(hi) / 2, so hi is the value rounded. */
#ifndef DD_H
#define DD_H
#include "rt.h"

typedef struct { double hi, lo; } dd;

static inline dd two_sum(double a, double b) {
    double s = a + b, bb = s - a;
    return (dd){ s, (a - (s - bb)) + (b - bb) };
}
static inline dd quick_two_sum(double a, double b) { double s = a + b; return (dd){ s, b - (s - a) }; }
static inline void split(double a, double *hi, double *lo) {
    double t = 134217729.0 * a;
    *hi = t - (t - a);
    *lo = a - *hi;
}
static inline dd two_prod(double a, double b) {
    double p = a * b, ah, al, bh, bl;
    split(a, &ah, &al); split(b, &bh, &bl);
    return (dd){ p, ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}
static inline dd dd_add(dd a, dd b) {
    dd s = two_sum(a.hi, b.hi), t = two_sum(a.lo, b.lo);
    s.lo += t.hi;
    s = quick_two_sum(s.hi, s.lo);
    s.lo += t.lo;
    return quick_two_sum(s.hi, s.lo);
}
static inline dd dd_neg(dd a) { return (dd){ -a.hi, -a.lo }; }
static inline dd dd_sub(dd a, dd b) { return dd_add(a, dd_neg(b)); }
static inline dd dd_mul(dd a, dd b) {
    dd p = two_prod(a.hi, b.hi);
    p.lo += a.hi * b.lo + a.lo * b.hi;
    return quick_two_sum(p.hi, p.lo);
}
static inline dd dd_mul_d(dd a, double b) {
    dd p = two_prod(a.hi, b);
    p.lo += a.lo * b;
    return quick_two_sum(p.hi, p.lo);
}
static inline dd dd_div(dd a, dd b) {
    double q1 = a.hi / b.hi;
    dd r = dd_sub(a, dd_mul_d(b, q1));
    double q2 = r.hi / b.hi;
    r = dd_sub(r, dd_mul_d(b, q2));
    double q3 = r.hi / b.hi;
    return dd_add(quick_two_sum(q1, q2), (dd){ q3, 0.0 });
}

static const dd LN2 = { 6.93147180559945286227e-01, 2.31904681384629955842e-17 };

/* fpow.c */
dd dd_log(double x);                  /* log(x) for finite x > 0 */
dd dd_atanh_series(dd s);             /* s + s^3/3 + s^5/5 + ... for |s| <= 0.18 */
dd dd_exp_parts(dd t, int32_t *k);    /* exp(t) = result * 2^k, |t| <= 746 */
double dd_exp(dd t);                  /* exp(t) rounded once, for -746 <= t <= 710 */
double scale2(double v, int32_t k);   /* v * 2^k by steps (not one rounding below 2^-1022) */
#endif
