/* strmethods.c: the str methods with start/end bounds, padding, partitioning, right splits, line
 * splitting, joins of lists and tuple prefixes, with CPython's clamping and edge cases. */
#include "rt.h"

static wstr sub(wstr s, uint32_t from, uint32_t to) {
    return rt_str_slice(s, mk_small(from), mk_small(to), box_ptr(NONE_PTR));
}

static int add(wlist l, wstr s) {
    if (!s) return 0;
    rt_list_append(l, box_ptr(s));
    return !exc_pending();
}

static int eq_at(wstr s, uint32_t at, wstr t) {
    for (uint32_t k = 0; k < str_len(t); k++) if (str_at(s, at + k) != str_at(t, k)) return 0;
    return 1;
}

/* ---- find, rfind, index, rindex, count over s[start:end] ---- */

/* CPython's ADJUST_INDICES on optional bounds; 0 after raising. */
static int bounds(wstr s, wobj wstart, wobj wend, int64_t *start, int64_t *end) {
    int64_t len = str_len(s), a = 0, b = 0x7fffffffffffffffLL;
    int none;
    if (!slice_index(wstart, &a, &none)) return 0;
    if (none) a = 0;
    if (!slice_index(wend, &b, &none)) return 0;
    if (none) b = 0x7fffffffffffffffLL;
    if (b > len) b = len;
    else if (b < 0) { b += len; if (b < 0) b = 0; }
    if (a < 0) { a += len; if (a < 0) a = 0; }
    *start = a; *end = b;
    return 1;
}

/* Index of sub in s[start:end] searching forward (dir 1) or backward (-1); -1 if absent;
 * -2 after raising. */
static int64_t find_dir(wstr s, wstr t, wobj wstart, wobj wend, int dir) {
    int64_t a, b, m = str_len(t);
    if (!bounds(s, wstart, wend, &a, &b)) return -2;
    if (b - a < m) return -1;
    if (m == 0) return dir > 0 ? a : b;
    if (dir > 0) {
        for (int64_t i = a; i + m <= b; i++) if (eq_at(s, (uint32_t)i, t)) return i;
    } else {
        for (int64_t i = b - m; i >= a; i--) if (eq_at(s, (uint32_t)i, t)) return i;
    }
    return -1;
}

wint WEXPORT(rt_str_find_in)(wstr s, wstr t, wobj start, wobj end) {
    int64_t r = find_dir(s, t, start, end, 1);
    return r == -2 ? 0 : mk_small(r);
}

wint WEXPORT(rt_str_rfind_in)(wstr s, wstr t, wobj start, wobj end) {
    int64_t r = find_dir(s, t, start, end, -1);
    return r == -2 ? 0 : mk_small(r);
}

static wint index_dir(wstr s, wstr t, wobj start, wobj end, int dir) {
    int64_t r = find_dir(s, t, start, end, dir);
    if (r == -1) raise_c(EXC_ValueError, "substring not found");
    return r < 0 ? 0 : mk_small(r);
}

wint WEXPORT(rt_str_index_in)(wstr s, wstr t, wobj start, wobj end) { return index_dir(s, t, start, end, 1); }
wint WEXPORT(rt_str_rindex_in)(wstr s, wstr t, wobj start, wobj end) { return index_dir(s, t, start, end, -1); }

wint WEXPORT(rt_str_count_in)(wstr s, wstr t, wobj wstart, wobj wend) {
    int64_t a, b, m = str_len(t), c = 0;
    if (!bounds(s, wstart, wend, &a, &b)) return 0;
    if (b - a < m) return mk_small(0);
    if (m == 0) return mk_small(b - a + 1);
    for (int64_t i = a; i + m <= b;) {
        if (eq_at(s, (uint32_t)i, t)) { c++; i += m; } else i++;
    }
    return mk_small(c);
}

/* ---- rsplit ---- */

static int reverse_into(wlist l) { rt_list_reverse(l); return 1; }

wlist WEXPORT(rt_str_rsplit)(wstr s, wobj sep, wint wmax) {
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
    wlist l = rt_list_empty();
    if (!l) return 0;
    int64_t n = str_len(s);
    if (st == T_NONE) {
        int64_t i = n - 1, j;
        for (; maxsplit > 0; maxsplit--) {
            while (i >= 0 && is_space_cp(str_at(s, (uint32_t)i))) i--;
            if (i < 0) break;
            j = i;
            i--;
            while (i >= 0 && !is_space_cp(str_at(s, (uint32_t)i))) i--;
            if (!add(l, sub(s, (uint32_t)(i + 1), (uint32_t)(j + 1)))) return 0;
        }
        if (i >= 0) {
            /* The split limit was reached: the rest, less its trailing whitespace. */
            while (i >= 0 && is_space_cp(str_at(s, (uint32_t)i))) i--;
            if (i >= 0 && !add(l, sub(s, 0, (uint32_t)(i + 1)))) return 0;
        }
        return reverse_into(l) ? l : 0;
    }
    wstr t = unbox_ptr(sep);
    int64_t m = str_len(t), j = n;
    if (m == 0) { raise_c(EXC_ValueError, "empty separator"); return 0; }
    for (; maxsplit > 0; maxsplit--) {
        int64_t pos = -1;
        for (int64_t i = j - m; i >= 0; i--) if (eq_at(s, (uint32_t)i, t)) { pos = i; break; }
        if (pos < 0) break;
        if (!add(l, sub(s, (uint32_t)(pos + m), (uint32_t)j))) return 0;
        j = pos;
    }
    if (!add(l, sub(s, 0, (uint32_t)j))) return 0;
    return reverse_into(l) ? l : 0;
}

