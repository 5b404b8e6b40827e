/* methods.c: v.name(*args) for a receiver whose type the compiler does not know
 * (rt_obj_lookup_method, rt_obj_call_method). One table row per built-in method dispatched this
 * way: the receiver's type, the name, CPython's rule for the number of arguments (with its
 * message) and a handler taking the arguments boxed. For every name in the table, every built-in
 * type of the runtime that has a method of that name has its row, so a missing row is CPython's
 * AttributeError. */
#include "rt.h"

typedef wobj (*handler)(wobj self, const wobj *a, uint32_t n);

enum { ONE = ARITY_ONE, NOARGS = ARITY_NOARGS, PARSE = ARITY_PARSE, CLINIC = ARITY_CLINIC, ANY = ARITY_ANY };

typedef struct {
    uint8_t type, arity, min, max;
    const char *name;
    handler h;
} method;

static wobj none(void) { return box_ptr(NONE_PTR); }
static wobj boxb(uint32_t b) { return exc_pending() ? 0 : rt_box_bool(b); }
static wobj boxp(uint32_t p) { return p ? box_ptr(p) : 0; }
static uint32_t pv(wobj v) { return unbox_ptr(v); }
/* Optional argument i, None when absent. */
static wobj opt(const wobj *a, uint32_t n, uint32_t i) { return i < n ? a[i] : none(); }

static int is_str(wobj x, const char *pre, const char *post) {
    if (rt_obj_type(x) == T_STR) return 1;
    raise_typed(pre, x, post);
    return 0;
}

/* ---- str ---- */

static wobj str_startswith(wobj s, const wobj *a, uint32_t n) { return boxb(rt_str_startswith_in(pv(s), a[0], opt(a, n, 1), opt(a, n, 2))); }
static wobj str_endswith(wobj s, const wobj *a, uint32_t n) { return boxb(rt_str_endswith_in(pv(s), a[0], opt(a, n, 1), opt(a, n, 2))); }

typedef wint (*find_fn)(wstr, wstr, wobj, wobj);
static wobj str_finding(find_fn f, wobj s, const wobj *a, uint32_t n) {
    if (!is_str(a[0], "must be str, not ", "")) return 0;
    return f(pv(s), pv(a[0]), opt(a, n, 1), opt(a, n, 2));
}
static wobj str_find(wobj s, const wobj *a, uint32_t n) { return str_finding(rt_str_find_in, s, a, n); }
static wobj str_rfind(wobj s, const wobj *a, uint32_t n) { return str_finding(rt_str_rfind_in, s, a, n); }
static wobj str_index(wobj s, const wobj *a, uint32_t n) { return str_finding(rt_str_index_in, s, a, n); }
static wobj str_rindex(wobj s, const wobj *a, uint32_t n) { return str_finding(rt_str_rindex_in, s, a, n); }
static wobj str_count(wobj s, const wobj *a, uint32_t n) { return str_finding(rt_str_count_in, s, a, n); }

static wobj str_replace(wobj s, const wobj *a, uint32_t n) {
    wint count = mk_small(-1);
    if (!is_str(a[0], "replace() argument 1 must be str, not ", "")) return 0;
    if (!is_str(a[1], "replace() argument 2 must be str, not ", "")) return 0;
    if (n > 2 && !want_index(a[2], &count)) return 0;
    return boxp(rt_str_replace(pv(s), pv(a[0]), pv(a[1]), count));
}

/* ---- list, tuple, range ---- */

/* A start or stop of list.index (_PyEval_SliceIndexNotNone: None is refused): clamped to
 * Py_ssize_t, adjusted from the end as CPython's list_index_impl does. */
static int index_bound(wobj v, int64_t len, int64_t *out) {
    uint32_t t = rt_obj_type(v);
    int is_none;
    if (t != T_INT && t != T_BOOL) {
        raise_c(EXC_TypeError, "slice indices must be integers or have an __index__ method");
        return 0;
    }
    slice_index(v, out, &is_none);
    if (*out < 0) { *out += len; if (*out < 0) *out = 0; }
    return 1;
}

