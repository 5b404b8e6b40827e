/* str.c: immutable code-point strings (PEP 393-like kinds 1/2/4), the string builder and repr. */
#include "rt.h"

uint32_t cstrlen(const char *p) { uint32_t n = 0; while (p[n]) n++; return n; }

static uint64_t str_bytes(uint32_t len, uint32_t kind) { return 16 + (uint64_t)len * kind; }

wstr str_new(uint32_t len, uint32_t kind) {
    uint64_t sz = str_bytes(len, kind);
    if (sz >= 0xffff0000ull) { rt_raise(EXC_MemoryError, 0); return 0; }
    wstr s = rt_alloc((uint32_t)sz, T_STR);
    if (!s) return 0;
    HDR(s)[1] = len;
    HDR(s)[3] = kind;
    return s;
}

static void str_put(wstr s, uint32_t i, uint32_t c) {
    uint32_t k = str_kind(s);
    if (k == 1) str_data(s)[i] = (uint8_t)c;
    else if (k == 2) ((uint16_t *)str_data(s))[i] = (uint16_t)c;
    else ((uint32_t *)str_data(s))[i] = c;
}

static uint32_t kind_for(uint32_t maxc) { return maxc < 256 ? 1 : maxc < 65536 ? 2 : 4; }

wstr str_from_ascii(const char *p, uint32_t n) {
    wstr s = str_new(n, 1);
    if (s) __builtin_memcpy(str_data(s), p, n);
    return s;
}

wstr str_from_cstr(const char *p) { return str_from_ascii(p, cstrlen(p)); }

wstr WEXPORT(rt_str_from_utf8)(uint32_t ptr, uint32_t len) {
    const uint8_t *b = (const uint8_t *)(size_t)ptr;
    uint32_t n = 0, maxc = 0;
    for (uint32_t i = 0; i < len; ) {
        uint8_t c = b[i];
        uint32_t cp, k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        cp = k == 1 ? c : k == 2 ? (c & 0x1f) : k == 3 ? (c & 0x0f) : (c & 0x07);
        for (uint32_t j = 1; j < k && i + j < len; j++) cp = (cp << 6) | (b[i + j] & 0x3f);
        if (cp > maxc) maxc = cp;
        n++;
        i += k;
    }
    wstr s = str_new(n, kind_for(maxc));
    if (!s) return 0;
    n = 0;
    for (uint32_t i = 0; i < len; ) {
        uint8_t c = b[i];
        uint32_t cp, k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        cp = k == 1 ? c : k == 2 ? (c & 0x1f) : k == 3 ? (c & 0x0f) : (c & 0x07);
        for (uint32_t j = 1; j < k && i + j < len; j++) cp = (cp << 6) | (b[i + j] & 0x3f);
        str_put(s, n++, cp);
        i += k;
    }
    return s;
}

static uint32_t str_maxchar(wstr s) {
    uint32_t k = str_kind(s), n = str_len(s), m = 0;
    if (k == 1) { for (uint32_t i = 0; i < n; i++) if (str_data(s)[i] > m) m = str_data(s)[i]; return m; }
    for (uint32_t i = 0; i < n; i++) { uint32_t c = str_at(s, i); if (c > m) m = c; }
    return m;
}

/* Copies s into d at code-point offset off (d's kind is at least s's). */
static void str_copy_into(wstr d, uint32_t off, wstr s) {
    uint32_t n = str_len(s);
    if (str_kind(d) == str_kind(s)) {
        __builtin_memcpy(str_data(d) + (size_t)off * str_kind(d), str_data(s), (size_t)n * str_kind(s));
        return;
    }
    for (uint32_t i = 0; i < n; i++) str_put(d, off + i, str_at(s, i));
}

