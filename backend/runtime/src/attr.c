/* attr.c: method calls on values whose type the compiler does not know statically. */
#include "rt.h"

/* v itself when it is of type `type_id` (tagged); otherwise raises CPython's
 * AttributeError "'int' object has no attribute 'split'". */
wobj WEXPORT(rt_obj_expect)(wobj v, wint type_id, wstr attr) {
    if (rt_obj_type(v) == (uint32_t)small_val(type_id)) return v;
    wsb sb = rt_sb_new();
    rt_sb_add_char(sb, '\'');
    sb_add_cstr(sb, type_name(v));
    sb_add_cstr(sb, "' object has no attribute '");
    rt_sb_add_str(sb, attr);
    rt_sb_add_char(sb, '\'');
    wstr msg = rt_sb_finish(sb);
    if (!exc_pending()) rt_raise(EXC_AttributeError, msg);
    return 0;
}

static int name_eq(wstr s, const char *c) {
    uint32_t n = str_len(s), i = 0;
    for (; c[i]; i++) if (i >= n || str_at(s, i) != (uint8_t)c[i]) return 0;
    return i == n;
}

/* o.name where Waspy models it: an exception's args; AttributeError in CPython's words otherwise. */
wobj WEXPORT(rt_obj_getattr)(wobj o, wstr name) {
    uint32_t t = rt_obj_type(o);
    if (t == T_INSTANCE || t == T_CLASS || t == T_SUPER || t == T_FUNCTION || t == T_METHOD || t == T_STANDIN) return hook_getattr_any(o, name);
    if (t == T_EXC && name_eq(name, "args")) {
        wtuple a = exc_args(unbox_ptr(o));
        return a ? box_ptr(a) : 0;
    }
    if (t == T_EXC && HDR(unbox_ptr(o))[7]) return hook_getattr_any(o, name); /* an exception of a program's class */
    return builtin_getattr(o, name);
}


/* Whether built-in type t has an attribute of this name (dir() of CPython 3.11): binary search. */
static int builtin_has(uint32_t t, wstr name) {
    int32_t lo = 0, hi = (int32_t)builtin_attrs_count - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        const char *c = builtin_attrs[mid].name;
        uint32_t n = str_len(name), i = 0;
        int cmp = 0;
        for (; c[i] && i < n; i++) {
            uint32_t a = str_at(name, i), b = (uint8_t)c[i];
            if (a != b) { cmp = a < b ? -1 : 1; break; }
        }
        if (cmp == 0) cmp = i < n ? 1 : c[i] ? -1 : 0;
        if (cmp == 0) return (builtin_attrs[mid].types >> t) & 1;
        if (cmp < 0) hi = mid - 1;
        else lo = mid + 1;
    }
    return 0;
}

/* o.name of a built-in value: the numbers' and ranges' data attributes, CPython's AttributeError for
 * a name its type lacks; a method (or another attribute) as a value is not something Waspy has. */
wobj builtin_getattr(wobj o, wstr name) {
    uint32_t t = rt_obj_type(o);
    if (t == T_INT || t == T_BOOL) {
        wint v = t == T_BOOL ? mk_small(rt_obj_truthy(o)) : o;
        if (name_eq(name, "real") || name_eq(name, "numerator")) return v;
        if (name_eq(name, "imag")) return mk_small(0);
        if (name_eq(name, "denominator")) return mk_small(1);
    }
    if (t == T_FLOAT) {
        if (name_eq(name, "real")) return o;
        if (name_eq(name, "imag")) return rt_box_float(0.0);
    }
    if (t == T_RANGE) {
        const wobj *s = (const wobj *)(size_t)(unbox_ptr(o) + 8);
        if (name_eq(name, "start")) return s[0];
        if (name_eq(name, "stop")) return s[1];
        if (name_eq(name, "step")) return s[2];
    }
    if (t <= T_RANGE && builtin_has(t, name)) rt_unsupported("an attribute of a built-in value other than its data (a method as a value)");
    if (t > T_RANGE) rt_unsupported("an attribute of this kind of built-in value");
    return rt_obj_expect(o, mk_small(T_FREE), name);
}

/* v.copy() and v.clear() for a list, dict or set known only at run time. */
wobj WEXPORT(rt_obj_copy)(wobj v) {
    switch (rt_obj_type(v)) {
    case T_LIST: return box_ptr(rt_list_copy(unbox_ptr(v)));
    case T_DICT: return box_ptr(rt_dict_copy(unbox_ptr(v)));
    case T_SET: return box_ptr(rt_set_copy(unbox_ptr(v)));
    case T_FROZENSET: return v; /* CPython's frozenset.copy returns the frozenset itself */
    default: rt_obj_expect(v, mk_small(T_LIST), str_from_cstr("copy")); return 0;
    }
}

void WEXPORT(rt_obj_clear)(wobj v) {
    switch (rt_obj_type(v)) {
    case T_LIST: rt_list_clear(unbox_ptr(v)); return;
    case T_DICT: rt_dict_clear(unbox_ptr(v)); return;
    case T_SET: rt_set_clear(unbox_ptr(v)); return;
    default: rt_obj_expect(v, mk_small(T_LIST), str_from_cstr("clear")); return;
    }
}

/* v itself when its type id is one of the bits of `types` (tagged: bit t for type id t); else
 * the same AttributeError as rt_obj_expect. Checked before the arguments are evaluated, as
 * CPython looks the method up first. */