/* ---- padding ---- */


static wstr pad(wstr s, int64_t left, int64_t right, uint32_t fill) {
    if (left + right + str_len(s) > 0x3fffffff) { rt_raise(EXC_MemoryError, 0); return 0; }
    wsb sb = sb_new_cap((uint32_t)(left + right + str_len(s)));
    if (!sb) return 0;
    sb_add_repeat(sb, fill, (int32_t)left);
    rt_sb_add_str(sb, s);
    sb_add_repeat(sb, fill, (int32_t)right);
    return rt_sb_finish(sb);
}

static int fill_char(wstr fill, uint32_t *c) {
    if (str_len(fill) != 1) {
        raise_c(EXC_TypeError, "The fill character must be exactly one character long");
        return 0;
    }
    *c = str_at(fill, 0);
    return 1;
}

enum { J_LEFT, J_RIGHT, J_CENTER };

static wstr justify(wstr s, wint wwidth, wstr fill, int how) {
    int64_t width;
    uint32_t c;
    if (!ssize_of(wwidth, &width) || !fill_char(fill, &c)) return 0;
    int64_t marg = width - (int64_t)str_len(s);
    if (marg <= 0) return s;
    switch (how) {
    case J_LEFT: return pad(s, 0, marg, c);
    case J_RIGHT: return pad(s, marg, 0, c);
    default: {
        /* CPython puts the odd pad character on the left only when the width is odd too. */
        int64_t left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, c);
    }
    }
}

wstr WEXPORT(rt_str_ljust)(wstr s, wint width, wstr fill) { return justify(s, width, fill, J_LEFT); }
wstr WEXPORT(rt_str_rjust)(wstr s, wint width, wstr fill) { return justify(s, width, fill, J_RIGHT); }
wstr WEXPORT(rt_str_center)(wstr s, wint width, wstr fill) { return justify(s, width, fill, J_CENTER); }

wstr WEXPORT(rt_str_zfill)(wstr s, wint wwidth) {
    int64_t width;
    if (!ssize_of(wwidth, &width)) return 0;
    int64_t n = str_len(s);
    if (n >= width) return s;
    wstr r = pad(s, width - n, 0, '0');
    if (!r || n == 0) return r;
    uint32_t first = str_at(s, 0);
    if (first != '+' && first != '-') return r;
    /* The sign moves in front of the zeros. */
    wsb sb = sb_new_cap((uint32_t)width);
    rt_sb_add_char(sb, first);
    sb_add_repeat(sb, '0', (int32_t)(width - n));
    rt_sb_add_str(sb, sub(s, 1, (uint32_t)n));
    return rt_sb_finish(sb);
}

/* ---- partition ---- */

static wtuple triple(wstr a, wstr b, wstr c) {
    if (!a || !b || !c) return 0;
    wtuple t = rt_tuple_new(3);
    if (!t) return 0;
    rt_tuple_set(t, 0, box_ptr(a));
    rt_tuple_set(t, 1, box_ptr(b));
    rt_tuple_set(t, 2, box_ptr(c));
    return t;
}

static wtuple partition(wstr s, wstr sep, int dir) {
    if (str_len(sep) == 0) { raise_c(EXC_ValueError, "empty separator"); return 0; }
    int64_t i = find_dir(s, sep, box_ptr(NONE_PTR), box_ptr(NONE_PTR), dir);
    wstr empty = str_from_ascii("", 0);
    if (i < 0) return dir > 0 ? triple(s, empty, empty) : triple(empty, empty, s);
    uint32_t n = str_len(s), m = str_len(sep);
    return triple(sub(s, 0, (uint32_t)i), sep, sub(s, (uint32_t)i + m, n));
}

wtuple WEXPORT(rt_str_partition)(wstr s, wstr sep) { return partition(s, sep, 1); }
wtuple WEXPORT(rt_str_rpartition)(wstr s, wstr sep) { return partition(s, sep, -1); }

/* ---- splitlines ---- */