/* seq.index(x, start, stop) of a list or tuple: the first i in [start, stop) whose item is x. */
static wobj seq_index(wobj seq, const wobj *a, uint32_t n, int is_list) {
    int64_t len = is_list ? small_val(rt_list_len(pv(seq))) : rt_tuple_len(pv(seq));
    int64_t start = 0, stop = len;
    if (n > 1 && !index_bound(a[1], len, &start)) return 0;
    if (n > 2 && !index_bound(a[2], len, &stop)) return 0;
    for (int64_t i = start; i < stop; i++) {
        /* A list may shrink while its items are compared. */
        int64_t now = is_list ? small_val(rt_list_len(pv(seq))) : len;
        if (i >= now) break;
        wobj item = is_list ? rt_list_get(pv(seq), mk_small(i)) : rt_tuple_get(pv(seq), (uint32_t)i);
        int same = obj_same(item, a[0]);
        if (exc_pending()) return 0;
        if (same) return mk_small(i);
    }
    if (!is_list) { raise_c(EXC_ValueError, "tuple.index(x): x not in tuple"); return 0; }
    wstr r = rt_obj_repr(a[0]);
    if (!r) return 0;
    wsb sb = rt_sb_new();
    rt_sb_add_str(sb, r);
    sb_add_cstr(sb, " is not in list");
    rt_raise(EXC_ValueError, rt_sb_finish(sb));
    return 0;
}
static wobj list_index(wobj l, const wobj *a, uint32_t n) { return seq_index(l, a, n, 1); }
static wobj tuple_index(wobj t, const wobj *a, uint32_t n) { return seq_index(t, a, n, 0); }
static wobj list_count(wobj l, const wobj *a, uint32_t n) { return rt_list_count(pv(l), a[0]); }
static wobj tuple_count(wobj t, const wobj *a, uint32_t n) { return rt_tuple_count(pv(t), a[0]); }
static wobj range_index_m(wobj r, const wobj *a, uint32_t n) { return range_index(pv(r), a[0]); }
static wobj range_count_m(wobj r, const wobj *a, uint32_t n) { return range_count(pv(r), a[0]); }

/* ---- set: the algorithms of rt_set_*_obj, one step per argument as CPython's *_multi ---- */

static wobj set_union(wobj s, const wobj *a, uint32_t n) {
    wset r = rt_set_copy(pv(s));
    for (uint32_t i = 0; r && i < n && !exc_pending(); i++) rt_set_union_step(r, pv(s), a[i]);
    return exc_pending() ? 0 : boxp(r);
}

static wobj set_intersection(wobj s, const wobj *a, uint32_t n) {
    wset r = n == 0 ? rt_set_copy(pv(s)) : pv(s);
    for (uint32_t i = 0; r && i < n; i++) r = rt_set_intersection_obj(r, a[i]);
    return boxp(r);
}

static wobj set_difference(wobj s, const wobj *a, uint32_t n) {
    if (n == 0) return boxp(rt_set_copy(pv(s)));
    wset r = rt_set_difference_obj(pv(s), a[0]);
    for (uint32_t i = 1; r && i < n && !exc_pending(); i++) rt_set_difference_update_obj(r, a[i]);
    return exc_pending() ? 0 : boxp(r);
}

static wobj set_symmetric_difference(wobj s, const wobj *a, uint32_t n) { return boxp(rt_set_symmetric_difference_obj(pv(s), a[0])); }

static wobj set_intersection_update(wobj s, const wobj *a, uint32_t n) {
    for (uint32_t i = 0; i < n && !exc_pending(); i++) rt_set_intersection_update_obj(pv(s), a[i]);
    return exc_pending() ? 0 : none();
}

static wobj set_difference_update(wobj s, const wobj *a, uint32_t n) {
    for (uint32_t i = 0; i < n && !exc_pending(); i++) rt_set_difference_update_obj(pv(s), a[i]);
    return exc_pending() ? 0 : none();
}