wobj WEXPORT(rt_obj_expect_any)(wobj v, wint types, wstr attr) {
    uint32_t t = rt_obj_type(v);
    if (t < 63 && ((small_val(types) >> t) & 1)) return v;
    return rt_obj_expect(v, mk_small(0), attr);
}

uint32_t WEXPORT(rt_obj_isinstance)(wobj v, wint types) {
    uint32_t t = rt_obj_type(v);
    return t < 63 && ((small_val(types) >> t) & 1);
}

static uint32_t pv(wobj v) { return unbox_ptr(v); }

static int want_str(wobj x) {
    if (rt_obj_type(x) == T_STR) return 1;
    raise_typed("must be str, not ", x, "");
    return 0;
}

int want_index(wobj x, wint *out) {
    uint32_t t = rt_obj_type(x);
    if (t == T_INT) { *out = x; return 1; }
    if (t == T_BOOL) { *out = mk_small(HDR(pv(x))[2]); return 1; }
    raise_typed("'", x, "' object cannot be interpreted as an integer");
    return 0;
}

/* x as an index where CPython reads an integer (chr, hex, oct, bin): an int, a bool as its int;
 * else TypeError "'T' object cannot be interpreted as an integer". */
wint WEXPORT(rt_obj_as_index)(wobj x) {
    wint v = 0;
    return want_index(x, &v) ? v : 0;
}

/* ord(x): a str of one code point; TypeError "ord() expected string of length 1, but T found". */
wint WEXPORT(rt_obj_ord)(wobj x) {
    if (rt_obj_type(x) != T_STR) { raise_typed("ord() expected string of length 1, but ", x, " found"); return 0; }
    return rt_str_ord(pv(x));
}

/* v.count(x) for a str, list, tuple or range. */
wint WEXPORT(rt_obj_count)(wobj v, wobj x) {
    switch (rt_obj_type(v)) {
    case T_STR: return want_str(x) ? rt_str_count(pv(v), pv(x)) : 0;
    case T_LIST: return rt_list_count(pv(v), x);
    case T_TUPLE: return rt_tuple_count(pv(v), x);
    case T_RANGE: return range_count(pv(v), x);
    default: rt_obj_expect(v, mk_small(0), str_from_cstr("count")); return 0;
    }
}

/* v.index(x) for a str, list, tuple or range. */
wint WEXPORT(rt_obj_index)(wobj v, wobj x) {
    switch (rt_obj_type(v)) {
    case T_STR: return want_str(x) ? rt_str_index_in(pv(v), pv(x), box_ptr(NONE_PTR), box_ptr(NONE_PTR)) : 0;
    case T_LIST: return rt_list_index(pv(v), x);
    case T_TUPLE: return rt_tuple_index(pv(v), x);
    case T_RANGE: return range_index(pv(v), x);
    default: rt_obj_expect(v, mk_small(0), str_from_cstr("index")); return 0;
    }
}

/* v.pop() for a list or set (a dict needs its key). */
wobj WEXPORT(rt_obj_pop)(wobj v) {
    switch (rt_obj_type(v)) {
    case T_LIST: return rt_list_pop(pv(v), mk_small(-1));
    case T_SET: return rt_set_pop(pv(v));
    case T_DICT: raise_c(EXC_TypeError, "pop expected at least 1 argument, got 0"); return 0;
    default: rt_obj_expect(v, mk_small(0), str_from_cstr("pop")); return 0;
    }
}

/* v.pop(x): a list's index or a dict's key (a set takes no argument). */
wobj WEXPORT(rt_obj_pop_at)(wobj v, wobj x) {
    wint i;
    switch (rt_obj_type(v)) {
    case T_LIST: return want_index(x, &i) ? rt_list_pop(pv(v), i) : 0;
    case T_DICT: return rt_dict_pop(pv(v), x);
    case T_SET: raise_c(EXC_TypeError, "set.pop() takes no arguments (1 given)"); return 0;
    default: rt_obj_expect(v, mk_small(0), str_from_cstr("pop")); return 0;
    }
}

/* v.remove(x) for a list or set. */
void WEXPORT(rt_obj_remove)(wobj v, wobj x) {
    switch (rt_obj_type(v)) {
    case T_LIST: rt_list_remove(pv(v), x); return;
    case T_SET: rt_set_remove(pv(v), x); return;
    default: rt_obj_expect(v, mk_small(0), str_from_cstr("remove")); return;
    }
}

/* v.update(x) for a dict or set. */
void WEXPORT(rt_obj_update)(wobj v, wobj x) {
    switch (rt_obj_type(v)) {
    case T_DICT: rt_dict_update(pv(v), x); return;
    case T_SET: rt_set_update(pv(v), x); return;
    default: rt_obj_expect(v, mk_small(0), str_from_cstr("update")); return;
    }
}

/* v.isdisjoint(x) for a set or a keys or items view: no item of x is in v. */
uint32_t WEXPORT(rt_obj_isdisjoint)(wobj v, wobj x) {
    uint32_t t = rt_obj_type(v);
    if (is_anyset(t) && is_anyset(rt_obj_type(x))) return rt_set_isdisjoint(pv(v), pv(x));
    if (!is_anyset(t) && !is_setlike_view(v)) { rt_obj_expect(v, mk_small(0), str_from_cstr("isdisjoint")); return 0; }
    wobj it = rt_obj_iter(x);
    if (!it) return 0;
    while (rt_iter_step(it)) {
        wobj k = rt_iter_value(it);
        uint32_t in = is_anyset(t) ? rt_set_contains(pv(v), k) : dictview_contains(pv(v), k);
        if (exc_pending()) return 0;
        if (in) return 0;
    }
    return !exc_pending();
}