wstr WEXPORT(rt_str_concat)(wstr a, wstr b) {
    if (str_len(a) == 0) return b;
    if (str_len(b) == 0) return a;
    uint32_t ka = str_kind(a), kb = str_kind(b), k = ka > kb ? ka : kb;
    uint64_t n = (uint64_t)str_len(a) + str_len(b);
    if (n > 0x7fffffffull) { rt_raise(EXC_MemoryError, 0); return 0; }
    wstr s = str_new((uint32_t)n, k);
    if (!s) return 0;
    str_copy_into(s, 0, a);
    str_copy_into(s, str_len(a), b);
    return s;
}

wstr WEXPORT(rt_str_repeat)(wstr s, wint n) {
    if (!fits_ssize(n)) {
        raise_c(EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
        return 0;
    }
    if (rt_int_cmp(n, 0) <= 0 || str_len(s) == 0) return str_new(0, 1);
    if (n == mk_small(1)) return s;
    /* CPython's order: a length past Py_ssize_t is an OverflowError, one past Waspy's limit of
     * 2**31 - 1 code points a MemoryError. */
    uint64_t times = (uint64_t)rt_int_to_i64(n);
    if (times > 0x7fffffffffffffffull / str_len(s)) {
        raise_c(EXC_OverflowError, "repeated string is too long");
        return 0;
    }
    if (times * str_len(s) > 0x7fffffffull) {
        rt_raise(EXC_MemoryError, 0);
        return 0;
    }
    uint32_t cnt = (uint32_t)small_val(n), len = str_len(s), k = str_kind(s);
    wstr r = str_new(cnt * len, k);
    if (!r) return 0;
    for (uint32_t i = 0; i < cnt; i++)
        __builtin_memcpy(str_data(r) + (size_t)i * len * k, str_data(s), (size_t)len * k);
    return r;
}

uint32_t WEXPORT(rt_str_eq)(wstr a, wstr b) {
    if (a == b) return 1;
    uint32_t n = str_len(a);
    if (n != str_len(b)) return 0;
    if (str_kind(a) == str_kind(b)) return __builtin_memcmp(str_data(a), str_data(b), (size_t)n * str_kind(a)) == 0;
    return 0; /* narrowest-kind invariant: different kinds hold different code points */
}

int32_t WEXPORT(rt_str_cmp)(wstr a, wstr b) {
    uint32_t na = str_len(a), nb = str_len(b), n = na < nb ? na : nb;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t x = str_at(a, i), y = str_at(b, i);
        if (x != y) return x < y ? -1 : 1;
    }
    return na < nb ? -1 : na > nb;
}

wint WEXPORT(rt_str_len)(wstr s) { return mk_small(str_len(s)); }

wstr WEXPORT(rt_str_getitem)(wstr s, wint i) {
    if (!fits_ssize(i)) { raise_c(EXC_IndexError, "cannot fit 'int' into an index-sized integer"); return 0; }
    int64_t n = str_len(s), k = is_small(i) ? small_val(i) : (rt_int_cmp(i, 0) < 0 ? -n - 1 : n);
    if (k < 0) k += n;
    if (k < 0 || k >= n) { raise_c(EXC_IndexError, "string index out of range"); return 0; }
    uint32_t c = str_at(s, (uint32_t)k);
    wstr r = str_new(1, kind_for(c));
    if (r) str_put(r, 0, c);
    return r;
}

wstr WEXPORT(rt_bool_str)(uint32_t b) { return str_from_cstr(b ? "True" : "False"); }
wstr WEXPORT(rt_none_str)(void) { return str_from_cstr("None"); }

/* ---- string builder: header word = length; u32 buffer (UCS-4) at 8; capacity at 12;
 *      max code point at 16. ---- */
wsb sb_new_cap(uint32_t cap) {
    wsb sb = rt_alloc(24, T_STRBUILDER);
    if (!sb) return 0;
    if (cap < 16) cap = 16;
    uint32_t *buf = scratch((uint64_t)cap * 4);
    if (!buf) return 0;
    HDR(sb)[2] = (uint32_t)(size_t)buf;
    HDR(sb)[3] = cap;
    return sb;
}

