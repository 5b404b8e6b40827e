/* dtoa.c: exact binary <-> decimal conversion of doubles.
 * - dtoa_shortest: Burger & Dybvig's free-format algorithm ("Printing Floating-Point Numbers
 *   Quickly and Accurately", PLDI 1996) on fixed-size bignums: the shortest digit string that
 *   reads back to the same double, the closest such string when several exist.
 * - dtoa_fixed: exact digits (Steele & White's fixed-format loop) rounded half-even on the exact
 *   binary value, as CPython's format() with a precision.
 * - strtod_digits: correctly rounded decimal -> double by exact rational arithmetic. */
#include "rt.h"

#define FB_MAX 44 /* 1408 bits: enough for 2^1077 * 10^17 and 10^340 */

typedef struct { int32_t n; uint32_t d[FB_MAX]; } fb;

static void fb_set64(fb *a, uint64_t v) { a->d[0] = (uint32_t)v; a->d[1] = (uint32_t)(v >> 32); a->n = mag_norm(a->d, 2); }
static void fb_mul_small(fb *a, uint32_t m) { a->n = mag_mul_small(a->d, a->n, m, 0, a->d); }
static void fb_shl(fb *a, uint32_t bits) {
    uint32_t t[FB_MAX];
    __builtin_memcpy(t, a->d, (size_t)a->n * 4);
    a->n = mag_shl(t, a->n, bits, a->d);
}
static void fb_mul_pow10(fb *a, int32_t k) {
    while (k >= 9) { fb_mul_small(a, 1000000000u); k -= 9; }
    static const uint32_t p10[9] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };
    if (k > 0) fb_mul_small(a, p10[k]);
}
static int fb_cmp(const fb *a, const fb *b) { return mag_cmp(a->d, a->n, b->d, b->n); }
/* Compares a + b with c. */
static int fb_cmp_sum(const fb *a, const fb *b, const fb *c) {
    fb t;
    t.n = mag_add(a->d, a->n, b->d, b->n, t.d);
    return fb_cmp(&t, c);
}
/* Quotient digit floor(a / b) for a < 10 b; a becomes the remainder. The leading limbs give a
 * lower bound of the digit (numerator truncated, divisor rounded up), subtracted in one pass;
 * the rest is found by subtraction. */
static uint32_t fb_digit(fb *a, const fb *b) {
    int32_t n = b->n;
    uint64_t top = ((a->n > n ? (uint64_t)a->d[n] : 0) << 32) | (a->n >= n ? a->d[n - 1] : 0);
    uint32_t d = (uint32_t)(top / ((uint64_t)b->d[n - 1] + 1));
    if (d > 0) {
        uint64_t carry = 0;
        int64_t borrow = 0;
        for (int32_t i = 0; i < a->n; i++) {
            uint64_t p = (i < n ? (uint64_t)d * b->d[i] : 0) + carry;
            carry = p >> 32;
            int64_t t = (int64_t)a->d[i] - (int64_t)(uint32_t)p - borrow;
            a->d[i] = (uint32_t)t;
            borrow = t < 0;
        }
        a->n = mag_norm(a->d, a->n);
    }
    while (fb_cmp(a, b) >= 0) { a->n = mag_sub(a->d, a->n, b->d, b->n, a->d); d++; }
    return d;
}

/* Unpacks a finite positive double into f * 2^e with f < 2^53. */
static void unpack(double x, uint64_t *f, int32_t *e) {
    uint64_t b = dbits(x);
    int32_t be = (int32_t)((b >> 52) & 0x7ff);
    uint64_t m = b & ((1ull << 52) - 1);
    if (be == 0) { *f = m; *e = -1074; }
    else { *f = m | (1ull << 52); *e = be - 1075; }
}

static int32_t estimate_k(uint64_t f, int32_t e) {
    int32_t len = 64 - __builtin_clzll(f);
    double l = (double)(e + len - 1) * 0.30102999566398114 - 1e-10;
    int32_t k = (int32_t)l;
    if ((double)k < l) k++; /* ceil */
    return k;
}

