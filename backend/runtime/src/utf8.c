/* utf8.c: bytes from outside (stdin, argv) to str, as CPython decodes them in UTF-8 mode and in
 * the C.UTF-8 locale: UTF-8 with the surrogateescape error handler. */
#include "rt.h"

/* Length of the well-formed UTF-8 sequence at p[0..n) (CPython's rules: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0 when none starts there. */
static uint32_t seq_len(const uint8_t *p, uint32_t n, uint32_t *cp) {
    uint8_t b = p[0];
    if (b < 0x80) { *cp = b; return 1; }
    uint32_t k, c, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { k = 2; c = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
        k = 3; c = b & 0x0f;
        if (b == 0xe0) lo = 0xa0;
        if (b == 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
        k = 4; c = b & 0x07;
        if (b == 0xf0) lo = 0x90;
        if (b == 0xf4) hi = 0x8f;
    } else return 0;
    if (n < k) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    c = (c << 6) | (p[1] & 0x3f);
    for (uint32_t i = 2; i < k; i++) {
        if ((p[i] & 0xc0) != 0x80) return 0;
        c = (c << 6) | (p[i] & 0x3f);
    }
    *cp = c;
    return k;
}

/* Every byte that does not belong to a well-formed sequence becomes U+DC80 + byte
 * (surrogateescape): whatever CPython's error ranges, each of their bytes is escaped alone. */
static uint32_t next_cp(const uint8_t *p, uint32_t n, uint32_t i, uint32_t *cp) {
    uint32_t k = seq_len(p + i, n - i, cp);
    if (k) return k;
    *cp = 0xdc00 + p[i];
    return 1;
}

wstr str_from_utf8(const uint8_t *p, uint32_t n) {
    uint32_t len = 0, max = 0, cp;
    for (uint32_t i = 0; i < n; len++) {
        i += next_cp(p, n, i, &cp);
        if (cp > max) max = cp;
    }
    wstr s = str_new(len, max < 0x100 ? 1 : max < 0x10000 ? 2 : 4);
    if (!s) return 0;
    uint8_t *d1 = str_data(s);
    uint16_t *d2 = (uint16_t *)d1;
    uint32_t *d4 = (uint32_t *)d1;
    uint32_t kind = str_kind(s);
    for (uint32_t i = 0, j = 0; i < n; j++) {
        i += next_cp(p, n, i, &cp);
        if (kind == 1) d1[j] = (uint8_t)cp;
        else if (kind == 2) d2[j] = (uint16_t)cp;
        else d4[j] = cp;
    }
    return s;
}