wsb WEXPORT(rt_sb_new)(void) { return sb_new_cap(32); }

uint32_t sb_len(wsb sb) { return HDR(sb)[1]; }

static uint32_t *sb_reserve(wsb sb, uint32_t extra) {
    uint32_t len = HDR(sb)[1], cap = HDR(sb)[3];
    if ((uint64_t)len + extra > cap) {
        uint64_t nc = (uint64_t)cap * 2;
        if (nc < (uint64_t)len + extra) nc = (uint64_t)len + extra;
        if (nc > 0x3ffffff0ull) { rt_raise(EXC_MemoryError, 0); return 0; }
        uint32_t *nb = scratch(nc * 4);
        if (!nb) return 0;
        __builtin_memcpy(nb, (void *)(size_t)HDR(sb)[2], (size_t)len * 4);
        HDR(sb)[2] = (uint32_t)(size_t)nb;
        HDR(sb)[3] = (uint32_t)nc;
    }
    return (uint32_t *)(size_t)HDR(sb)[2] + len;
}

void WEXPORT(rt_sb_add_char)(wsb sb, uint32_t cp) {
    uint32_t *p = sb_reserve(sb, 1);
    if (!p) return;
    *p = cp;
    HDR(sb)[1]++;
    if (cp > HDR(sb)[4]) HDR(sb)[4] = cp;
}

void sb_add_repeat(wsb sb, uint32_t cp, int32_t n) {
    if (n <= 0) return;
    uint32_t *p = sb_reserve(sb, (uint32_t)n);
    if (!p) return;
    for (int32_t i = 0; i < n; i++) p[i] = cp;
    HDR(sb)[1] += (uint32_t)n;
    if (cp > HDR(sb)[4]) HDR(sb)[4] = cp;
}

void sb_add_bytes(wsb sb, const char *s, uint32_t n) {
    uint32_t *p = sb_reserve(sb, n);
    if (!p) return;
    uint32_t m = HDR(sb)[4];
    for (uint32_t i = 0; i < n; i++) { p[i] = (uint8_t)s[i]; if (p[i] > m) m = p[i]; }
    HDR(sb)[1] += n;
    HDR(sb)[4] = m;
}

void sb_add_cstr(wsb sb, const char *s) { sb_add_bytes(sb, s, cstrlen(s)); }

void WEXPORT(rt_sb_add_ascii)(wsb sb, uint32_t ptr, uint32_t len) { sb_add_bytes(sb, (const char *)(size_t)ptr, len); }

void WEXPORT(rt_sb_add_str)(wsb sb, wstr s) {
    uint32_t n = str_len(s);
    uint32_t *p = sb_reserve(sb, n);
    if (!p) return;
    for (uint32_t i = 0; i < n; i++) p[i] = str_at(s, i);
    HDR(sb)[1] += n;
    if (str_kind(s) > 1 || n) { uint32_t m = str_maxchar(s); if (m > HDR(sb)[4]) HDR(sb)[4] = m; }
}

wstr WEXPORT(rt_sb_finish)(wsb sb) {
    uint32_t n = HDR(sb)[1];
    const uint32_t *p = (const uint32_t *)(size_t)HDR(sb)[2];
    wstr s = str_new(n, kind_for(HDR(sb)[4]));
    if (!s) return 0;
    for (uint32_t i = 0; i < n; i++) str_put(s, i, p[i]);
    return s;
}

/* Code points below 128 as chars, others replaced by 0x80 (callers validate separately). */
uint32_t str_to_ascii_tmp(wstr s, char **out) {
    uint32_t n = str_len(s);
    char *b = scratch(n + 1);
    if (!b) return 0;
    for (uint32_t i = 0; i < n; i++) { uint32_t c = str_at(s, i); b[i] = c < 128 ? (char)c : (char)0x80; }
    b[n] = 0;
    *out = b;
    return n;
}

