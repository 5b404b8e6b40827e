/* math.c: the math module's float functions with CPython's argument checks, special values and
 * errors (Modules/mathmodule.c: math_1's "math domain error" for a NaN out of a non-NaN argument,
 * "math range error" for an overflow). The computations are mathfn.c's; the integer functions
 * are mathint.c's. */
#include "rt.h"
#include "mathfn.h"

static double fval(wobj v) { return *(double *)(size_t)(unbox_ptr(v) + 8); }

/* Raises TypeError "PRE<type name>POST". */
void math_type_error(const char *pre, wobj v, const char *post) {
    wsb sb = rt_sb_new();
    rt_sb_add_ascii(sb, (uint32_t)(size_t)pre, cstrlen(pre));
    rt_sb_add_str(sb, rt_obj_type_name(v));
    rt_sb_add_ascii(sb, (uint32_t)(size_t)post, cstrlen(post));
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

/* PyFloat_AsDouble: a float, an int (OverflowError "int too large to convert to float") or a bool;
 * else TypeError "must be real number, not str". */
double math_arg(wobj v) {
    uint32_t t = rt_obj_type(v);
    if (t == T_FLOAT) return fval(v);
    if (t == T_INT) return rt_int_to_float(v);
    if (t == T_BOOL) return HDR(unbox_ptr(v))[2] ? 1.0 : 0.0;
    math_type_error("must be real number, not ", v, "");
    return 0.0;
}

static double domain_error(void) { raise_c(EXC_ValueError, "math domain error"); return 0.0; }
static double range_error(void) { raise_c(EXC_OverflowError, "math range error"); return 0.0; }

/* math_1: r = f(x); a NaN from a non-NaN x is a domain error, an infinity from a finite x a range error. */
static double checked(double x, double r, int can_overflow) {
    if (d_isnan(r) && !d_isnan(x)) return domain_error();
    if (d_isinf(r) && d_isfinite(x)) return can_overflow ? range_error() : domain_error();
    return r;
}

#define ARG(v, x) double x = math_arg(v); if (exc_pending()) return 0.0

double WEXPORT(rt_math_sqrt)(wobj v) {
    ARG(v, x);
    if (x < 0) return domain_error();
    return __builtin_sqrt(x);
}

double WEXPORT(rt_math_exp)(wobj v) {
    ARG(v, x);
    if (!d_isfinite(x)) return x < 0 ? 0.0 : x;
    return checked(x, m_exp(x), 1);
}

double WEXPORT(rt_math_expm1)(wobj v) {
    ARG(v, x);
    if (!d_isfinite(x)) return x < 0 ? -1.0 : x;
    return checked(x, m_expm1(x), 1);
}

/* The log of a positive value that may be an int past the float range (CPython's loghelper):
 * x = m 2^e with m in [0.5, 1), log x = f(m) + e f(2). */
static double log_of(wobj v, double (*f)(double), double (*log_of_two_to)(double)) {
    uint32_t t = rt_obj_type(v);
    if (t == T_INT) {
        if (rt_int_cmp(v, mk_small(0)) <= 0) return domain_error();
        int64_t bits = small_val(rt_int_bit_length(v));
        if (bits > 1000) {
            int64_t e = bits - 64;
            double m = rt_int_to_float(rt_int_rshift(v, mk_small(e))) * 0x1p-64;
            return f(m) + log_of_two_to((double)(e + 64));
        }
    }
    ARG(v, x);
    if (d_isnan(x)) return x;
    if (x <= 0) return domain_error();
    if (d_isinf(x)) return x;
    return f(x);
}

static double ln_two_to(double e) { return e * m_log(2.0); }
static double log2_two_to(double e) { return e * m_log2(2.0); }
static double log10_two_to(double e) { return e * m_log10(2.0); }

double WEXPORT(rt_math_log)(wobj v, wobj base) {
    double num = log_of(v, m_log, ln_two_to);
    if (exc_pending() || rt_obj_type(base) == T_NONE) return num;
    double den = log_of(base, m_log, ln_two_to);
    if (exc_pending()) return 0.0;
    return rt_float_div(num, den);
}

double WEXPORT(rt_math_log2)(wobj v) { return log_of(v, m_log2, log2_two_to); }
double WEXPORT(rt_math_log10)(wobj v) { return log_of(v, m_log10, log10_two_to); }

double WEXPORT(rt_math_log1p)(wobj v) {
    ARG(v, x);
    if (d_isnan(x) || x == __builtin_inf()) return x;
    if (x <= -1.0) return domain_error();
    return m_log1p(x);
}

/* Odd integer y, for pow's signs. */
static int odd_integer(double y) { return d_isfinite(y) && fmod_exact(__builtin_fabs(y), 2.0) == 1.0; }

/* math.pow: C99's pow with CPython's errors (a complex result is a domain error, not a stop). */
double WEXPORT(rt_math_pow)(wobj vx, wobj vy) {
    ARG(vx, x);
    ARG(vy, y);
    if (!d_isfinite(x) || !d_isfinite(y)) {
        if (d_isnan(x)) return y == 0.0 ? 1.0 : x;
        if (d_isnan(y)) return x == 1.0 ? 1.0 : y;
        if (d_isinf(x)) {
            if (y > 0) return odd_integer(y) ? x : __builtin_fabs(x);
            if (y == 0) return 1.0;
            return odd_integer(y) ? __builtin_copysign(0.0, x) : 0.0;
        }
        if (__builtin_fabs(x) == 1.0) return 1.0;
        if (y > 0 && __builtin_fabs(x) > 1.0) return y;
        if (y < 0 && __builtin_fabs(x) < 1.0) return -y;
        return 0.0;
    }
    if (y == 0.0 || x == 1.0) return 1.0;
    if (x == 0.0) {
        if (y < 0) return domain_error();
        return odd_integer(y) ? x : 0.0;
    }
    int negate = 0;
    if (x < 0) {
        if (__builtin_floor(y) != y) return domain_error();
        negate = odd_integer(y);
        x = -x;
    }
    int ok;
    double r = x == 1.0 ? 1.0 : pos_pow(x, y, &ok);
    if (d_isinf(r)) return range_error();
    return negate ? -r : r;
}

/* floor, ceil, trunc: an int stays itself (a bool its int); a float is rounded then converted exactly. */
static wint round_to_int(wobj v, int mode, const char *dunder) {
    uint32_t t = rt_obj_type(v);
    if (t == T_INT) return v;
    if (t == T_BOOL) return mk_small(HDR(unbox_ptr(v))[2]);
    if (t != T_FLOAT) {
        if (mode == 2) math_type_error("type ", v, " doesn't define __trunc__ method");
        else math_type_error("must be real number, not ", v, "");
        (void)dunder;
        return 0;
    }
    double x = fval(v);
    double r = mode == 0 ? __builtin_floor(x) : mode == 1 ? __builtin_ceil(x) : __builtin_trunc(x);
    return rt_float_to_int(r);
}

wint WEXPORT(rt_math_floor)(wobj v) { return round_to_int(v, 0, "__floor__"); }
wint WEXPORT(rt_math_ceil)(wobj v) { return round_to_int(v, 1, "__ceil__"); }
wint WEXPORT(rt_math_trunc)(wobj v) { return round_to_int(v, 2, "__trunc__"); }

double WEXPORT(rt_math_fabs)(wobj v) { ARG(v, x); return __builtin_fabs(x); }

double WEXPORT(rt_math_copysign)(wobj vx, wobj vy) {
    ARG(vx, x);
    ARG(vy, y);
    return __builtin_copysign(x, y);
}

double WEXPORT(rt_math_fmod)(wobj vx, wobj vy) {
    ARG(vx, x);
    ARG(vy, y);
    if (d_isinf(y) && d_isfinite(x)) return x;
    if (d_isnan(x) || d_isnan(y)) return x + y;
    if (d_isinf(x) || y == 0.0) return domain_error();
    return fmod_exact(x, y);
}

static wobj pair(double a, wobj b) {
    wtuple t = rt_tuple_new(2);
    if (!t) return 0;
    wobj fa = rt_box_float(a);
    if (!fa) return 0;
    rt_tuple_set(t, 0, fa);
    rt_tuple_set(t, 1, b);
    return box_ptr(t);
}

wobj WEXPORT(rt_math_modf)(wobj v) {
    double x = math_arg(v);
    if (exc_pending()) return 0;
    if (d_isinf(x)) return pair(__builtin_copysign(0.0, x), rt_box_float(x));
    if (d_isnan(x)) return pair(x, rt_box_float(x));
    double ip = __builtin_trunc(x);
    return pair(__builtin_copysign(x - ip, x), rt_box_float(ip));
}

wobj WEXPORT(rt_math_frexp)(wobj v) {
    double x = math_arg(v);
    if (exc_pending()) return 0;
    if (x == 0.0 || !d_isfinite(x)) return pair(x, mk_small(0));
    int32_t e = 0;
    uint64_t b = dbits(x);
    if (((b >> 52) & 0x7ff) == 0) { x *= 0x1p54; e = -54; b = dbits(x); }
    e += (int32_t)((b >> 52) & 0x7ff) - 1022;
    double m = bitsd((b & ~(0x7ffull << 52)) | (1022ull << 52));
    return pair(m, mk_small(e));
}

/* 2**k as a double, for -1074 <= k <= 1023. */
static double two_to(int32_t k) {
    return k >= -1022 ? bitsd((uint64_t)(k + 1023) << 52) : bitsd(1ull << (k + 1074));
}

double WEXPORT(rt_math_ldexp)(wobj vx, wobj vi) {
    ARG(vx, x);
    uint32_t t = rt_obj_type(vi);
    if (t != T_INT && t != T_BOOL) {
        raise_c(EXC_TypeError, "Expected an int as second argument to ldexp.");
        return 0.0;
    }
    wint i = rt_obj_as_index(vi);
    if (x == 0.0 || !d_isfinite(x)) return x;
    /* x = m 2^ex with m in [0.5, 1); the result m 2^(ex + i) rounds once */
    int64_t e;
    if (rt_int_cmp(i, mk_small(100000)) > 0) e = 100000;
    else if (rt_int_cmp(i, mk_small(-100000)) < 0) e = -100000;
    else e = small_val(i);
    uint64_t b = dbits(x);
    int32_t ex = 0;
    if (((b >> 52) & 0x7ff) == 0) { x *= 0x1p54; ex = -54; b = dbits(x); }
    ex += (int32_t)((b >> 52) & 0x7ff) - 1022;
    double m = bitsd((b & ~(0x7ffull << 52)) | (1022ull << 52));
    int64_t k = (int64_t)ex + e;
    if (k > 1024) return range_error();
    if (k < -1074) return __builtin_copysign(0.0, x);
    double r = k == 1024 ? (m * 2.0) * two_to(1023) : m * two_to((int32_t)k);
    if (d_isinf(r)) return range_error();
    return r;
}

uint32_t WEXPORT(rt_math_isfinite)(wobj v) { double x = math_arg(v); return d_isfinite(x); }
uint32_t WEXPORT(rt_math_isinf)(wobj v) { double x = math_arg(v); return d_isinf(x); }
uint32_t WEXPORT(rt_math_isnan)(wobj v) { double x = math_arg(v); return d_isnan(x); }

uint32_t WEXPORT(rt_math_isclose)(wobj va, wobj vb, wobj vrel, wobj vabs) {
    double a = math_arg(va); if (exc_pending()) return 0;
    double b = math_arg(vb); if (exc_pending()) return 0;
    double rel = math_arg(vrel); if (exc_pending()) return 0;
    double abs = math_arg(vabs); if (exc_pending()) return 0;
    if (rel < 0.0 || abs < 0.0) { raise_c(EXC_ValueError, "tolerances must be non-negative"); return 0; }
    if (a == b) return 1;
    if (d_isinf(a) || d_isinf(b)) return 0;
    double diff = __builtin_fabs(b - a);
    return diff <= __builtin_fabs(rel * b) || diff <= __builtin_fabs(rel * a) || diff <= abs;
}

double WEXPORT(rt_math_degrees)(wobj v) { ARG(v, x); return x * (180.0 / 3.141592653589793); }
double WEXPORT(rt_math_radians)(wobj v) { ARG(v, x); return x * (3.141592653589793 / 180.0); }

/* The transcendental functions of one argument, math_1 style. */
static double trig(wobj v, double (*f)(double)) {
    ARG(v, x);
    if (d_isnan(x)) return x;
    if (d_isinf(x)) return domain_error();
    return f(x);
}
double WEXPORT(rt_math_sin)(wobj v) { return trig(v, m_sin); }
double WEXPORT(rt_math_cos)(wobj v) { return trig(v, m_cos); }
double WEXPORT(rt_math_tan)(wobj v) { return trig(v, m_tan); }

static double arc(wobj v, double (*f)(double)) {
    ARG(v, x);
    if (d_isnan(x)) return x;
    if (__builtin_fabs(x) > 1.0) return domain_error();
    return f(x);
}
double WEXPORT(rt_math_asin)(wobj v) { return arc(v, m_asin); }
double WEXPORT(rt_math_acos)(wobj v) { return arc(v, m_acos); }

double WEXPORT(rt_math_atan)(wobj v) {
    ARG(v, x);
    if (d_isnan(x)) return x;
    if (d_isinf(x)) return __builtin_copysign(1.5707963267948966, x);
    return m_atan(x);
}

/* CPython's m_atan2: the special values by C99 Annex F, then the computation. */
double WEXPORT(rt_math_atan2)(wobj vy, wobj vx) {
    ARG(vy, y);
    ARG(vx, x);
    const double pi = 3.141592653589793;
    if (d_isnan(x) || d_isnan(y)) return x + y;
    if (d_isinf(y)) {
        if (d_isinf(x)) return __builtin_copysign(__builtin_copysign(1.0, x) == 1.0 ? 0.25 * pi : 0.75 * pi, y);
        return __builtin_copysign(0.5 * pi, y);
    }
    if (d_isinf(x) || y == 0.0) return __builtin_copysign(__builtin_copysign(1.0, x) == 1.0 ? 0.0 : pi, y);
    if (x == 0.0) return __builtin_copysign(0.5 * pi, y);
    return m_atan2(y, x);
}

static double hyperbolic(wobj v, double (*f)(double), double at_inf) {
    ARG(v, x);
    if (d_isnan(x)) return x;
    if (d_isinf(x)) return at_inf == 0.0 ? x : at_inf == 1.0 ? __builtin_inf() : __builtin_copysign(1.0, x);
    return checked(x, f(x), 1);
}
double WEXPORT(rt_math_sinh)(wobj v) { return hyperbolic(v, m_sinh, 0.0); }
double WEXPORT(rt_math_cosh)(wobj v) { return hyperbolic(v, m_cosh, 1.0); }
double WEXPORT(rt_math_tanh)(wobj v) { return hyperbolic(v, m_tanh, 2.0); }

/* CPython's vector_norm's special values: any infinity gives inf, else any NaN gives NaN. */
static double norm(double *v, uint32_t n) {
    double max = 0.0;
    int nan = 0;
    for (uint32_t i = 0; i < n; i++) {
        double a = __builtin_fabs(v[i]);
        v[i] = a;
        if (d_isnan(a)) nan = 1;
        else if (a > max) max = a;
    }
    if (d_isinf(max)) return max;
    if (nan) return __builtin_nan("");
    if (max == 0.0 || n <= 1) return max;
    return m_norm(v, n, max);
}

double WEXPORT(rt_math_hypot)(wtuple coords) {
    uint32_t n = rt_tuple_len(coords);
    double *v = scratch((uint64_t)n * 8 + 8);
    if (!v) return 0.0;
    for (uint32_t i = 0; i < n; i++) {
        v[i] = math_arg(rt_tuple_get(coords, i));
        if (exc_pending()) return 0.0;
    }
    return norm(v, n);
}

double WEXPORT(rt_math_dist)(wobj p, wobj q) {
    wtuple tp = rt_obj_to_tuple(p);
    if (exc_pending()) return 0.0;
    wtuple tq = rt_obj_to_tuple(q);
    if (exc_pending()) return 0.0;
    uint32_t n = rt_tuple_len(tp);
    if (n != rt_tuple_len(tq)) { raise_c(EXC_ValueError, "both points must have the same number of dimensions"); return 0.0; }
    double *v = scratch((uint64_t)n * 8 + 8);
    if (!v) return 0.0;
    for (uint32_t i = 0; i < n; i++) {
        double a = math_arg(rt_tuple_get(tp, i));
        if (exc_pending()) return 0.0;
        double b = math_arg(rt_tuple_get(tq, i));
        if (exc_pending()) return 0.0;
        v[i] = a - b;
    }
    return norm(v, n);
}

/* CPython's fsum: Shewchuk's exact partial sums, then the sum of the partials rounded once
 * (the half-way correction included), inf and NaN handled apart. */
double WEXPORT(rt_math_fsum)(wobj seq) {
    wobj it = rt_obj_iter(seq);
    if (exc_pending()) return 0.0;
    uint32_t cap = 32, n = 0;
    double *p = scratch(cap * 8);
    if (!p) return 0.0;
    double special = 0.0, inf_sum = 0.0;
    while (rt_iter_step(it)) {
        double x = math_arg(rt_iter_value(it));
        if (exc_pending()) return 0.0;
        double xsave = x;
        uint32_t i = 0;
        for (uint32_t j = 0; j < n; j++) {
            double y = p[j];
            if (__builtin_fabs(x) < __builtin_fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, yr = hi - x, lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!d_isfinite(x)) {
                if (d_isfinite(xsave)) { raise_c(EXC_OverflowError, "intermediate overflow in fsum"); return 0.0; }
                if (d_isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *q = scratch((uint64_t)cap * 16);
                    if (!q) return 0.0;
                    memcpy(q, p, (size_t)cap * 8);
                    p = q;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (exc_pending()) return 0.0;
    if (special != 0.0) {
        if (d_isnan(inf_sum)) { raise_c(EXC_ValueError, "-inf + inf in fsum"); return 0.0; }
        return special;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}

wobj WEXPORT(rt_math_prod)(wobj iterable, wobj start) {
    wobj it = rt_obj_iter(iterable);
    if (exc_pending()) return 0;
    wobj r = start;
    while (rt_iter_step(it)) {
        r = rt_obj_mul(r, rt_iter_value(it));
        if (exc_pending()) return 0;
    }
    return exc_pending() ? 0 : r;
}

/* The neighbour of x towards y (C99's nextafter; no error: an overflow to inf is the answer). */
static double next_after(double x, double y) {
    if (d_isnan(x) || d_isnan(y)) return x + y;
    if (x == y) return y;
    if (x == 0.0) return __builtin_copysign(bitsd(1), y);
    uint64_t b = dbits(x);
    b = ((y > x) == (x > 0)) ? b + 1 : b - 1;
    return bitsd(b);
}

double WEXPORT(rt_math_nextafter)(wobj vx, wobj vy) {
    ARG(vx, x);
    ARG(vy, y);
    return next_after(x, y);
}

/* ulp(x): the gap above |x| (below it for the largest float). */
double WEXPORT(rt_math_ulp)(wobj v) {
    ARG(v, x);
    if (d_isnan(x)) return x;
    x = __builtin_fabs(x);
    if (d_isinf(x)) return x;
    double up = next_after(x, __builtin_inf());
    if (d_isinf(up)) return x - next_after(x, -__builtin_inf());
    return up - x;
}

/* IEEE 754 remainder by CPython's m_remainder: x - n y with n the nearest integer to x / y, ties to even. */
double WEXPORT(rt_math_remainder)(wobj vx, wobj vy) {
    ARG(vx, x);
    ARG(vy, y);
    if (d_isfinite(x) && d_isfinite(y)) {
        if (y == 0.0) return domain_error();
        double absx = __builtin_fabs(x), absy = __builtin_fabs(y);
        double m = fmod_exact(absx, absy), c = absy - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * fmod_exact(0.5 * (absx - m), absy);
        return __builtin_copysign(1.0, x) * r;
    }
    if (d_isnan(x)) return x;
    if (d_isnan(y)) return y;
    if (d_isinf(x)) return domain_error();
    return x;
}

double WEXPORT(rt_math_exp2)(wobj v) {
    ARG(v, x);
    if (!d_isfinite(x)) return x < 0 ? 0.0 : x;
    return checked(x, m_exp2(x), 1);
}
