/* float.c: float arithmetic with CPython's semantics (Objects/floatobject.c): floor division and
 * modulo signs, power special cases, rounding, parsing. No libm: fmod and pow are exact or
 * correctly rounded here. */
#include "rt.h"

/* Exact fmod by long division on the significands (the remainder is always representable). */
double fmod_exact(double x, double y) {
    uint64_t ux = dbits(x), uy = dbits(y);
    uint64_t sx = ux & (1ull << 63);
    ux &= ~(1ull << 63); uy &= ~(1ull << 63);
    if (uy == 0 || ux >= 0x7ff0000000000000ull || uy > 0x7ff0000000000000ull) return (x * y) / (x * y);
    if (ux < uy) return x;
    if (ux == uy) return bitsd(sx);
    int32_t ex = (int32_t)(ux >> 52), ey = (int32_t)(uy >> 52);
    uint64_t mx, my;
    if (ex == 0) { mx = ux; ex = 1; while (mx < (1ull << 52)) { mx <<= 1; ex--; } } else mx = (ux & ((1ull << 52) - 1)) | (1ull << 52);
    if (ey == 0) { my = uy; ey = 1; while (my < (1ull << 52)) { my <<= 1; ey--; } } else my = (uy & ((1ull << 52) - 1)) | (1ull << 52);
    for (; ex > ey; ex--) {
        if (mx >= my) { mx -= my; if (mx == 0) return bitsd(sx); }
        mx <<= 1;
    }
    if (mx >= my) { mx -= my; if (mx == 0) return bitsd(sx); }
    while (mx < (1ull << 52)) { mx <<= 1; ex--; }
    uint64_t r;
    if (ex > 0) r = ((uint64_t)ex << 52) | (mx & ((1ull << 52) - 1));
    else r = mx >> (1 - ex);
    return bitsd(r | sx);
}

double WEXPORT(rt_float_div)(double a, double b) {
    if (b == 0.0) { raise_c(EXC_ZeroDivisionError, "float division by zero"); return 0.0; }
    return a / b;
}

static double float_mod(double vx, double wx) {
    double mod = fmod_exact(vx, wx);
    if (mod != 0.0) { if ((wx < 0) != (mod < 0)) mod += wx; }
    else mod = __builtin_copysign(0.0, wx);
    return mod;
}

