/* strcase.c: str's case mappings (full mappings: 'ß'.upper() == 'SS', Greek final sigma) and
 * character-class predicates for all of Unicode 14, from the generated tables of
 * unicode_tables.c; ASCII takes a shortcut. */
#include "rt.h"

enum {
    F_ALPHA = 1, F_UPPER = 2, F_LOWER = 4, F_TITLE = 8, F_DIGIT = 16, F_NUMERIC = 32, F_CASED = 64,
    F_IGNORABLE = 128, F_SPECIAL_UPPER = 256, F_SPECIAL_LOWER = 512, F_SPECIAL_TITLE = 1024
};
enum { M_UPPER = 1, M_LOWER = 2, M_TITLE = 3 }; /* field of a record */

/* The record (flags, upper, lower, title) of code point c. */
static const int32_t *record(uint32_t c) {
    uint32_t lo = 0, hi = uni_case_runs_count; /* the last run starting at or before c */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if ((uni_case_runs[mid] >> 11) <= c) lo = mid; else hi = mid;
    }
    return &uni_case_records[4 * (uni_case_runs[lo] & 0x7ff)];
}

static uint32_t flags_of(uint32_t c) {
    if (c < 128) {
        if (c >= 'A' && c <= 'Z') return F_ALPHA | F_UPPER | F_CASED;
        if (c >= 'a' && c <= 'z') return F_ALPHA | F_LOWER | F_CASED;
        if (c >= '0' && c <= '9') return F_DIGIT | F_NUMERIC;
        return (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') ? F_IGNORABLE : 0;
    }
    return (uint32_t)record(c)[0];
}

/* Appends the mapping `field` of c. */
static void add_mapped(wsb sb, uint32_t c, int field) {
    if (c < 128) {
        if (field == M_LOWER ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z')) c ^= 32;
        rt_sb_add_char(sb, c);
        return;
    }
    const int32_t *r = record(c);
    if (r[0] & (F_SPECIAL_UPPER << (field - 1))) {
        const uint32_t *m = &uni_case_special[3 * r[field]];
        for (int k = 0; k < 3 && m[k]; k++) rt_sb_add_char(sb, m[k]);
    } else {
        rt_sb_add_char(sb, (uint32_t)((int32_t)c + r[field]));
    }
}

/* CPython's lower_ucs4: a capital sigma becomes final (ς) after a cased letter and not before one,
 * case-ignorable characters skipped on both sides. */
static void add_lower(wsb sb, wstr s, uint32_t i) {
    uint32_t c = str_at(s, i), n = str_len(s);
    if (c != 0x3a3) { add_mapped(sb, c, M_LOWER); return; }
    int64_t j = (int64_t)i - 1;
    uint32_t d = 0;
    for (; j >= 0; j--) { d = str_at(s, (uint32_t)j); if (!(flags_of(d) & F_IGNORABLE)) break; }
    int final = j >= 0 && (flags_of(d) & F_CASED);
    if (final && i + 1 < n) {
        uint32_t k = i + 1;
        for (; k < n; k++) { d = str_at(s, k); if (!(flags_of(d) & F_IGNORABLE)) break; }
        final = k == n || !(flags_of(d) & F_CASED);
    }
    rt_sb_add_char(sb, final ? 0x3c2 : 0x3c3);
}

/* Whether every character has one of the flags in `mask` (False for ''). */
static uint32_t all_of(wstr s, uint32_t mask) {
    uint32_t n = str_len(s);
    if (n == 0) return 0;
    for (uint32_t i = 0; i < n; i++) if (!(flags_of(str_at(s, i)) & mask)) return 0;
    return 1;
}

uint32_t WEXPORT(rt_str_isalpha)(wstr s) { return all_of(s, F_ALPHA); }
uint32_t WEXPORT(rt_str_isdigit)(wstr s) { return all_of(s, F_DIGIT); }
uint32_t WEXPORT(rt_str_isnumeric)(wstr s) { return all_of(s, F_NUMERIC); }

uint32_t WEXPORT(rt_str_isalnum)(wstr s) {
    uint32_t n = str_len(s);
    if (n == 0) return 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        if (!(flags_of(c) & (F_ALPHA | F_DIGIT | F_NUMERIC)) && uni_decimal_value(c) < 0) return 0;
    }
    return 1;
}

uint32_t WEXPORT(rt_str_isdecimal)(wstr s) {
    uint32_t n = str_len(s);
    if (n == 0) return 0;
    for (uint32_t i = 0; i < n; i++) if (uni_decimal_value(str_at(s, i)) < 0) return 0;
    return 1;
}

uint32_t WEXPORT(rt_str_isspace)(wstr s) {
    uint32_t n = str_len(s);
    if (n == 0) return 0;
    for (uint32_t i = 0; i < n; i++) if (!is_space_cp(str_at(s, i))) return 0;
    return 1;
}

uint32_t WEXPORT(rt_str_isprintable)(wstr s) {
    for (uint32_t i = 0; i < str_len(s); i++) if (!uni_is_printable(str_at(s, i))) return 0;
    return 1;
}

/* s.isidentifier(): a first character of XID_Start or '_', the others of XID_Continue. */
uint32_t WEXPORT(rt_str_isidentifier)(wstr s) {
    uint32_t n = str_len(s);
    if (n == 0 || !uni_in_ranges(uni_xid_start_packed, uni_xid_start_packed_size, 0, str_at(s, 0))) return 0;
    for (uint32_t i = 1; i < n; i++) {
        if (!uni_in_ranges(uni_xid_continue_packed, uni_xid_continue_packed_size, 0, str_at(s, i))) return 0;
    }
    return 1;
}

uint32_t WEXPORT(rt_str_isascii)(wstr s) {
    for (uint32_t i = 0; i < str_len(s); i++) if (str_at(s, i) >= 128) return 0;
    return 1;
}

/* isupper (want = F_UPPER) / islower (F_LOWER): some character of that case and none of the
 * other case nor titlecase. */
static uint32_t one_case(wstr s, uint32_t want) {
    uint32_t other = (F_UPPER | F_LOWER | F_TITLE) & ~want;
    int cased = 0;
    for (uint32_t i = 0; i < str_len(s); i++) {
        uint32_t f = flags_of(str_at(s, i));
        if (f & other) return 0;
        if (f & want) cased = 1;
    }
    return (uint32_t)cased;
}

uint32_t WEXPORT(rt_str_isupper)(wstr s) { return one_case(s, F_UPPER); }
uint32_t WEXPORT(rt_str_islower)(wstr s) { return one_case(s, F_LOWER); }

uint32_t WEXPORT(rt_str_istitle)(wstr s) {
    int cased = 0, prev_cased = 0;
    for (uint32_t i = 0; i < str_len(s); i++) {
        uint32_t f = flags_of(str_at(s, i));
        if (f & (F_UPPER | F_TITLE)) {
            if (prev_cased) return 0;
            prev_cased = cased = 1;
        } else if (f & F_LOWER) {
            if (!prev_cased) return 0;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return (uint32_t)cased;
}

enum { C_UPPER, C_LOWER, C_TITLE, C_CAPITALIZE, C_SWAPCASE };

static wstr map_case(wstr s, int mode) {
    uint32_t n = str_len(s);
    wsb sb = sb_new_cap(n);
    if (!sb) return 0;
    int prev_cased = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i), f = flags_of(c);
        switch (mode) {
        case C_UPPER: add_mapped(sb, c, M_UPPER); break;
        case C_LOWER: add_lower(sb, s, i); break;
        case C_TITLE:
            if (prev_cased) add_lower(sb, s, i); else add_mapped(sb, c, M_TITLE);
            prev_cased = (f & F_CASED) != 0;
            break;
        case C_CAPITALIZE:
            if (i == 0) add_mapped(sb, c, M_TITLE); else add_lower(sb, s, i);
            break;
        default:
            if (f & F_UPPER) add_lower(sb, s, i);
            else if (f & F_LOWER) add_mapped(sb, c, M_UPPER);
            else rt_sb_add_char(sb, c);
        }
    }
    return rt_sb_finish(sb);
}

wstr WEXPORT(rt_str_upper)(wstr s) { return map_case(s, C_UPPER); }
wstr WEXPORT(rt_str_lower)(wstr s) { return map_case(s, C_LOWER); }
wstr WEXPORT(rt_str_title)(wstr s) { return map_case(s, C_TITLE); }
wstr WEXPORT(rt_str_capitalize)(wstr s) { return map_case(s, C_CAPITALIZE); }
wstr WEXPORT(rt_str_swapcase)(wstr s) { return map_case(s, C_SWAPCASE); }

/* str.casefold(): CPython's full case folding, character by character (no final-sigma rule):
 * the folding table where it differs from lower(), else the lower mapping. */
wstr WEXPORT(rt_str_casefold)(wstr s) {
    uint32_t n = str_len(s);
    wsb sb = sb_new_cap(n);
    if (!sb) return 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        uint32_t lo = 0, hi = c < 128 ? 0 : uni_fold_count;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (uni_fold[2 * mid] < c) lo = mid + 1; else hi = mid;
        }
        if (lo < uni_fold_count && c >= 128 && uni_fold[2 * lo] == c) {
            uint32_t f = uni_fold[2 * lo + 1];
            if (f < 0x110000) { rt_sb_add_char(sb, f); continue; }
            const uint32_t *m = &uni_case_special[3 * (f - 0x110000)];
            for (int k = 0; k < 3 && m[k]; k++) rt_sb_add_char(sb, m[k]);
        } else {
            add_mapped(sb, c, M_LOWER);
        }
    }
    return rt_sb_finish(sb);
}