int32_t dtoa_shortest(double x, char *buf, int32_t *dexp) {
    if (x < 9007199254740992.0 && x == __builtin_floor(x)) {
        /* Integers below 2^53 are exact and their neighbours are at most 1 away, so their own
         * digits (trailing zeros dropped) are the shortest round-trip string. */
        uint64_t v = (uint64_t)x;
        char t[20];
        int32_t n = 0;
        while (v) { t[n++] = (char)('0' + v % 10); v /= 10; }
        *dexp = n;
        int32_t lo = 0;
        while (t[lo] == '0') lo++;
        for (int32_t i = n - 1; i >= lo; i--) buf[n - 1 - i] = t[i];
        return n - lo;
    }
    uint64_t f; int32_t e;
    unpack(x, &f, &e);
    int even = (f & 1) == 0;
    fb r, s, mp, mm;
    if (e >= 0) {
        if (f != (1ull << 52)) {
            fb_set64(&r, f); fb_shl(&r, (uint32_t)e + 1);
            fb_set64(&s, 2);
            fb_set64(&mp, 1); fb_shl(&mp, (uint32_t)e);
            mm = mp;
        } else {
            fb_set64(&r, f); fb_shl(&r, (uint32_t)e + 2);
            fb_set64(&s, 4);
            fb_set64(&mp, 1); fb_shl(&mp, (uint32_t)e + 1);
            fb_set64(&mm, 1); fb_shl(&mm, (uint32_t)e);
        }
    } else {
        if (e == -1074 || f != (1ull << 52)) {
            fb_set64(&r, f); fb_shl(&r, 1);
            fb_set64(&s, 1); fb_shl(&s, (uint32_t)(1 - e));
            fb_set64(&mp, 1); fb_set64(&mm, 1);
        } else {
            fb_set64(&r, f); fb_shl(&r, 2);
            fb_set64(&s, 1); fb_shl(&s, (uint32_t)(2 - e));
            fb_set64(&mp, 2); fb_set64(&mm, 1);
        }
    }
    int32_t k = estimate_k(f, e);
    if (k >= 0) fb_mul_pow10(&s, k);
    else { fb_mul_pow10(&r, -k); fb_mul_pow10(&mp, -k); fb_mul_pow10(&mm, -k); }
    int c = fb_cmp_sum(&r, &mp, &s);
    if (even ? c >= 0 : c > 0) { fb_mul_small(&s, 10); k++; }
    *dexp = k;
    int32_t n = 0;
    /* The margins differ only at a power of two; otherwise scale one and use it twice. */
    fb *lowm = fb_cmp(&mp, &mm) == 0 ? &mp : &mm;
    for (;;) {
        fb_mul_small(&r, 10); fb_mul_small(&mp, 10);
        if (lowm != &mp) fb_mul_small(&mm, 10);
        uint32_t d = fb_digit(&r, &s);
        int cl = fb_cmp(&r, lowm);
        int tc1 = even ? cl <= 0 : cl < 0;
        int ch = fb_cmp_sum(&r, &mp, &s);
        int tc2 = even ? ch >= 0 : ch > 0;
        if (!tc1 && !tc2) { buf[n++] = (char)('0' + d); continue; }
        if (tc1 && tc2) {
            fb r2 = r; fb_shl(&r2, 1);
            int h = fb_cmp(&r2, &s);
            if (h > 0 || (h == 0 && (d & 1))) d++;
        } else if (tc2) d++;
        buf[n++] = (char)('0' + d);
        break;
    }
    return n;
}