static wobj set_symmetric_difference_update(wobj s, const wobj *a, uint32_t n) {
    rt_set_symmetric_difference_update_obj(pv(s), a[0]);
    return exc_pending() ? 0 : none();
}

/* s.issubset(x): a set as it is, another iterable made a set first (all of it is hashed). */
static wobj set_issubset(wobj s, const wobj *a, uint32_t n) {
    wset o = is_anyset(rt_obj_type(a[0])) ? pv(a[0]) : rt_obj_to_set(a[0]);
    return o ? boxb(rt_set_issubset(pv(s), o)) : 0;
}

/* s.issuperset(x): a set by tables; another iterable walked until an item s lacks. */
static wobj set_issuperset(wobj s, const wobj *a, uint32_t n) {
    if (is_anyset(rt_obj_type(a[0]))) return boxb(rt_set_issuperset(pv(s), pv(a[0])));
    wobj it = rt_obj_iter(a[0]);
    if (!it) return 0;
    while (rt_iter_step(it)) {
        uint32_t in = rt_set_contains(pv(s), rt_iter_value(it));
        if (exc_pending()) return 0;
        if (!in) return boxb(0);
    }
    return boxb(1);
}

/* ---- frozenset: the set's algorithms, whose new set is retyped (CPython's result has the
 *      receiver's type) ---- */

static wobj frozen(wobj r) { return r ? anyset_result(pv(r), T_FROZENSET) : 0; }
static wobj frozenset_union(wobj s, const wobj *a, uint32_t n) { return frozen(set_union(s, a, n)); }
static wobj frozenset_intersection(wobj s, const wobj *a, uint32_t n) { return frozen(set_intersection(s, a, n)); }
static wobj frozenset_difference(wobj s, const wobj *a, uint32_t n) { return frozen(set_difference(s, a, n)); }
static wobj frozenset_symmetric_difference(wobj s, const wobj *a, uint32_t n) { return frozen(set_symmetric_difference(s, a, n)); }

static const method METHODS[] = {
    {T_STR, PARSE, 1, 3, "startswith", str_startswith},
    {T_STR, PARSE, 1, 3, "endswith", str_endswith},
    {T_STR, PARSE, 1, 3, "find", str_find},
    {T_STR, PARSE, 1, 3, "rfind", str_rfind},
    {T_STR, PARSE, 1, 3, "index", str_index},
    {T_STR, PARSE, 1, 3, "rindex", str_rindex},
    {T_STR, PARSE, 1, 3, "count", str_count},
    {T_STR, CLINIC, 2, 3, "replace", str_replace},
    {T_LIST, CLINIC, 1, 3, "index", list_index},
    {T_LIST, ONE, 1, 1, "count", list_count},
    {T_TUPLE, CLINIC, 1, 3, "index", tuple_index},
    {T_TUPLE, ONE, 1, 1, "count", tuple_count},
    {T_RANGE, ONE, 1, 1, "index", range_index_m},
    {T_RANGE, ONE, 1, 1, "count", range_count_m},
    {T_SET, ANY, 0, 0, "union", set_union},
    {T_SET, ANY, 0, 0, "intersection", set_intersection},
    {T_SET, ANY, 0, 0, "difference", set_difference},
    {T_SET, ONE, 1, 1, "symmetric_difference", set_symmetric_difference},
    {T_SET, ANY, 0, 0, "intersection_update", set_intersection_update},
    {T_SET, ANY, 0, 0, "difference_update", set_difference_update},
    {T_SET, ONE, 1, 1, "symmetric_difference_update", set_symmetric_difference_update},
    {T_SET, ONE, 1, 1, "issubset", set_issubset},
    {T_SET, ONE, 1, 1, "issuperset", set_issuperset},
    {T_FROZENSET, ANY, 0, 0, "union", frozenset_union},
    {T_FROZENSET, ANY, 0, 0, "intersection", frozenset_intersection},
    {T_FROZENSET, ANY, 0, 0, "difference", frozenset_difference},
    {T_FROZENSET, ONE, 1, 1, "symmetric_difference", frozenset_symmetric_difference},
    {T_FROZENSET, ONE, 1, 1, "issubset", set_issubset},
    {T_FROZENSET, ONE, 1, 1, "issuperset", set_issuperset},
};