static int line_break(uint32_t c) {
    return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

wlist WEXPORT(rt_str_splitlines)(wstr s, uint32_t keepends) {
    wlist l = rt_list_empty();
    if (!l) return 0;
    uint32_t n = str_len(s), i = 0, j = 0;
    while (i < n) {
        while (i < n && !line_break(str_at(s, i))) i++;
        uint32_t eol = i;
        if (i < n) {
            /* \r\n is one line break */
            i += (str_at(s, i) == '\r' && i + 1 < n && str_at(s, i + 1) == '\n') ? 2 : 1;
            if (keepends) eol = i;
        }
        if (!add(l, sub(s, j, eol))) return 0;
        j = i;
    }
    return l;
}

/* ---- join, affixes, int bases ---- */

wstr WEXPORT(rt_str_join_list)(wstr sep, wlist items) {
    int64_t n = small_val(rt_list_len(items));
    wsb sb = rt_sb_new();
    if (!sb) return 0;
    for (int64_t i = 0; i < n; i++) {
        wobj v = rt_list_get(items, mk_small(i));
        if (rt_obj_type(v) != T_STR) {
            wsb m = rt_sb_new();
            sb_add_cstr(m, "sequence item ");
            rt_sb_add_str(m, rt_int_to_str(mk_small(i)));
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

/* sep.join(x) for any value: its items in a list first, as PySequence_Fast, whose TypeError for a
 * value that cannot be iterated is "can only join an iterable". */
wstr WEXPORT(rt_str_join_obj)(wstr sep, wobj iterable) {
    /* PySequence_Fast hands a list over as it is: no iterator and no copy. */
    if (rt_obj_type(iterable) == T_LIST) return rt_str_join_list(sep, unbox_ptr(iterable));
    wobj it = rt_obj_iter(iterable);
    if (!it) {
        wexc e = rt_exc_take();
        if (rt_exc_matches(e, EXC_TypeError)) raise_c(EXC_TypeError, "can only join an iterable");
        else rt_raise_exc(e);
        return 0;
    }
    wlist items = rt_obj_to_list(it);
    return items ? rt_str_join_list(sep, items) : 0;
}

/* CPython's tailmatch: whether t sits at the start (or end) of s[start:end], the bounds adjusted
 * first. An affix longer than the adjusted span never matches, even an empty one past the end. */
static uint32_t tailmatch(wstr s, wstr t, int64_t start, int64_t end, int at_end) {
    int64_t m = str_len(t);
    if (end - m < start) return 0;
    return eq_at(s, (uint32_t)(at_end ? end - m : start), t);
}

/* Any affix of the tuple at the start (or end) of s[start:end]; TypeError for an item not a str. */
static uint32_t affix_tuple(wstr s, wtuple affixes, int64_t start, int64_t end, int at_end) {
    for (uint32_t i = 0; i < rt_tuple_len(affixes); i++) {
        wobj v = rt_tuple_get(affixes, i);
        if (rt_obj_type(v) != T_STR) {
            raise_typed(at_end ? "tuple for endswith must only contain str, not "
                               : "tuple for startswith must only contain str, not ", v, "");
            return 0;
        }
        if (tailmatch(s, unbox_ptr(v), start, end, at_end)) return 1;
    }
    return 0;
}

uint32_t WEXPORT(rt_str_startswith_tuple)(wstr s, wtuple prefixes) { return affix_tuple(s, prefixes, 0, str_len(s), 0); }
uint32_t WEXPORT(rt_str_endswith_tuple)(wstr s, wtuple suffixes) { return affix_tuple(s, suffixes, 0, str_len(s), 1); }

/* s.startswith(affix, start, end) and s.endswith(...): affix a str or a tuple of them. */
static uint32_t affix_in(wstr s, wobj affix, wobj wstart, wobj wend, int at_end) {
    int64_t start, end;
    if (!bounds(s, wstart, wend, &start, &end)) return 0;
    if (rt_obj_type(affix) == T_TUPLE) return affix_tuple(s, unbox_ptr(affix), start, end, at_end);
    if (rt_obj_type(affix) != T_STR) {
        raise_typed(at_end ? "endswith first arg must be str or a tuple of str, not "
                           : "startswith first arg must be str or a tuple of str, not ", affix, "");
        return 0;
    }
    return tailmatch(s, unbox_ptr(affix), start, end, at_end);
}

uint32_t WEXPORT(rt_str_startswith_in)(wstr s, wobj affix, wobj start, wobj end) { return affix_in(s, affix, start, end, 0); }
uint32_t WEXPORT(rt_str_endswith_in)(wstr s, wobj affix, wobj start, wobj end) { return affix_in(s, affix, start, end, 1); }

static wstr int_base(wint v, const char *spec) { return rt_int_format(v, str_from_cstr(spec)); }
wstr WEXPORT(rt_int_hex)(wint v) { return int_base(v, "#x"); }
wstr WEXPORT(rt_int_oct)(wint v) { return int_base(v, "#o"); }
wstr WEXPORT(rt_int_bin)(wint v) { return int_base(v, "#b"); }

/* s.removeprefix(p), s.removesuffix(p): s without p at that end when it is there (and not empty). */
wstr WEXPORT(rt_str_removeprefix)(wstr s, wstr p) {
    if (str_len(p) == 0 || !rt_str_startswith(s, p)) return s;
    return rt_str_slice(s, mk_small(str_len(p)), box_ptr(NONE_PTR), box_ptr(NONE_PTR));
}

wstr WEXPORT(rt_str_removesuffix)(wstr s, wstr p) {
    if (str_len(p) == 0 || !rt_str_endswith(s, p)) return s;
    return rt_str_slice(s, mk_small(0), mk_small(str_len(s) - str_len(p)), box_ptr(NONE_PTR));
}