static uint32_t read_leb(const uint8_t *p, uint32_t *pos) {
    uint32_t v = 0, shift = 0;
    uint8_t b;
    do { b = p[(*pos)++]; v |= (uint32_t)(b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return v;
}

int uni_in_ranges(const uint8_t *packed, uint32_t size, uint32_t origin, uint32_t c) {
    uint32_t pos = 0, start = origin;
    while (pos < size) {
        start += read_leb(packed, &pos);
        if (c < start) return 0;
        uint32_t len = read_leb(packed, &pos);
        if (c < start + len) return 1;
        start += len;
    }
    return 0;
}

int uni_is_printable(uint32_t c) {
    if (c < 0x100) return !(c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad);
    return !uni_in_ranges(uni_nonprintable_packed, uni_nonprintable_packed_size, 0x100, c);
}

int uni_decimal_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c < 0x660) return -1;
    uint32_t lo = 0, hi = uni_decimal_zeros_count;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c < uni_decimal_zeros[mid]) hi = mid;
        else if (c > uni_decimal_zeros[mid] + 9) lo = mid + 1;
        else return (int)(c - uni_decimal_zeros[mid]);
    }
    return -1;
}

static const char HEX[] = "0123456789abcdef";

wstr WEXPORT(rt_str_repr)(wstr s) {
    uint32_t n = str_len(s);
    int has_sq = 0, has_dq = 0;
    for (uint32_t i = 0; i < n; i++) { uint32_t c = str_at(s, i); if (c == '\'') has_sq = 1; if (c == '"') has_dq = 1; }
    uint32_t q = (has_sq && !has_dq) ? '"' : '\'';
    wsb sb = sb_new_cap(n + 2);
    if (!sb) return 0;
    rt_sb_add_char(sb, q);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        if (c == q || c == '\\') { rt_sb_add_char(sb, '\\'); rt_sb_add_char(sb, c); }
        else if (c == '\n') sb_add_cstr(sb, "\\n");
        else if (c == '\r') sb_add_cstr(sb, "\\r");
        else if (c == '\t') sb_add_cstr(sb, "\\t");
        else if (uni_is_printable(c)) rt_sb_add_char(sb, c);
        else {
            char b[10];
            int w = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            b[0] = '\\'; b[1] = w == 2 ? 'x' : w == 4 ? 'u' : 'U';
            for (int k = 0; k < w; k++) b[2 + k] = HEX[(c >> (4 * (w - 1 - k))) & 15];
            sb_add_bytes(sb, b, 2 + (uint32_t)w);
        }
    }
    rt_sb_add_char(sb, q);
    return rt_sb_finish(sb);
}

/* ---- slicing, searching, joining, ord/chr ---- */