int32_t dtoa_fixed(double x, int mode, int32_t ndig, char *buf, int32_t *dexp) {
    uint64_t f; int32_t e;
    unpack(x, &f, &e);
    fb r, s;
    fb_set64(&r, f);
    fb_set64(&s, 1);
    if (e >= 0) fb_shl(&r, (uint32_t)e); else fb_shl(&s, (uint32_t)(-e));
    int32_t k = estimate_k(f, e);
    if (k >= 0) fb_mul_pow10(&s, k); else fb_mul_pow10(&r, -k);
    if (fb_cmp(&r, &s) >= 0) { fb_mul_small(&s, 10); k++; }
    /* Now 10^(k-1) <= x < 10^k and x = 0.DIGITS * 10^k with r/s the remaining fraction. */
    int32_t n = mode == 'e' ? ndig : k + ndig;
    *dexp = k;
    if (n < 0) return 0;
    int32_t i = 0;
    for (; i < n; i++) {
        if (r.n == 0) { __builtin_memset(buf + i, '0', (size_t)(n - i)); i = n; break; }
        fb_mul_small(&r, 10);
        buf[i] = (char)('0' + fb_digit(&r, &s));
    }
    /* Round half-even on the exact remainder r/s of the last place. */
    fb r2 = r; fb_shl(&r2, 1);
    int h = r.n == 0 ? -1 : fb_cmp(&r2, &s);
    int last_odd = n > 0 ? ((buf[n - 1] - '0') & 1) : 0;
    if (h > 0 || (h == 0 && last_odd)) {
        int32_t j = n - 1;
        while (j >= 0 && buf[j] == '9') buf[j--] = '0';
        if (j >= 0) buf[j]++;
        else {
            /* All nines (or no digit at all): the value becomes 10^k. */
            buf[0] = '1';
            if (n > 0) __builtin_memset(buf + 1, '0', (size_t)(n - 1));
            k++;
            *dexp = k;
            if (n == 0) n = 1;
            else if (mode != 'e') { buf[n] = '0'; n++; }
        }
    }
    return n;
}

static const double P10[23] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
double pow10_exact(int k) { return P10[k]; }

static int32_t pow10_mag(int32_t k, uint32_t *out) {
    out[0] = 1;
    int32_t n = 1;
    while (k >= 9) { n = mag_mul_small(out, n, 1000000000u, 0, out); k -= 9; }
    static const uint32_t p10[9] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };
    if (k > 0) n = mag_mul_small(out, n, p10[k], 0, out);
    return n;
}

double strtod_digits(const char *digits, int32_t n, int32_t dexp) {
    while (n > 0 && digits[0] == '0') { digits++; n--; dexp--; }
    while (n > 0 && digits[n - 1] == '0') n--;
    if (n == 0) return 0.0;
    if (dexp > 310) return __builtin_inf();
    if (dexp < -330) return 0.0;
    /* 800 significant digits decide every rounding (halfway cases need at most 767); a nonzero
     * tail beyond them only matters as a sticky digit. */
    char tmp[802];
    if (n > 800) {
        __builtin_memcpy(tmp, digits, 800);
        tmp[800] = '1';
        digits = tmp;
        n = 801;
    }
    int32_t E = dexp - n; /* value = D * 10^E */
    if (n <= 15 && E >= -22 && E <= 22) {
        double D = 0;
        for (int32_t i = 0; i < n; i++) D = D * 10 + (digits[i] - '0');
        return E >= 0 ? D * P10[E] : D / P10[-E];
    }
    uint32_t *D = scratch_sure((uint64_t)(n / 9 + 3) * 4);
    int32_t nd = mag_from_decimal(digits, (uint32_t)n, D);
    int ovf;
    if (E >= 0) {
        uint32_t *p = scratch_sure((uint64_t)(E / 9 + 3) * 4);
        int32_t np = pow10_mag(E, p);
        uint32_t *m = scratch_sure((uint64_t)(nd + np) * 4);
        int32_t nm = mag_mul(D, nd, p, np, m);
        return mag_to_double(m, nm, &ovf);
    }
    uint32_t *p = scratch_sure((uint64_t)(-E / 9 + 3) * 4);
    int32_t np = pow10_mag(-E, p);
    return mag_ratio_to_double(D, nd, p, np, &ovf);
}
