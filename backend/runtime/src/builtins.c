/* builtins.c: builtin functions that are one runtime call each: format(value, spec), ascii(value),
 * callable(value), with CPython 3.11's argument checks. */
#include "rt.h"

wstr WEXPORT(rt_builtin_format)(wobj v, wobj spec) {
    if (rt_obj_type(spec) != T_STR) {
        raise_typed("format() argument 2 must be str, not ", spec, "");
        return 0;
    }
    return rt_obj_format(v, unbox_ptr(spec));
}

/* ascii(v): repr(v) with every non-ASCII character escaped as \xhh, \uhhhh or \Uhhhhhhhh. */
wstr WEXPORT(rt_builtin_ascii)(wobj v) {
    wstr r = rt_obj_repr(v);
    if (!r) return 0;
    uint32_t n = str_len(r);
    if (rt_str_isascii(r)) return r;
    wsb sb = sb_new_cap(n);
    if (!sb) return 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t c = str_at(r, i);
        if (c < 128) { rt_sb_add_char(sb, c); continue; }
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        rt_sb_add_char(sb, '\\');
        rt_sb_add_char(sb, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int k = digits - 1; k >= 0; k--) rt_sb_add_char(sb, (uint32_t)"0123456789abcdef"[(c >> (4 * k)) & 0xf]);
    }
    return rt_sb_finish(sb);
}

/* callable(v): no value of the runtime's types is callable yet (functions, classes and bound
 * methods are not values); a type that is joins the test here. */
uint32_t WEXPORT(rt_builtin_callable)(wobj v) {
    /* Built-in functions and types are never values; classes, functions and instances may be. */
    uint32_t t = rt_obj_type(v);
    return t == T_CLASS || t == T_FUNCTION || t == T_METHOD || t == T_INSTANCE || t == T_DESCR ? hook_callable(v) : 0;
}

/* int(x, base): the base first (an int from 2 to 36, or 0), then x, which must be a str. */
wint WEXPORT(rt_builtin_int_base)(wobj x, wobj base) {
    wint b;
    if (!want_index(base, &b)) return 0;
    if (!is_small(b) || (small_val(b) != 0 && small_val(b) < 2) || small_val(b) > 36) {
        raise_c(EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    if (rt_obj_type(x) != T_STR) {
        raise_c(EXC_TypeError, "int() can't convert non-string with explicit base");
        return 0;
    }
    return rt_int_from_str(unbox_ptr(x), b);
}