static int name_is(wstr name, const char *c) {
    uint32_t n = str_len(name);
    if (str_kind(name) != 1) return 0;
    for (uint32_t i = 0; i < n; i++) if (!c[i] || str_data(name)[i] != (uint8_t)c[i]) return 0;
    return c[n] == 0;
}

static const method *find_method(wobj self, wstr name) {
    uint32_t t = rt_obj_type(self);
    for (uint32_t i = 0; i < sizeof METHODS / sizeof METHODS[0]; i++) {
        if (METHODS[i].type == t && name_is(name, METHODS[i].name)) return &METHODS[i];
    }
    return NULL;
}

int builtin_method_exists(wobj self, wstr name) { return find_method(self, name) != 0; }

wobj WEXPORT(rt_obj_lookup_method)(wobj self, wstr name) {
    if (find_method(self, name)) return self;
    return rt_obj_expect(self, mk_small(0), name);
}

static void add_count(wsb sb, int64_t k) {
    wstr s = rt_int_to_str(mk_small(k));
    if (s) rt_sb_add_str(sb, s);
}

static const char *type_label(uint32_t t) {
    switch (t) {
    case T_LIST: return "list";
    case T_TUPLE: return "tuple";
    case T_RANGE: return "range";
    case T_STR: return "str";
    case T_INT: return "int";
    case T_BOOL: return "bool";
    case T_FLOAT: return "float";
    case T_FROZENSET: return "frozenset";
    default: return "set";
    }
}

/* CPython's TypeError for a wrong number of arguments, in the words of its kind of check. */
static void arity_error(uint32_t type, int arity, const char *name, uint32_t min, uint32_t max, uint32_t n) {
    wsb sb = rt_sb_new();
    int few = n < min;
    int64_t bound = few ? min : max;
    if (arity == ONE || arity == NOARGS) {
        sb_add_cstr(sb, type_label(type));
        sb_add_cstr(sb, ".");
        sb_add_cstr(sb, name);
        sb_add_cstr(sb, arity == ONE ? "() takes exactly one argument (" : "() takes no arguments (");
        add_count(sb, n);
        sb_add_cstr(sb, " given)");
    } else if (arity == PARSE) {
        sb_add_cstr(sb, name);
        sb_add_cstr(sb, few ? "() takes at least " : "() takes at most ");
        add_count(sb, bound);
        sb_add_cstr(sb, bound == 1 ? " argument (" : " arguments (");
        add_count(sb, n);
        sb_add_cstr(sb, " given)");
    } else {
        sb_add_cstr(sb, name);
        sb_add_cstr(sb, few ? " expected at least " : " expected at most ");
        add_count(sb, bound);
        sb_add_cstr(sb, bound == 1 ? " argument, got " : " arguments, got ");
        add_count(sb, n);
    }
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

const wobj *method_args(wobj self, const char *name, int arity, uint32_t min, uint32_t max, wtuple args, uint32_t *n) {
    *n = rt_tuple_len(args);
    if (arity != ANY && (*n < min || *n > max)) { arity_error(rt_obj_type(self), arity, name, min, max, *n); return NULL; }
    return (const wobj *)(size_t)(args + 8);
}

wobj WEXPORT(rt_obj_call_method)(wobj self, wstr name, wtuple args) {
    const method *m = find_method(self, name);
    if (!m) return rt_obj_expect(self, mk_small(0), name);
    uint32_t n;
    const wobj *a = method_args(self, m->name, m->arity, m->min, m->max, args, &n);
    return a ? m->h(self, a, n) : 0; /* no collection while it runs */
}
