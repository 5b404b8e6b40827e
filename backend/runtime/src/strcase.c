/* strcase.c: str's case mappings and character-class predicates. Exact for Latin-1, for decimal
 * digits and spaces everywhere, and for the long uncased runs of unicode_tables.c (CJK, kana,
 * Hangul, symbols, emoji); any other character above U+00FF stops the program with
 * RT_EXIT_UNSUPPORTED, because no case tables are linked in. A predicate that some known
 * character already decides is answered even when the text also holds unknown ones. */
#include "rt.h"

enum {
    C_ALPHA = 1, C_UPPER = 2, C_LOWER = 4, C_DIGIT = 8, C_NUMERIC = 16, C_DECIMAL = 32,
    C_SPACE = 64, C_UNKNOWN = 128
};
#define C_CASED (C_UPPER | C_LOWER)

static uint32_t read_leb(const uint8_t *p, uint32_t *pos) {
    uint32_t v = 0, shift = 0;
    uint8_t b;
    do { b = p[(*pos)++]; v |= (uint32_t)(b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return v;
}

/* 1: uncased letter, 2: uncased other, 0: not in a known run. */
static int uncased_run(uint32_t c) {
    uint32_t pos = 0, start = 0x100;
    while (pos < uni_uncased_packed_size) {
        start += read_leb(uni_uncased_packed, &pos);
        if (c < start) return 0;
        uint32_t v = read_leb(uni_uncased_packed, &pos), n = v >> 1;
        if (c < start + n) return 1 + (int)(v & 1);
        start += n;
    }
    return 0;
}

static uint32_t char_class(uint32_t c) {
    if (c < 0x100) {
        if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7)) return C_ALPHA | C_UPPER;
        if ((c >= 'a' && c <= 'z') || (c >= 0xdf && c != 0xf7) || c == 0xaa || c == 0xb5 || c == 0xba)
            return C_ALPHA | C_LOWER; /* ª and º are lowercase letters without an uppercase form */
        if (c >= '0' && c <= '9') return C_DIGIT | C_NUMERIC | C_DECIMAL;
        if (c == 0xb2 || c == 0xb3 || c == 0xb9) return C_DIGIT | C_NUMERIC;   /* superscripts */
        if (c >= 0xbc && c <= 0xbe) return C_NUMERIC;                           /* vulgar fractions */
        return is_space_cp(c) ? C_SPACE : 0;
    }
    if (uni_decimal_value(c) >= 0) return C_DIGIT | C_NUMERIC | C_DECIMAL;
    if (is_space_cp(c)) return C_SPACE;
    switch (uncased_run(c)) {
    case 1: return C_ALPHA;
    case 2: return 0;
    default: return C_UNKNOWN;
    }
}

static NORETURN void no_tables(void) {
    rt_unsupported("str case mapping or character class beyond Latin-1, CJK and symbols (no Unicode case tables linked in)");
}

/* Whether every character has one of the classes in `mask` (False for ''). */
static uint32_t all_of(wstr s, uint32_t mask) {
    uint32_t n = str_len(s);
    int unknown = 0;
    if (n == 0) return 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = char_class(str_at(s, i));
        if (k & C_UNKNOWN) unknown = 1;
        else if (!(k & mask)) return 0;
    }
    if (unknown) no_tables();
    return 1;
}

uint32_t WEXPORT(rt_str_isalpha)(wstr s) { return all_of(s, C_ALPHA); }
uint32_t WEXPORT(rt_str_isdigit)(wstr s) { return all_of(s, C_DIGIT); }
uint32_t WEXPORT(rt_str_isnumeric)(wstr s) { return all_of(s, C_NUMERIC); }
uint32_t WEXPORT(rt_str_isalnum)(wstr s) { return all_of(s, C_ALPHA | C_DIGIT | C_NUMERIC | C_DECIMAL); }

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

uint32_t WEXPORT(rt_str_isascii)(wstr s) {
    for (uint32_t i = 0; i < str_len(s); i++) if (str_at(s, i) >= 128) return 0;
    return 1;
}

