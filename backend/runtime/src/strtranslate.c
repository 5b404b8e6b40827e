/* strtranslate.c: str methods that map characters one by one: translate (through any table
 * with __getitem__), maketrans (the table it takes) and expandtabs, with CPython 3.11's
 * algorithms and messages (unicodeobject.c). Reached through the method call by name (methods.c). */
#include "rt.h"

/* An argument CPython converts with _PyLong_AsInt (an int or a bool): 0 after raising TypeError
 * "'float' object cannot be interpreted as an integer" or OverflowError. */
int want_c_int(wobj x, int32_t *out) {
    wint v;
    if (!want_index(x, &v)) return 0;
    if (!is_small(v) || small_val(v) > 0x7fffffff || small_val(v) < -0x7fffffff - 1) {
        raise_c(EXC_OverflowError, "Python int too large to convert to C int");
        return 0;
    }
    *out = (int32_t)small_val(v);
    return 1;
}

/* s.expandtabs(tabsize): a tab becomes spaces up to the next multiple of tabsize in its line
 * ('\n' and '\r' start a line); a tabsize of 0 or less removes tabs. */
wstr str_expandtabs(wstr s, int32_t tabsize) {
    uint32_t n = str_len(s);
    wsb sb = sb_new_cap(n);
    if (!sb) return 0;
    int64_t col = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        if (c == '\t') {
            if (tabsize > 0) {
                int32_t incr = tabsize - (int32_t)(col % tabsize);
                sb_add_repeat(sb, ' ', incr);
                col += incr;
            }
        } else {
            rt_sb_add_char(sb, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        if (exc_pending()) return 0;
    }
    return rt_sb_finish(sb);
}

/* A unique default for dict lookups: no value of the program is this address. */
static const uint32_t absent_word[2];
#define ABSENT box_ptr((uint32_t)(size_t)absent_word)

/* table[c] for s.translate(table): a dict looked up directly, any other value through
 * rt_obj_getitem; a LookupError (KeyError, IndexError) means "no mapping", returned as ABSENT. */
static wobj lookup(wobj table, uint32_t c) {
    if (rt_obj_type(table) == T_DICT) return rt_dict_get_default(unbox_ptr(table), mk_small(c), ABSENT);
    wobj v = rt_obj_getitem(table, mk_small(c));
    if (!exc_pending()) return v;
    wexc e = rt_exc_take();
    if (rt_exc_matches(e, EXC_LookupError)) return ABSENT;
    rt_raise_exc(e);
    return 0;
}

/* s.translate(table): each character c becomes table[c] (a str, a code point, or None to
 * delete it), or stays when the table has no item c. */
wstr str_translate(wstr s, wobj table) {
    uint32_t n = str_len(s);
    wsb sb = sb_new_cap(n);
    if (!sb) return 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        wobj v = lookup(table, c);
        if (exc_pending()) return 0;
        uint32_t t = rt_obj_type(v);
        if (v == ABSENT) {
            rt_sb_add_char(sb, c);
        } else if (t == T_NONE) {
            continue;
        } else if (t == T_INT || t == T_BOOL) {
            wint k;
            want_index(v, &k);
            if (!is_small(k) || small_val(k) < 0 || small_val(k) > 0x10ffff) {
                raise_c(EXC_ValueError, "character mapping must be in range(0x110000)");
                return 0;
            }
            rt_sb_add_char(sb, (uint32_t)small_val(k));
        } else if (t == T_STR) {
            rt_sb_add_str(sb, unbox_ptr(v));
        } else {
            raise_c(EXC_TypeError, "character mapping must return integer, None or str");
            return 0;
        }
        if (exc_pending()) return 0;
    }
    return rt_sb_finish(sb);
}

/* str.maketrans(x[, y[, z]]): from a dict (str keys of one character become code points), or
 * each character of x mapped to the one of y at its place and each of z to None. */
wdict str_maketrans(const wobj *a, uint32_t n) {
    wdict d = rt_dict_new();
    if (!d) return 0;
    if (n == 1) {
        if (rt_obj_type(a[0]) != T_DICT) {
            raise_c(EXC_TypeError, "if you give only one argument to maketrans it must be a dict");
            return 0;
        }
        wdict x = unbox_ptr(a[0]);
        for (int32_t e = rt_dict_next(x, 0); e >= 0; e = rt_dict_next(x, e + 1)) {
            wobj k = rt_dict_key_at(x, e);
            uint32_t t = rt_obj_type(k);
            if (t == T_STR) {
                if (str_len(unbox_ptr(k)) != 1) {
                    raise_c(EXC_ValueError, "string keys in translate table must be of length 1");
                    return 0;
                }
                k = mk_small(str_at(unbox_ptr(k), 0));
            } else if (t != T_INT && t != T_BOOL) {
                raise_c(EXC_TypeError, "keys in translate table must be strings or integers");
                return 0;
            }
            rt_dict_set(d, k, rt_dict_value_at(x, e));
            if (exc_pending()) return 0;
        }
        return d;
    }
    if (rt_obj_type(a[0]) != T_STR) {
        raise_c(EXC_TypeError, "first maketrans argument must be a string if there is a second argument");
        return 0;
    }
    if (rt_obj_type(a[1]) != T_STR) { raise_typed("maketrans() argument 2 must be str, not ", a[1], ""); return 0; }
    if (n > 2 && rt_obj_type(a[2]) != T_STR) { raise_typed("maketrans() argument 3 must be str, not ", a[2], ""); return 0; }
    wstr x = unbox_ptr(a[0]), y = unbox_ptr(a[1]);
    if (str_len(x) != str_len(y)) {
        raise_c(EXC_ValueError, "the first two maketrans arguments must have equal length");
        return 0;
    }
    for (uint32_t i = 0; i < str_len(x) && !exc_pending(); i++) rt_dict_set(d, mk_small(str_at(x, i)), mk_small(str_at(y, i)));
    if (n > 2) {
        wstr z = unbox_ptr(a[2]);
        for (uint32_t i = 0; i < str_len(z) && !exc_pending(); i++) rt_dict_set(d, mk_small(str_at(z, i)), box_ptr(NONE_PTR));
    }
    return exc_pending() ? 0 : d;
}
