/* intstr.c: int <-> str conversions with CPython's rules (4300-digit limit, underscores, bases). */
#include "rt.h"

#define MAX_STR_DIGITS 4300

int is_space_cp(uint32_t c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Decimal text of |a| into a scratch buffer; returns its length, 0 after raising. */
uint32_t int_abs_decimal(wint a, char **out, int *neg) {
    if (is_small(a)) {
        char *b = scratch_sure(24);
        int64_t x = small_val(a);
        uint64_t u = x < 0 ? -(uint64_t)x : (uint64_t)x;
        char t[24]; int i = 24;
        do { t[--i] = (char)('0' + u % 10); u /= 10; } while (u);
        __builtin_memcpy(b, t + i, (size_t)(24 - i));
        *out = b; *neg = x < 0;
        return (uint32_t)(24 - i);
    }
    uint32_t tmp[2];
    big x = big_view(a, tmp);
    /* Refuse before the quadratic conversion when the size alone proves too many digits. */
    if ((uint64_t)mag_bitlen(x.d, x.n) > (uint64_t)(MAX_STR_DIGITS + 1) * 3322 / 1000 + 64) goto too_many;
    char *b = scratch((uint64_t)x.n * 10 + 2);
    if (!b) return 0;
    uint32_t n = mag_to_decimal(x.d, x.n, b);
    if (n > MAX_STR_DIGITS) goto too_many;
    *out = b; *neg = x.neg;
    return n;
too_many:
    raise_c(EXC_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; "
                            "use sys.set_int_max_str_digits() to increase the limit");
    return 0;
}

wstr WEXPORT(rt_int_to_str)(wint a) {
    char *b; int neg;
    uint32_t n = int_abs_decimal(a, &b, &neg);
    if (n == 0) return 0;
    wstr s = str_new(n + (uint32_t)neg, 1);
    if (!s) return 0;
    if (neg) str_data(s)[0] = '-';
    __builtin_memcpy(str_data(s) + neg, b, n);
    return s;
}

static int digit_value(uint32_t c) {
    if (c >= 0x80) { int d = uni_decimal_value(c); return d < 0 ? 99 : d; }
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'Z') return (int)(c - 'A' + 10);
    return 99;
}

static void invalid_literal(wstr s, int64_t base) {
    wsb sb = rt_sb_new();
    if (!sb) return;
    sb_add_cstr(sb, "invalid literal for int() with base ");
    char b[8]; int i = 8; int64_t v = base;
    do { b[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    sb_add_bytes(sb, b + i, (uint32_t)(8 - i));
    sb_add_cstr(sb, ": ");
    wstr r = rt_str_repr(s);
    if (!r) return;
    /* CPython formats the literal with %.200R. */
    uint32_t n = str_len(r) < 200 ? str_len(r) : 200;
    for (uint32_t k = 0; k < n; k++) rt_sb_add_char(sb, str_at(r, k));
    rt_raise(EXC_ValueError, rt_sb_finish(sb));
}

wint WEXPORT(rt_int_from_str)(wstr s, wint wbase) {
    int64_t base = is_small(wbase) ? small_val(wbase) : -1, orig_base = base;
    if (base != 0 && (base < 2 || base > 36)) {
        raise_c(EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    uint32_t n = str_len(s), i = 0, end = n;
    while (i < end && is_space_cp(str_at(s, i))) i++;
    while (end > i && is_space_cp(str_at(s, end - 1))) end--;
    int neg = 0;
    if (i < end && (str_at(s, i) == '+' || str_at(s, i) == '-')) { neg = str_at(s, i) == '-'; i++; }
    int prefixed = 0;
    if (i + 1 < end && str_at(s, i) == '0') {
        uint32_t p = str_at(s, i + 1) | 0x20;
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { base = pb; i += 2; prefixed = 1; }
    }
    int base0_decimal = 0;
    if (base == 0) { base = 10; base0_decimal = 1; }
    /* Digits with single underscores between them (and right after a prefix). */
    char *digits = scratch(end - i + 1);
    if (!digits) return 0;
    uint32_t nd = 0;
    int state = 0, ok = 1; /* 0: nothing yet, 1: after a digit, 2: after an underscore */
    for (uint32_t k = i; k < end; k++) {
        uint32_t c = str_at(s, k);
        if (c == '_') {
            if (state == 2 || (state == 0 && !prefixed)) { ok = 0; break; }
            state = 2;
            continue;
        }
        int d = digit_value(c);
        if (d >= base) { ok = 0; break; }
        digits[nd++] = (char)d;
        state = 1;
    }
    if (state != 1) ok = 0;
    if (ok && base0_decimal && nd > 1 && digits[0] == 0) {
        /* Base 0 forbids leading zeros in a non-zero decimal literal. */
        for (uint32_t k = 0; k < nd; k++) if (digits[k] != 0) { ok = 0; break; }
    }
    if (!ok) { invalid_literal(s, orig_base); return 0; }
    if ((base & (base - 1)) != 0 && nd > MAX_STR_DIGITS) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "Exceeds the limit (4300 digits) for integer string conversion: value has ");
        char b[12]; int j = 12; uint32_t v = nd;
        do { b[--j] = (char)('0' + v % 10); v /= 10; } while (v);
        sb_add_bytes(sb, b + j, (uint32_t)(12 - j));
        sb_add_cstr(sb, " digits; use sys.set_int_max_str_digits() to increase the limit");
        rt_raise(EXC_ValueError, rt_sb_finish(sb));
        return 0;
    }
    uint32_t *mag = scratch(((uint64_t)nd / 9 + 3) * 4 * (base > 10 ? 2 : 1) + 8);
    if (!mag) return 0;
    int32_t len = 0;
    if (base == 10) {
        for (uint32_t k = 0; k < nd; k++) digits[k] = (char)(digits[k] + '0');
        len = mag_from_decimal(digits, nd, mag);
    } else {
        for (uint32_t k = 0; k < nd; k++) len = mag_mul_small(mag, len, (uint32_t)base, (uint32_t)digits[k], mag);
    }
    return big_make(mag, len, neg);
}
