/* methodentries.c: methods compiled code calls with their arguments in a tuple, one entry point
 * each (rt_method_NAME(self, args)), so that a program carries only those it uses: the receiver's
 * type was checked by rt_obj_expect_any; here CPython's rule for the argument count, then the
 * function that does the work. */
#include "rt.h"

#define ARGS(NAME, ARITY, MIN, MAX)                                                     \
    uint32_t n;                                                                         \
    const wobj *a = method_args(self, NAME, ARITY, MIN, MAX, args, &n);                 \
    if (!a) return 0;                                                                   \
    (void)a

/* ---- str ---- */

#define STR_PREDICATE(NAME)                                                             \
    uint32_t WEXPORT(rt_method_##NAME)(wobj self, wtuple args) {                        \
        ARGS(#NAME, ARITY_NOARGS, 0, 0);                                                \
        return rt_str_##NAME(unbox_ptr(self));                                          \
    }
STR_PREDICATE(isprintable)
STR_PREDICATE(isdecimal)
STR_PREDICATE(isnumeric)
STR_PREDICATE(isascii)
STR_PREDICATE(istitle)
STR_PREDICATE(isidentifier)

wstr WEXPORT(rt_method_casefold)(wobj self, wtuple args) {
    ARGS("casefold", ARITY_NOARGS, 0, 0);
    return rt_str_casefold(unbox_ptr(self));
}

wstr WEXPORT(rt_method_expandtabs)(wobj self, wtuple args) {
    ARGS("expandtabs", ARITY_PARSE, 0, 1);
    int32_t tabsize = 8;
    if (n > 0 && !want_c_int(a[0], &tabsize)) return 0;
    return str_expandtabs(unbox_ptr(self), tabsize);
}

wlist WEXPORT(rt_method_splitlines)(wobj self, wtuple args) {
    ARGS("splitlines", ARITY_PARSE, 0, 1);
    int32_t keepends = 0;
    if (n > 0 && !want_c_int(a[0], &keepends)) return 0;
    return rt_str_splitlines(unbox_ptr(self), keepends != 0);
}

wstr WEXPORT(rt_method_translate)(wobj self, wtuple args) {
    ARGS("translate", ARITY_ONE, 1, 1);
    return str_translate(unbox_ptr(self), a[0]);
}

wdict WEXPORT(rt_method_maketrans)(wobj self, wtuple args) {
    ARGS("maketrans", ARITY_CLINIC, 1, 3);
    return str_maketrans(a, n);
}

wstr WEXPORT(rt_method_format_map)(wobj self, wtuple args) {
    ARGS("format_map", ARITY_ONE, 1, 1);
    return str_format_map(unbox_ptr(self), a[0]);
}

/* ---- int, bool, float ---- */

/* An int or a bool as an int. */
static wint int_of(wobj v) {
    wint i = v;
    want_index(v, &i);
    return i;
}

wobj WEXPORT(rt_method_conjugate)(wobj self, wtuple args) {
    ARGS("conjugate", ARITY_NOARGS, 0, 0);
    return rt_obj_type(self) == T_FLOAT ? self : int_of(self);
}

wtuple WEXPORT(rt_method_as_integer_ratio)(wobj self, wtuple args) {
    ARGS("as_integer_ratio", ARITY_NOARGS, 0, 0);
    if (rt_obj_type(self) == T_FLOAT) return float_as_integer_ratio(rt_obj_to_float(self));
    wtuple t = rt_tuple_new(2);
    if (!t) return 0;
    rt_tuple_set(t, 0, int_of(self));
    rt_tuple_set(t, 1, mk_small(1));
    return t;
}

wstr WEXPORT(rt_method_hex)(wobj self, wtuple args) {
    ARGS("hex", ARITY_NOARGS, 0, 0);
    return float_hex(rt_obj_to_float(self));
}

/* float.fromhex(s), on the type (self a stand-in float) or an instance. */
double WEXPORT(rt_method_fromhex)(wobj self, wtuple args) {
    ARGS("fromhex", ARITY_ONE, 1, 1);
    if (rt_obj_type(a[0]) != T_STR) { raise_c(EXC_TypeError, "bad argument type for built-in operation"); return 0; }
    return float_fromhex(unbox_ptr(a[0]));
}

/* ---- dict ---- */

/* dict.fromkeys(iterable[, value]), on the type or an instance (self unused): each item a key
 * of value (None by default), in the iterable's order. */
wdict WEXPORT(rt_method_fromkeys)(wobj self, wtuple args) {
    ARGS("fromkeys", ARITY_CLINIC, 1, 2);
    wobj value = n > 1 ? a[1] : box_ptr(NONE_PTR);
    wobj it = rt_obj_iter(a[0]);
    if (!it) return 0;
    wdict d = rt_dict_new();
    if (!d) return 0;
    while (rt_iter_step(it)) {
        rt_dict_set(d, rt_iter_value(it), value);
        if (exc_pending()) return 0;
    }
    return exc_pending() ? 0 : d;
}