/* isupper (want = C_UPPER) / islower (C_LOWER): some cased character, none of the other case. */
static uint32_t one_case(wstr s, uint32_t want) {
    int cased = 0, unknown = 0;
    for (uint32_t i = 0; i < str_len(s); i++) {
        uint32_t k = char_class(str_at(s, i));
        if (k & C_UNKNOWN) unknown = 1;
        else if (k & C_CASED & ~want) return 0;
        else if (k & want) cased = 1;
    }
    if (unknown) no_tables();
    return (uint32_t)cased;
}

uint32_t WEXPORT(rt_str_isupper)(wstr s) { return one_case(s, C_UPPER); }
uint32_t WEXPORT(rt_str_islower)(wstr s) { return one_case(s, C_LOWER); }

uint32_t WEXPORT(rt_str_istitle)(wstr s) {
    uint32_t n = str_len(s);
    for (uint32_t i = 0; i < n; i++) if (char_class(str_at(s, i)) & C_UNKNOWN) no_tables();
    int cased = 0, prev_cased = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = char_class(str_at(s, i));
        if (k & C_UPPER) {          /* Latin-1 has no titlecase letters of its own */
            if (prev_cased) return 0;
            prev_cased = cased = 1;
        } else if (k & C_LOWER) {
            if (!prev_cased) return 0;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return (uint32_t)cased;
}

/* ---- mappings (full case mapping: 'ß'.upper() == 'SS', 'ß'.title() == 'Ss') ---- */

static void add_lower(wsb sb, uint32_t c) {
    if (char_class(c) & C_UPPER) c += 32;
    rt_sb_add_char(sb, c);
}

static void add_upper(wsb sb, uint32_t c, int title) {
    if (c == 0xdf) { sb_add_cstr(sb, title ? "Ss" : "SS"); return; }
    if (c == 0xb5) c = 0x39c;                  /* MICRO SIGN -> GREEK CAPITAL LETTER MU */
    else if (c == 0xff) c = 0x178;             /* y with diaeresis -> Y with diaeresis */
    else if (c < 0x100 && c != 0xaa && c != 0xba && (char_class(c) & C_LOWER)) c -= 32;
    rt_sb_add_char(sb, c);
}

enum { M_UPPER, M_LOWER, M_TITLE, M_CAPITALIZE, M_SWAPCASE };

static wstr map_case(wstr s, int mode) {
    uint32_t n = str_len(s);
    for (uint32_t i = 0; i < n; i++) if (char_class(str_at(s, i)) & C_UNKNOWN) no_tables();
    wsb sb = sb_new_cap(n);
    if (!sb) return 0;
    int prev_cased = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i), k = char_class(c);
        switch (mode) {
        case M_UPPER: add_upper(sb, c, 0); break;
        case M_LOWER: add_lower(sb, c); break;
        case M_TITLE:
            if (prev_cased) add_lower(sb, c); else add_upper(sb, c, 1);
            prev_cased = (k & C_CASED) != 0;
            break;
        case M_CAPITALIZE:
            if (i == 0) add_upper(sb, c, 1); else add_lower(sb, c);
            break;
        default:
            if (k & C_UPPER) add_lower(sb, c);
            else if (k & C_LOWER) add_upper(sb, c, 0);
            else rt_sb_add_char(sb, c);
        }
    }
    return rt_sb_finish(sb);
}

wstr WEXPORT(rt_str_upper)(wstr s) { return map_case(s, M_UPPER); }
wstr WEXPORT(rt_str_lower)(wstr s) { return map_case(s, M_LOWER); }
wstr WEXPORT(rt_str_title)(wstr s) { return map_case(s, M_TITLE); }
wstr WEXPORT(rt_str_capitalize)(wstr s) { return map_case(s, M_CAPITALIZE); }
wstr WEXPORT(rt_str_swapcase)(wstr s) { return map_case(s, M_SWAPCASE); }