static void float_divmod(double vx, double wx, double *floordiv, double *modp) {
    double mod = fmod_exact(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
    } else {
        mod = __builtin_copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = __builtin_floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = __builtin_copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

double WEXPORT(rt_float_floordiv)(double a, double b) {
    if (b == 0.0) { raise_c(EXC_ZeroDivisionError, "float floor division by zero"); return 0.0; }
    double q, r;
    float_divmod(a, b, &q, &r);
    return q;
}

double WEXPORT(rt_float_mod)(double a, double b) {
    if (b == 0.0) { raise_c(EXC_ZeroDivisionError, "float modulo"); return 0.0; }
    return float_mod(a, b);
}

wtuple WEXPORT(rt_float_divmod)(double a, double b) {
    if (b == 0.0) { raise_c(EXC_ZeroDivisionError, "float divmod()"); return 0; }
    double q, r;
    float_divmod(a, b, &q, &r);
    wtuple t = rt_tuple_new(2);
    if (!t) return 0;
    rt_tuple_set(t, 0, rt_box_float(q));
    rt_tuple_set(t, 1, rt_box_float(r));
    return t;
}

static int is_odd_integer(double w) {
    /* |w| < 2^53 and integral and odd */
    if (w != __builtin_floor(w)) return 0;
    double a = __builtin_fabs(w);
    if (a >= 9007199254740992.0) return 0;
    return ((uint64_t)a & 1) != 0;
}

double pos_pow(double x, double y, int *ok); /* fpow.c */

double WEXPORT(rt_float_pow)(double iv, double iw) {
    if (iw == 0.0) return 1.0;
    if (d_isnan(iv)) return iv;
    if (d_isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (d_isinf(iw)) {
        iv = __builtin_fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0) == (iv > 1.0)) return __builtin_fabs(iw);
        return 0.0;
    }
    if (d_isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0) return odd ? iv : __builtin_fabs(iv);
        return odd ? __builtin_copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) { raise_c(EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power"); return 0.0; }
        return odd ? iv : 0.0;
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != __builtin_floor(iw))
            rt_unsupported("a negative float raised to a non-integer power has a complex result");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    int ok = 1;
    double ix = pos_pow(iv, iw, &ok);
    if (!ok) rt_unsupported("this float power cannot be computed exactly as CPython does");
    if (d_isinf(ix)) {
        rt_raise(EXC_OverflowError, str_from_cstr("(34, 'Numerical result out of range')"));
        return 0.0;
    }
    return negate ? -ix : ix;
}

wint WEXPORT(rt_float_round)(double x) {
    /* f64.nearest rounds half to even, as Python's round(). */
    return rt_float_to_int(__builtin_nearbyint(x));
}

double WEXPORT(rt_float_round_n)(double x, wint wn) {
    int64_t n;
    if (!is_small(wn)) n = rt_int_cmp(wn, 0) > 0 ? 100000 : -100000;
    else n = small_val(wn);
    if (n > 323) return x;          /* NDIGITS_MAX: no double has digits that far */
    if (n < -308) return 0.0 * x;   /* NDIGITS_MIN: keeps the sign of zero */
    if (d_isnan(x) || d_isinf(x) || x == 0.0) return x;
    int neg = x < 0;
    char *buf = scratch_sure(800);
    int32_t dexp;
    int32_t nd = dtoa_fixed(neg ? -x : x, 'f', (int32_t)n, buf, &dexp);
    double r = strtod_digits(buf, nd, dexp);
    if (d_isinf(r)) {
        raise_c(EXC_OverflowError, "rounded value too large to represent");
        return 0.0;
    }
    return neg ? -r : r;
}

static int ieq(uint32_t c, char lower) { return c == (uint32_t)lower || c == (uint32_t)(lower - 32); }

static int match_word(wstr s, uint32_t i, uint32_t end, const char *w) {
    uint32_t n = cstrlen(w);
    if (end - i != n) return 0;
    for (uint32_t k = 0; k < n; k++) if (!ieq(str_at(s, i + k), w[k])) return 0;
    return 1;
}

double WEXPORT(rt_float_from_str)(wstr s) {
    uint32_t n = str_len(s), i = 0, end = n;
    while (i < end && is_space_cp(str_at(s, i))) i++;
    while (end > i && is_space_cp(str_at(s, end - 1))) end--;
    int neg = 0;
    if (i < end && (str_at(s, i) == '+' || str_at(s, i) == '-')) { neg = str_at(s, i) == '-'; i++; }
    double r;
    if (match_word(s, i, end, "inf") || match_word(s, i, end, "infinity")) r = __builtin_inf();
    else if (match_word(s, i, end, "nan")) r = __builtin_nan("");
    else {
        char *digits = scratch_sure((uint64_t)end - i + 1);
        int32_t nd = 0, dexp = 0, ok = 1;
        int seen_digit = 0, seen_dot = 0, prev_digit = 0;
        uint32_t k = i;
        for (; k < end; k++) {
            uint32_t c = str_at(s, k);
            int dv = uni_decimal_value(c);
            if (dv >= 0) c = '0' + (uint32_t)dv; /* CPython accepts every Unicode decimal digit */
            if (c >= '0' && c <= '9') {
                if (nd == 0 && c == '0') { if (seen_dot) dexp--; }
                else { digits[nd++] = (char)c; if (!seen_dot) dexp++; }
                seen_digit = 1; prev_digit = 1;
            } else if (c == '_') {
                if (!prev_digit || k + 1 >= end || str_at(s, k + 1) < '0' || str_at(s, k + 1) > '9') { ok = 0; break; }
                prev_digit = 0;
            } else if (c == '.' && !seen_dot) {
                seen_dot = 1; prev_digit = 0;
            } else break;
        }
        if (!seen_digit) ok = 0;
        if (ok && k < end) {
            uint32_t c = str_at(s, k);
            if (c != 'e' && c != 'E') ok = 0;
            else {
                k++;
                int eneg = 0;
                if (k < end && (str_at(s, k) == '+' || str_at(s, k) == '-')) { eneg = str_at(s, k) == '-'; k++; }
                int64_t ev = 0; int edig = 0; int eprev = 0;
                for (; k < end; k++) {
                    uint32_t d = str_at(s, k);
                    int dv = uni_decimal_value(d);
                    if (dv >= 0) d = '0' + (uint32_t)dv;
                    if (d >= '0' && d <= '9') { if (ev < 100000000) ev = ev * 10 + (d - '0'); edig = 1; eprev = 1; }
                    else if (d == '_' && eprev && k + 1 < end && str_at(s, k + 1) >= '0' && str_at(s, k + 1) <= '9') eprev = 0;
                    else break;
                }
                if (!edig || k < end) ok = 0;
                dexp += (int32_t)(eneg ? -ev : ev);
            }
        }
        if (!ok) {
            wsb sb = rt_sb_new();
            sb_add_cstr(sb, "could not convert string to float: ");
            wstr rep = rt_str_repr(s);
            if (!rep) return 0.0;
            rt_sb_add_str(sb, rep);
            rt_raise(EXC_ValueError, rt_sb_finish(sb));
            return 0.0;
        }
        r = strtod_digits(digits, nd, dexp);
    }
    return neg ? -r : r;
}

int32_t WEXPORT(rt_float_cmp_int)(double x, wint a) {
    if (d_isnan(x)) return -2;
    if (d_isinf(x)) return x > 0 ? 1 : -1;
    if (is_small(a)) {
        int64_t v = small_val(a);
        if (v <= (1LL << 53) && v >= -(1LL << 53)) { double d = (double)v; return x < d ? -1 : x > d; }
    }
    double fl = __builtin_floor(x);
    wint fi = rt_float_to_int(fl);
    int32_t c = rt_int_cmp(fi, a);
    if (c != 0) return c;
    return x == fl ? 0 : 1;
}

uint32_t WEXPORT(rt_float_eq_int)(double x, wint a) { return rt_float_cmp_int(x, a) == 0; }

/* x.is_integer(): finite with no fractional part. */
uint32_t WEXPORT(rt_float_is_integer)(double x) { return d_isfinite(x) && __builtin_floor(x) == x; }

/* x.as_integer_ratio(): the exact value as numerator / denominator in lowest terms, the
 * denominator a power of two (mantissa and exponent from the bits, trailing zeros cancelled). */
wtuple float_as_integer_ratio(double x) {
    if (d_isnan(x)) { raise_c(EXC_ValueError, "cannot convert NaN to integer ratio"); return 0; }
    if (d_isinf(x)) { raise_c(EXC_OverflowError, "cannot convert Infinity to integer ratio"); return 0; }
    uint64_t b = dbits(x);
    int64_t m = (int64_t)(b & 0xfffffffffffffULL);
    int32_t biased = (int32_t)((b >> 52) & 0x7ff), e;
    if (biased) { m |= 1LL << 52; e = biased - 1075; } else { e = -1074; }
    while (m && !(m & 1) && e < 0) { m >>= 1; e++; }
    if (m == 0) e = 0;
    if (b >> 63) m = -m;
    wint num = rt_int_from_i64(m), den = mk_small(1);
    if (e > 0) num = rt_int_lshift(num, mk_small(e));
    else if (e < 0) den = rt_int_lshift(den, mk_small(-e));
    if (exc_pending()) return 0;
    wtuple t = rt_tuple_new(2);
    if (!t) return 0;
    rt_tuple_set(t, 0, num);
    rt_tuple_set(t, 1, den);
    return t;
}

/* x.hex(): CPython's float_hex, '[-]0x1.HHHHHHHHHHHHHp[+-]E' with 13 hex digits, the leading
 * digit 0 for a subnormal (exponent -1022), 'inf', '-inf', 'nan' as repr. */
wstr float_hex(double x) {
    if (!d_isfinite(x)) return rt_float_repr(x);
    uint64_t b = dbits(x);
    char buf[32];
    uint32_t n = 0;
    if (b >> 63) buf[n++] = '-';
    if (x == 0.0) {
        const char *z = "0x0.0p+0";
        while (*z) buf[n++] = *z++;
        return str_from_ascii(buf, n);
    }
    int32_t biased = (int32_t)((b >> 52) & 0x7ff);
    int32_t e = biased ? biased - 1023 : -1022;
    buf[n++] = '0'; buf[n++] = 'x'; buf[n++] = biased ? '1' : '0'; buf[n++] = '.';
    for (int k = 12; k >= 0; k--) buf[n++] = "0123456789abcdef"[(b >> (4 * k)) & 0xf];
    buf[n++] = 'p';
    buf[n++] = e < 0 ? '-' : '+';
    uint32_t ae = (uint32_t)(e < 0 ? -e : e);
    char digits[8];
    uint32_t nd = 0;
    do { digits[nd++] = (char)('0' + ae % 10); ae /= 10; } while (ae);
    while (nd) buf[n++] = digits[--nd];
    return str_from_ascii(buf, n);
}

/* 2**k as a double, for -1074 <= k <= 1023. */
static double pow2(int32_t k) {
    if (k >= -1022) return bitsd((uint64_t)(k + 1023) << 52);
    return bitsd(1ULL << (k + 1074));
}

/* x * 2**e where the result is exact (x already rounded to the bits it keeps): one step up to the
 * normal range's edge, then the rest, so no step rounds. */
double ldexp_exact(double x, int64_t e) {
    while (e > 1023) { x *= pow2(1023); e -= 1023; }
    if (e < -1022) { x *= pow2(-1022); e += 1022; }
    return x * pow2((int32_t)e);
}

static int hex_digit(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? (int)(c - 'a' + 10) : -1;
}

static int ascii_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Whether s[i:end] starts with the ASCII word w, in any case. */
static int starts_ci(wstr s, uint32_t i, uint32_t end, const char *w) {
    uint32_t n = cstrlen(w);
    if (end - i < n) return 0;
    for (uint32_t k = 0; k < n; k++) if (!ieq(str_at(s, i + k), w[k])) return 0;
    return 1;
}

/* float.fromhex(s): CPython's float_fromhex step for step: [sign] [0x] hex digits [. digits]
 * [p exponent], or inf/infinity/nan, ASCII whitespace around; rounded half-even at the last bit
 * kept (subnormals included). Raises ValueError "invalid hexadecimal floating-point string",
 * OverflowError "hexadecimal value too large to represent as a float". */
double float_fromhex(wstr str) {
    uint32_t n = str_len(str), s = 0;
    double x = 0.0;
    int negate = 0;
    while (s < n && ascii_space(str_at(str, s))) s++;
    /* infinities and nans, with their own sign */
    uint32_t p = s;
    int neg_special = 0;
    if (p < n && (str_at(str, p) == '-' || str_at(str, p) == '+')) { neg_special = str_at(str, p) == '-'; p++; }
    if (starts_ci(str, p, n, "inf")) {
        p += 3;
        if (starts_ci(str, p, n, "inity")) p += 5;
        x = neg_special ? -__builtin_inf() : __builtin_inf();
        s = p;
        goto finished;
    }
    if (starts_ci(str, p, n, "nan")) {
        x = neg_special ? -__builtin_nan("") : __builtin_nan("");
        s = p + 3;
        goto finished;
    }
    if (s < n && str_at(str, s) == '-') { s++; negate = 1; } else if (s < n && str_at(str, s) == '+') s++;
    if (s + 1 < n && str_at(str, s) == '0' && (str_at(str, s + 1) | 0x20) == 'x') s += 2;
    uint32_t coeff_start = s;
    while (s < n && hex_digit(str_at(str, s)) >= 0) s++;
    uint32_t s_store = s, coeff_end;
    if (s < n && str_at(str, s) == '.') {
        s++;
        while (s < n && hex_digit(str_at(str, s)) >= 0) s++;
        coeff_end = s - 1;
    } else {
        coeff_end = s;
    }
    int64_t ndigits = (int64_t)coeff_end - coeff_start, fdigits = (int64_t)coeff_end - s_store;
    if (ndigits == 0) goto parse_error;
    if (ndigits > 0x0fffffff) { raise_c(EXC_ValueError, "hexadecimal string too long to convert"); return 0; }
    int64_t exp = 0;
    if (s < n && (str_at(str, s) | 0x20) == 'p') {
        s++;
        int eneg = 0;
        if (s < n && (str_at(str, s) == '-' || str_at(str, s) == '+')) { eneg = str_at(str, s) == '-'; s++; }
        if (!(s < n && str_at(str, s) >= '0' && str_at(str, s) <= '9')) goto parse_error;
        while (s < n && str_at(str, s) >= '0' && str_at(str, s) <= '9') {
            if (exp < ((int64_t)1 << 40)) exp = exp * 10 + (str_at(str, s) - '0'); /* saturates: beyond any float */
            s++;
        }
        if (eneg) exp = -exp;
    }
#define HEX_DIGIT(j) hex_digit(str_at(str, (uint32_t)((j) < fdigits ? (int64_t)coeff_end - (j) : (int64_t)coeff_end - 1 - (j))))
    while (ndigits > 0 && HEX_DIGIT(ndigits - 1) == 0) ndigits--;
    if (ndigits == 0 || exp < -((int64_t)1 << 39)) { x = 0.0; goto finished; }
    if (exp > ((int64_t)1 << 39)) goto overflow_error;
    exp -= 4 * fdigits;
    int64_t top_exp = exp + 4 * (ndigits - 1);
    for (int digit = HEX_DIGIT(ndigits - 1); digit != 0; digit /= 2) top_exp++;
    if (top_exp < -1021 - 53) { x = 0.0; goto finished; }
    if (top_exp > 1024) goto overflow_error;
    int64_t lsb = (top_exp > -1021 ? top_exp : -1021) - 53;
    if (exp >= lsb) {
        for (int64_t i = ndigits - 1; i >= 0; i--) x = 16.0 * x + HEX_DIGIT(i);
        x = ldexp_exact(x, exp);
        goto finished;
    }
    int half_eps = 1 << (int)((lsb - exp - 1) % 4);
    int64_t key_digit = (lsb - exp - 1) / 4;
    for (int64_t i = ndigits - 1; i > key_digit; i--) x = 16.0 * x + HEX_DIGIT(i);
    int digit = HEX_DIGIT(key_digit);
    x = 16.0 * x + (double)(digit & (16 - 2 * half_eps));
    if ((digit & half_eps) != 0) {
        int round_up = 0;
        if ((digit & (3 * half_eps - 1)) != 0 || (half_eps == 8 && key_digit + 1 < ndigits && (HEX_DIGIT(key_digit + 1) & 1) != 0)) {
            round_up = 1;
        } else {
            for (int64_t i = key_digit - 1; i >= 0; i--) if (HEX_DIGIT(i) != 0) { round_up = 1; break; }
        }
        if (round_up) {
            x += 2 * half_eps;
            if (top_exp == 1024 && x == ldexp_exact((double)(2 * half_eps), 53)) goto overflow_error;
        }
    }
    x = ldexp_exact(x, exp + 4 * key_digit);
#undef HEX_DIGIT
finished:
    while (s < n && ascii_space(str_at(str, s))) s++;
    if (s != n) goto parse_error;
    return negate ? -x : x;
overflow_error:
    raise_c(EXC_OverflowError, "hexadecimal value too large to represent as a float");
    return 0;
parse_error:
    raise_c(EXC_ValueError, "invalid hexadecimal floating-point string");
    return 0;
}