/* A slice bound as CPython's PyEval_SliceIndex sees it: ints clamp to 64 bits. 0 after raising. */
int slice_index(wobj v, int64_t *out, int *is_none) {
    uint32_t t = rt_obj_type(v);
    *is_none = t == T_NONE;
    if (*is_none) return 1;
    if (t == T_BOOL) { *out = HDR(unbox_ptr(v))[2]; return 1; }
    if (t != T_INT) {
        raise_c(EXC_TypeError, "slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    if (is_small(v)) { *out = small_val(v); return 1; }
    *out = rt_int_cmp(v, 0) < 0 ? (-0x7fffffffffffffffLL - 1) : 0x7fffffffffffffffLL;
    return 1;
}

/* CPython's slice index adjustment for a sequence of `len` items (PySlice_AdjustIndices); the
 * adjusted stop goes to *pstop when it is not null. 0 after raising. */
int slice_bounds_stop(int64_t len, wobj wstart, wobj wstop, wobj wstep, int64_t *pstart, int64_t *pstop,
                      int64_t *pstep, int64_t *count) {
    int64_t start = 0, stop = 0, step = 1;
    int nstart, nstop, nstep;
    if (!slice_index(wstep, &step, &nstep) || !slice_index(wstart, &start, &nstart) ||
        !slice_index(wstop, &stop, &nstop)) return 0;
    if (nstep) step = 1;
    if (step == 0) { raise_c(EXC_ValueError, "slice step cannot be zero"); return 0; }
    /* CPython clamps the step so that -step cannot overflow. */
    if (step < -0x7fffffffffffffffLL) step = -0x7fffffffffffffffLL;
    int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? len - 1 : len;
    if (nstart) start = step < 0 ? upper : lower;
    else {
        if (start < 0) { start += len; if (start < lower) start = lower; }
        else if (start > upper) start = upper;
    }
    if (nstop) stop = step < 0 ? lower : upper;
    else {
        if (stop < 0) { stop += len; if (stop < lower) stop = lower; }
        else if (stop > upper) stop = upper;
    }
    int64_t n = 0;
    if (step < 0) { if (stop < start) n = (start - stop - 1) / (-step) + 1; }
    else if (start < stop) n = (stop - start - 1) / step + 1;
    *pstart = start; *pstep = step; *count = n;
    if (pstop) *pstop = stop;
    return 1;
}

int slice_bounds(int64_t len, wobj wstart, wobj wstop, wobj wstep, int64_t *pstart, int64_t *pstep, int64_t *count) {
    return slice_bounds_stop(len, wstart, wstop, wstep, pstart, 0, pstep, count);
}

wstr WEXPORT(rt_str_slice)(wstr s, wobj wstart, wobj wstop, wobj wstep) {
    int64_t start, step, n;
    if (!slice_bounds(str_len(s), wstart, wstop, wstep, &start, &step, &n)) return 0;
    if (step == 1) {
        wstr r = str_new((uint32_t)n, 1);
        if (!r) return 0;
        uint32_t maxc = 0;
        for (int64_t i = 0; i < n; i++) { uint32_t c = str_at(s, (uint32_t)(start + i)); if (c > maxc) maxc = c; }
        if (kind_for(maxc) != 1) { r = str_new((uint32_t)n, kind_for(maxc)); if (!r) return 0; }
        for (int64_t i = 0; i < n; i++) str_put(r, (uint32_t)i, str_at(s, (uint32_t)(start + i)));
        return r;
    }
    wsb sb = sb_new_cap((uint32_t)n);
    if (!sb) return 0;
    for (int64_t i = 0; i < n; i++) rt_sb_add_char(sb, str_at(s, (uint32_t)(start + i * step)));
    return rt_sb_finish(sb);
}

static int64_t find(wstr s, wstr sub) {
    uint32_t n = str_len(s), m = str_len(sub);
    if (m > n) return -1;
    for (uint32_t i = 0; i + m <= n; i++) {
        uint32_t j = 0;
        while (j < m && str_at(s, i + j) == str_at(sub, j)) j++;
        if (j == m) return i;
    }
    return -1;
}

uint32_t WEXPORT(rt_str_contains)(wstr hay, wstr needle) { return find(hay, needle) >= 0; }
wint WEXPORT(rt_str_find)(wstr s, wstr sub) { return mk_small(find(s, sub)); }

wstr WEXPORT(rt_str_join)(wstr sep, wtuple items) {
    uint32_t n = rt_tuple_len(items);
    wsb sb = rt_sb_new();
    if (!sb) return 0;
    for (uint32_t i = 0; i < n; i++) {
        wobj v = rt_tuple_get(items, i);
        if (rt_obj_type(v) != T_STR) {
            wsb m = rt_sb_new();
            sb_add_cstr(m, "sequence item ");
            wstr idx = rt_int_to_str(mk_small(i));
            rt_sb_add_str(m, idx);
            sb_add_cstr(m, ": expected str instance, ");
            sb_add_cstr(m, type_name(v));
            sb_add_cstr(m, " found");
            rt_raise(EXC_TypeError, rt_sb_finish(m));
            return 0;
        }
        if (i) rt_sb_add_str(sb, sep);
        rt_sb_add_str(sb, unbox_ptr(v));
    }
    return rt_sb_finish(sb);
}

wint WEXPORT(rt_str_ord)(wstr s) {
    if (str_len(s) != 1) {
        wsb m = rt_sb_new();
        sb_add_cstr(m, "ord() expected a character, but string of length ");
        rt_sb_add_str(m, rt_int_to_str(mk_small(str_len(s))));
        sb_add_cstr(m, " found");
        rt_raise(EXC_TypeError, rt_sb_finish(m));
        return 0;
    }
    return mk_small(str_at(s, 0));
}

wstr WEXPORT(rt_chr)(wint i) {
    if (!is_small(i) || small_val(i) > 0x7fffffff || small_val(i) < -0x7fffffffLL - 1) {
        raise_c(EXC_OverflowError, "Python int too large to convert to C int");
        return 0;
    }
    int64_t c = small_val(i);
    if (c < 0 || c > 0x10ffff) { raise_c(EXC_ValueError, "chr() arg not in range(0x110000)"); return 0; }
    wstr r = str_new(1, kind_for((uint32_t)c));
    if (r) str_put(r, 0, (uint32_t)c);
    return r;
}

/* ---- split, strip, affixes, replace, count, case ---- */

static wstr substr(wstr s, uint32_t from, uint32_t to) {
    return rt_str_slice(s, mk_small(from), mk_small(to), box_ptr(NONE_PTR));
}

static int append_str(wlist l, wstr s) {
    if (!s) return 0;
    rt_list_append(l, box_ptr(s));
    return !exc_pending();
}

static int64_t find_from(wstr s, wstr sub, uint32_t from) {
    uint32_t n = str_len(s), m = str_len(sub);
    for (uint32_t i = from; i + m <= n; i++) {
        uint32_t j = 0;
        while (j < m && str_at(s, i + j) == str_at(sub, j)) j++;
        if (j == m) return i;
    }
    return -1;
}

/* A Python int as a C ssize_t; 0 after raising OverflowError. */
int ssize_of(wint v, int64_t *out) {
    if (is_small(v)) { *out = small_val(v); return 1; }
    if (!fits_ssize(v)) {
        raise_c(EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return 0;
    }
    uint32_t tmp[2];
    big x = big_view(v, tmp);
    uint64_t m = x.d[0] | (x.n > 1 ? (uint64_t)x.d[1] << 32 : 0);
    *out = x.neg ? (int64_t)(0 - m) : (int64_t)m;
    return 1;
}

wlist WEXPORT(rt_str_split)(wstr s, wobj sep, wint wmax) {
    int64_t maxsplit;
    if (!ssize_of(wmax, &maxsplit)) return 0;
    if (maxsplit < 0) maxsplit = 0x7fffffffffffffffLL;
    uint32_t st = rt_obj_type(sep);
    if (st != T_NONE && st != T_STR) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "must be str or None, not ");
        sb_add_cstr(sb, type_name(sep));
        rt_raise(EXC_TypeError, rt_sb_finish(sb));
        return 0;
    }
    wlist l = rt_list_new(0);
    if (!l) return 0;
    uint32_t n = str_len(s);
    if (st == T_NONE) {
        uint32_t i = 0;
        int64_t splits = 0;
        while (1) {
            while (i < n && is_space_cp(str_at(s, i))) i++;
            if (i >= n) break;
            if (splits >= maxsplit) {
                /* CPython keeps the remainder's trailing whitespace. */
                if (!append_str(l, substr(s, i, n))) return 0;
                break;
            }
            uint32_t j = i;
            while (j < n && !is_space_cp(str_at(s, j))) j++;
            if (!append_str(l, substr(s, i, j))) return 0;
            splits++;
            i = j;
        }
        return l;
    }
    wstr sp = unbox_ptr(sep);
    uint32_t m = str_len(sp);
    if (m == 0) { raise_c(EXC_ValueError, "empty separator"); return 0; }
    uint32_t i = 0;
    int64_t splits = 0;
    while (splits < maxsplit) {
        int64_t k = find_from(s, sp, i);
        if (k < 0) break;
        if (!append_str(l, substr(s, i, (uint32_t)k))) return 0;
        i = (uint32_t)k + m;
        splits++;
    }
    if (!append_str(l, substr(s, i, n))) return 0;
    return l;
}

static int in_chars(wstr chars, uint32_t c) {
    if (!chars) return is_space_cp(c);
    for (uint32_t i = 0; i < str_len(chars); i++) if (str_at(chars, i) == c) return 1;
    return 0;
}

/* where: 1 = left, 2 = right, 3 = both. */
static wstr strip(wstr s, wobj chars, uint32_t where) {
    uint32_t ct = rt_obj_type(chars);
    if (ct != T_NONE && ct != T_STR) {
        raise_c(EXC_TypeError, where == 3 ? "strip arg must be None or str"
                               : where == 1 ? "lstrip arg must be None or str" : "rstrip arg must be None or str");
        return 0;
    }
    wstr cs = ct == T_STR ? unbox_ptr(chars) : 0;
    uint32_t i = 0, j = str_len(s);
    if (where & 1) while (i < j && in_chars(cs, str_at(s, i))) i++;
    if (where & 2) while (j > i && in_chars(cs, str_at(s, j - 1))) j--;
    if (i == 0 && j == str_len(s)) return s;
    return substr(s, i, j);
}

wstr WEXPORT(rt_str_strip)(wstr s, wobj chars) { return strip(s, chars, 3); }
wstr WEXPORT(rt_str_lstrip)(wstr s, wobj chars) { return strip(s, chars, 1); }
wstr WEXPORT(rt_str_rstrip)(wstr s, wobj chars) { return strip(s, chars, 2); }

static int match_at(wstr s, wstr t, uint32_t at) {
    for (uint32_t k = 0; k < str_len(t); k++) if (str_at(s, at + k) != str_at(t, k)) return 0;
    return 1;
}

uint32_t WEXPORT(rt_str_startswith)(wstr s, wstr p) { return str_len(p) <= str_len(s) && match_at(s, p, 0); }
uint32_t WEXPORT(rt_str_endswith)(wstr s, wstr p) {
    return str_len(p) <= str_len(s) && match_at(s, p, str_len(s) - str_len(p));
}

wint WEXPORT(rt_str_count)(wstr s, wstr sub) {
    uint32_t m = str_len(sub);
    if (m == 0) return mk_small((int64_t)str_len(s) + 1);
    int64_t c = 0, k;
    uint32_t i = 0;
    while ((k = find_from(s, sub, i)) >= 0) { c++; i = (uint32_t)k + m; }
    return mk_small(c);
}

wstr WEXPORT(rt_str_replace)(wstr s, wstr old, wstr repl, wint wcount) {
    int64_t count;
    if (!ssize_of(wcount, &count)) return 0;
    if (count < 0) count = 0x7fffffffffffffffLL;
    uint32_t n = str_len(s), m = str_len(old);
    wsb sb = sb_new_cap(n);
    if (!sb) return 0;
    uint32_t i = 0;
    int64_t done = 0;
    if (m == 0) {
        /* An empty pattern matches before every character and at the end. */
        for (; i <= n; i++) {
            if (done < count) { rt_sb_add_str(sb, repl); done++; }
            if (i < n) rt_sb_add_char(sb, str_at(s, i));
        }
        return rt_sb_finish(sb);
    }
    while (done < count) {
        int64_t k = find_from(s, old, i);
        if (k < 0) break;
        for (uint32_t j = i; j < (uint32_t)k; j++) rt_sb_add_char(sb, str_at(s, j));
        rt_sb_add_str(sb, repl);
        i = (uint32_t)k + m;
        done++;
    }
    for (; i < n; i++) rt_sb_add_char(sb, str_at(s, i));
    return rt_sb_finish(sb);
}
