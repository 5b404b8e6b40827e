/* obj.c: boxed values of unknown static type (ABI.md: even i64 = small int, odd = ptr | 1) and
 * the operators on them, dispatching on runtime types with Python's numeric coercions
 * (bool -> int -> float). */
#include "rt.h"

uint32_t rt_none_obj[2] __asm__("rt_none_addr") __attribute__((aligned(8))) = { T_NONE, 0 };
uint32_t rt_true_obj[4] __asm__("rt_true_addr") __attribute__((aligned(8))) = { T_BOOL, 0, 1, 0 };
uint32_t rt_false_obj[4] __asm__("rt_false_addr") __attribute__((aligned(8))) = { T_BOOL, 0, 0, 0 };

wobj WEXPORT(rt_box_float)(double x) {
    uint32_t p = rt_alloc(16, T_FLOAT);
    if (!p) return 0;
    *(double *)(size_t)(p + 8) = x;
    return box_ptr(p);
}

wobj WEXPORT(rt_box_bool)(uint32_t b) { return box_ptr(b ? TRUE_PTR : FALSE_PTR); }
wobj WEXPORT(rt_box_none)(void) { return box_ptr(NONE_PTR); }

uint32_t WEXPORT(rt_obj_type)(wobj v) {
    if (is_small(v)) return T_INT;
    return obj_type(unbox_ptr(v));
}

static double fval(wobj v) { return *(double *)(size_t)(unbox_ptr(v) + 8); }
static uint32_t bval(wobj v) { return HDR(unbox_ptr(v))[2]; }
static uint32_t pval(wobj v) { return unbox_ptr(v); }

const char *type_name(wobj v) {
    switch (rt_obj_type(v)) {
    case T_NONE: return "NoneType";
    case T_BOOL: return "bool";
    case T_INT: return "int";
    case T_FLOAT: return "float";
    case T_STR: return "str";
    case T_TUPLE: return "tuple";
    case T_EXC: return exc_type_name(pval(v));
    case T_LIST: return "list";
    case T_DICT: return "dict";
    case T_SET: return "set";
    case T_FROZENSET: return "frozenset";
    case T_RANGE: return "range";
    case T_ITER: return iter_type_name(pval(v));
    case T_DICTVIEW: return dictview_type_name(pval(v));
    case T_INSTANCE: case T_CLASS: case T_FUNCTION: case T_METHOD: case T_DESCR: case T_SUPER: case T_NOTIMPL: case T_STANDIN:
        return hook_type_name(v);
    default: return "object";
    }
}

wstr WEXPORT(rt_obj_type_name)(wobj v) { return str_from_cstr(type_name(v)); }

wstr WEXPORT(rt_obj_repr)(wobj v) {
    switch (rt_obj_type(v)) {
    case T_INT: return rt_int_to_str(v);
    case T_FLOAT: return rt_float_repr(fval(v));
    case T_BOOL: return rt_bool_str(bval(v));
    case T_NONE: return rt_none_str();
    case T_STR: return rt_str_repr(pval(v));
    case T_TUPLE: return rt_tuple_repr(pval(v));
    case T_EXC: return HDR(pval(v))[7] ? hook_repr(v) : exc_repr(pval(v));
    case T_LIST: return rt_list_repr(pval(v));
    case T_DICT: return rt_dict_repr(pval(v));
    case T_SET: return rt_set_repr(pval(v));
    case T_FROZENSET: return frozenset_repr(pval(v));
    case T_RANGE: return range_repr(pval(v));
    case T_DICTVIEW: return dictview_repr(pval(v));
    case T_INSTANCE: case T_CLASS: case T_FUNCTION: case T_METHOD: case T_DESCR: case T_SUPER: case T_NOTIMPL: case T_STANDIN:
        return hook_repr(v);
    default: {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "<");
        sb_add_cstr(sb, type_name(v));
        sb_add_cstr(sb, " object>");
        return rt_sb_finish(sb);
    }
    }
}

wstr WEXPORT(rt_obj_str)(wobj v) {
    uint32_t t = rt_obj_type(v);
    if (t == T_STR) return pval(v);
    if (t == T_EXC) return HDR(pval(v))[7] ? hook_str(v) : rt_exc_str(pval(v));
    if (t == T_INSTANCE) return hook_str(v);
    return rt_obj_repr(v);
}

uint32_t WEXPORT(rt_obj_truthy)(wobj v) {
    switch (rt_obj_type(v)) {
    case T_INT: return v != 0;
    case T_FLOAT: return fval(v) != 0.0;
    case T_BOOL: return bval(v);
    case T_NONE: return 0;
    case T_STR: return str_len(pval(v)) != 0;
    case T_TUPLE: return HDR(pval(v))[1] != 0;
    case T_LIST: return rt_list_len(pval(v)) != 0;
    case T_DICT: return rt_dict_len(pval(v)) != 0;
    case T_SET: case T_FROZENSET: return rt_set_len(pval(v)) != 0;
    case T_RANGE: return range_len(pval(v)) != 0;
    case T_DICTVIEW: return dictview_len(pval(v)) != 0;
    case T_INSTANCE: { int r = hook_truthy(v); return r < 0 ? 0 : (uint32_t)r; }
    default: return 1;
    }
}

/* Numeric class of a boxed value: 0 = not a number, 1 = int (bool included), 2 = float. */
static int numkind(wobj v) {
    uint32_t t = rt_obj_type(v);
    return (t == T_INT || t == T_BOOL) ? 1 : t == T_FLOAT ? 2 : 0;
}
static wint as_int(wobj v) { return rt_obj_type(v) == T_BOOL ? mk_small(bval(v)) : v; }

/* float(v) for a numeric value; raises OverflowError for huge ints. */
static double as_float(wobj v) { return numkind(v) == 2 ? fval(v) : rt_int_to_float(as_int(v)); }

uint32_t WEXPORT(rt_obj_eq)(wobj a, wobj b) {
    if (is_instance_obj(a) || is_instance_obj(b)) {
        wobj r = hook_richcompare(0, a, b);
        if (class_missing(r)) return a == b;
        return exc_pending() ? 0 : rt_obj_truthy(r);
    }
    int ka = numkind(a), kb = numkind(b);
    if (ka && kb) {
        if (ka == 1 && kb == 1) return rt_int_eq(as_int(a), as_int(b));
        if (ka == 2 && kb == 2) return fval(a) == fval(b);
        if (ka == 2) return rt_float_eq_int(fval(a), as_int(b));
        return rt_float_eq_int(fval(b), as_int(a));
    }
    /* A keys or items view equals a set or view with the same items, from either side. */
    if (is_setlike_view(a)) { int r = dictview_compare(a, b, 0); if (r >= 0) return (uint32_t)r; }
    if (is_setlike_view(b)) { int r = dictview_compare(b, a, 0); if (r >= 0) return (uint32_t)r; }
    uint32_t ta = rt_obj_type(a), tb = rt_obj_type(b);
    if (is_anyset(ta) && is_anyset(tb)) return rt_set_eq(pval(a), pval(b));
    if (ta != tb) return 0;
    switch (ta) {
    case T_STR: return rt_str_eq(pval(a), pval(b));
    case T_NONE: return 1;
    case T_LIST: return rt_list_eq(pval(a), pval(b));
    case T_DICT: return rt_dict_eq(pval(a), pval(b));
    case T_SET: return rt_set_eq(pval(a), pval(b));
    case T_RANGE: return range_eq(pval(a), pval(b));
    case T_TUPLE: {
        uint32_t n = HDR(pval(a))[1];
        if (n != HDR(pval(b))[1]) return 0;
        for (uint32_t i = 0; i < n; i++) {
            wobj x = rt_tuple_get(pval(a), i), y = rt_tuple_get(pval(b), i);
            if (!obj_same(x, y)) return 0;
        }
        return 1;
    }
    default: return a == b;
    }
}

/* CPython's PyObject_RichCompareBool(a, b, Py_EQ): identity first, then ==. Floats are unboxed
 * in compiled code, so two boxes of a NaN may or may not stand for one CPython object; since the
 * answer then depends on identity Waspy does not keep, the program stops (exit 3) rather than
 * guess. */
int obj_same(wobj a, wobj b) {
    if (a == b) return 1;
    if (!is_small(a) && !is_small(b) && rt_obj_type(a) == T_FLOAT && rt_obj_type(b) == T_FLOAT
        && d_isnan(fval(a)) && d_isnan(fval(b)))
        rt_unsupported("two NaN floats compared where CPython first compares identity (float identity is not kept)");
    return (int)rt_obj_eq(a, b);
}

/* Whether the identity of a value of type t is what CPython's would be. Not for ints, floats,
 * strs and tuples: CPython shares equal ones through its caches, interning and constant folding
 * where the program cannot tell, while here ints are tagged values and floats boxed anew. */
static int identity_kept(uint32_t t) { return t != T_INT && t != T_FLOAT && t != T_STR && t != T_TUPLE; }

uint32_t WEXPORT(rt_obj_is)(wobj a, wobj b) {
    uint32_t ta = rt_obj_type(a), tb = rt_obj_type(b);
    if (identity_kept(ta) || identity_kept(tb) || ta != tb) return a == b;
    /* Two values of one such type: different objects when they differ, else CPython's caches decide. */
    int nan = ta == T_FLOAT && (d_isnan(fval(a)) || d_isnan(fval(b)));
    if (!nan && a != b && !obj_same(a, b)) return 0;
    /* CPython keeps one object for each int from -5 to 256 (its small-int cache, which every way of
     * making an int goes through): equal ones there are the same object. */
    if (ta == T_INT && is_small(a) && small_val(a) >= -5 && small_val(a) <= 256) return 1;
    rt_unsupported("'is' between two equal ints, floats, strs or tuples (CPython's answer depends on its caches)");
}

void raise_typed(const char *pre, wobj v, const char *post) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, pre);
    sb_add_cstr(sb, type_name(v));
    sb_add_cstr(sb, post);
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

static void type_error2(const char *pre, const char *op, wobj a, wobj b, const char *mid) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, pre);
    sb_add_cstr(sb, op);
    sb_add_cstr(sb, mid);
    sb_add_cstr(sb, type_name(a));
    sb_add_cstr(sb, "' and '");
    sb_add_cstr(sb, type_name(b));
    sb_add_cstr(sb, "'");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
}

enum { CMP_LT, CMP_LE, CMP_GT, CMP_GE };
static const char *const CMP_NAME[] = { "<", "<=", ">", ">=" };

/* The outcome of a three-way comparison c (-1, 0, 1; -2 = unordered, NaN) under op. */
static int from3(int32_t c, int op) {
    if (c == -2) return 0;
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* Item i of a tuple or list. */
static wobj seq_item(uint32_t t, uint32_t p, uint32_t i) {
    return t == T_TUPLE ? rt_tuple_get(p, i) : rt_list_get(p, mk_small(i));
}
static uint32_t seq_len(uint32_t t, uint32_t p) {
    return t == T_TUPLE ? rt_tuple_len(p) : (uint32_t)small_val(rt_list_len(p));
}

/* a OP b for an ordering op with CPython's rules: numbers and strs by value, tuples and lists
 * lexicographically (the first items that differ decide, with OP itself; identity counts as
 * equal), sets by inclusion. 0/1, or -1 after raising TypeError. */
static int rich(wobj a, wobj b, int op) {
    int ka = numkind(a), kb = numkind(b);
    if (ka && kb) {
        if (ka == 1 && kb == 1) return from3(rt_int_cmp(as_int(a), as_int(b)), op);
        if (ka == 2 && kb == 2) {
            double x = fval(a), y = fval(b);
            if (d_isnan(x) || d_isnan(y)) return 0;
            return from3(x < y ? -1 : x > y, op);
        }
        if (ka == 2) return from3(rt_float_cmp_int(fval(a), as_int(b)), op);
        int32_t c = rt_float_cmp_int(fval(b), as_int(a));
        return from3(c == -2 ? -2 : -c, op);
    }
    uint32_t ta = rt_obj_type(a), tb = rt_obj_type(b);
    if (ta == T_STR && tb == T_STR) return from3(rt_str_cmp(pval(a), pval(b)), op);
    if (ta == tb && (ta == T_TUPLE || ta == T_LIST)) {
        uint32_t i = 0;
        for (;; i++) {
            uint32_t na = seq_len(ta, pval(a)), nb = seq_len(tb, pval(b)); /* lists may change */
            if (i >= na || i >= nb) return from3(na < nb ? -1 : na > nb, op);
            wobj x = seq_item(ta, pval(a), i), y = seq_item(tb, pval(b), i);
            if (!obj_same(x, y)) return rich(x, y, op);
        }
    }
    if (is_anyset(ta) && is_anyset(tb)) {
        wset x = pval(a), y = pval(b);
        int64_t nx = small_val(rt_set_len(x)), ny = small_val(rt_set_len(y));
        switch (op) {
        case CMP_LT: return nx < ny && rt_set_issubset(x, y);
        case CMP_LE: return rt_set_issubset(x, y);
        case CMP_GT: return nx > ny && rt_set_issuperset(x, y);
        default: return rt_set_issuperset(x, y);
        }
    }
    /* Set-like views order by inclusion; on the right of a set they answer the reflected op. */
    static const int VIEW_OP[] = { 1, 2, 3, 4 }, REFLECTED[] = { 3, 4, 1, 2 };
    if (is_setlike_view(a)) { int r = dictview_compare(a, b, VIEW_OP[op]); if (r >= 0) return exc_pending() ? -1 : r; }
    if (is_setlike_view(b)) { int r = dictview_compare(b, a, REFLECTED[op]); if (r >= 0) return exc_pending() ? -1 : r; }
    if (is_instance_obj(a) || is_instance_obj(b)) {
        wobj r = hook_richcompare(2 + op, a, b);
        if (!class_missing(r)) {
            if (exc_pending()) return -1;
            int t = (int)rt_obj_truthy(r);
            return exc_pending() ? -1 : t;
        }
    }
    type_error2("'", CMP_NAME[op], a, b, "' not supported between instances of '");
    return -1;
}

uint32_t WEXPORT(rt_obj_lt)(wobj a, wobj b) { return rich(a, b, CMP_LT) == 1; }
uint32_t WEXPORT(rt_obj_le)(wobj a, wobj b) { return rich(a, b, CMP_LE) == 1; }
uint32_t WEXPORT(rt_obj_gt)(wobj a, wobj b) { return rich(a, b, CMP_GT) == 1; }
uint32_t WEXPORT(rt_obj_ge)(wobj a, wobj b) { return rich(a, b, CMP_GE) == 1; }

static wobj unsupported(const char *op, wobj a, wobj b) {
    type_error2("unsupported operand type(s) for ", op, a, b, ": '");
    return 0;
}

static wobj boxf(double x) { return exc_pending() ? 0 : rt_box_float(x); }

enum { OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_DIVMOD };
static const char *const OP_NAME[] = { "+", "-", "*", "/", "//", "%", "** or pow()", "divmod()" };

static wobj arith(int op, wobj a, wobj b) {
    int ka = numkind(a), kb = numkind(b);
    if (ka == 1 && kb == 1) {
        wint x = as_int(a), y = as_int(b);
        switch (op) {
        case OP_ADD: return rt_int_add(x, y);
        case OP_SUB: return rt_int_sub(x, y);
        case OP_MUL: return rt_int_mul(x, y);
        case OP_TRUEDIV: { double r = rt_int_truediv(x, y); return boxf(r); }
        case OP_FLOORDIV: return rt_int_floordiv(x, y);
        case OP_MOD: return rt_int_mod(x, y);
        case OP_POW: return rt_int_pow(x, y);
        case OP_DIVMOD: { wtuple t = rt_int_divmod(x, y); return t ? box_ptr(t) : 0; }
        }
    }
    if (ka && kb) {
        double x = as_float(a);
        if (exc_pending()) return 0;
        double y = as_float(b);
        if (exc_pending()) return 0;
        switch (op) {
        case OP_ADD: return boxf(x + y);
        case OP_SUB: return boxf(x - y);
        case OP_MUL: return boxf(x * y);
        case OP_TRUEDIV: { double r = rt_float_div(x, y); return boxf(r); }
        case OP_FLOORDIV: { double r = rt_float_floordiv(x, y); return boxf(r); }
        case OP_MOD: { double r = rt_float_mod(x, y); return boxf(r); }
        case OP_POW: { double r = rt_float_pow(x, y); return boxf(r); }
        case OP_DIVMOD: { wtuple t = rt_float_divmod(x, y); return t ? box_ptr(t) : 0; }
        }
    }
    uint32_t ta = rt_obj_type(a), tb = rt_obj_type(b);
    if (op == OP_ADD && ta == T_STR && tb == T_STR) { wstr s = rt_str_concat(pval(a), pval(b)); return s ? box_ptr(s) : 0; }
    if (op == OP_ADD && ta == T_LIST && tb == T_LIST) { wlist l = rt_list_concat(pval(a), pval(b)); return l ? box_ptr(l) : 0; }
    if (op == OP_MUL && ta == T_LIST && kb == 1) { wlist l = rt_list_repeat(pval(a), as_int(b)); return l ? box_ptr(l) : 0; }
    if (op == OP_MUL && tb == T_LIST && ka == 1) { wlist l = rt_list_repeat(pval(b), as_int(a)); return l ? box_ptr(l) : 0; }
    if (op == OP_ADD && ta == T_TUPLE && tb == T_TUPLE) { wtuple t = rt_tuple_concat(pval(a), pval(b)); return t ? box_ptr(t) : 0; }
    if (op == OP_MUL && ta == T_TUPLE && kb == 1) { wtuple t = rt_tuple_repeat(pval(a), as_int(b)); return t ? box_ptr(t) : 0; }
    if (op == OP_MUL && tb == T_TUPLE && ka == 1) { wtuple t = rt_tuple_repeat(pval(b), as_int(a)); return t ? box_ptr(t) : 0; }
    if (op == OP_SUB && is_anyset(ta) && is_anyset(tb)) return anyset_binop(3, a, b);
    if (op == OP_SUB && (is_setlike_view(a) || is_setlike_view(b))) return dictview_setop(3, a, b);
    if (op == OP_ADD && (ta == T_LIST || ta == T_TUPLE)) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, ta == T_LIST ? "can only concatenate list (not \"" : "can only concatenate tuple (not \"");
        sb_add_cstr(sb, type_name(b));
        sb_add_cstr(sb, ta == T_LIST ? "\") to list" : "\") to tuple");
        rt_raise(EXC_TypeError, rt_sb_finish(sb));
        return 0;
    }
    if ((is_instance_obj(a) || is_instance_obj(b)) && !(op == OP_MOD && ta == T_STR)) {
        wobj r = hook_binop(op, a, b);
        if (!class_missing(r)) return r;
    }
    if (op == OP_MUL && ta == T_STR && kb == 1) { wstr s = rt_str_repeat(pval(a), as_int(b)); return s ? box_ptr(s) : 0; }
    if (op == OP_MUL && tb == T_STR && ka == 1) { wstr s = rt_str_repeat(pval(b), as_int(a)); return s ? box_ptr(s) : 0; }
    if (op == OP_ADD && ta == T_STR && tb != T_STR) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "can only concatenate str (not \"");
        sb_add_cstr(sb, type_name(b));
        sb_add_cstr(sb, "\") to str");
        rt_raise(EXC_TypeError, rt_sb_finish(sb));
        return 0;
    }
    if (op == OP_MOD && ta == T_STR) { wstr s = rt_str_mod(pval(a), b); return s ? box_ptr(s) : 0; }
    if (op == OP_MUL && (ta == T_STR || tb == T_STR || ta == T_LIST || tb == T_LIST || ta == T_TUPLE || tb == T_TUPLE)) {
        wsb sb = rt_sb_new();
        sb_add_cstr(sb, "can't multiply sequence by non-int of type '");
        sb_add_cstr(sb, type_name(ta == T_STR || ta == T_LIST || ta == T_TUPLE ? b : a));
        sb_add_cstr(sb, "'");
        rt_raise(EXC_TypeError, rt_sb_finish(sb));
        return 0;
    }
    if (op == OP_POW) {
        type_error2("unsupported operand type(s) for ", "** or pow()", a, b, ": '");
        return 0;
    }
    return unsupported(OP_NAME[op], a, b);
}

wobj WEXPORT(rt_obj_add)(wobj a, wobj b) { return arith(OP_ADD, a, b); }
wobj WEXPORT(rt_obj_sub)(wobj a, wobj b) { return arith(OP_SUB, a, b); }
wobj WEXPORT(rt_obj_mul)(wobj a, wobj b) { return arith(OP_MUL, a, b); }
wobj WEXPORT(rt_obj_truediv)(wobj a, wobj b) { return arith(OP_TRUEDIV, a, b); }
wobj WEXPORT(rt_obj_floordiv)(wobj a, wobj b) { return arith(OP_FLOORDIV, a, b); }
wobj WEXPORT(rt_obj_mod)(wobj a, wobj b) { return arith(OP_MOD, a, b); }
wobj WEXPORT(rt_obj_pow)(wobj a, wobj b) { return arith(OP_POW, a, b); }
wobj WEXPORT(rt_obj_divmod)(wobj a, wobj b) { return arith(OP_DIVMOD, a, b); }

static wobj bitop(int op, wobj a, wobj b, const char *name) {
    if (numkind(a) == 1 && numkind(b) == 1) {
        /* bool op bool stays bool for & | ^. */
        if (rt_obj_type(a) == T_BOOL && rt_obj_type(b) == T_BOOL && op < 3) {
            uint32_t x = bval(a), y = bval(b);
            return rt_box_bool(op == 0 ? (x & y) : op == 1 ? (x | y) : (x ^ y));
        }
        wint x = as_int(a), y = as_int(b);
        switch (op) {
        case 0: return rt_int_and(x, y);
        case 1: return rt_int_or(x, y);
        case 2: return rt_int_xor(x, y);
        case 3: return rt_int_lshift(x, y);
        default: return rt_int_rshift(x, y);
        }
    }
    uint32_t ta = rt_obj_type(a), tb = rt_obj_type(b);
    uint32_t r = 0;
    if (is_anyset(ta) && is_anyset(tb) && op < 3) return anyset_binop(op, a, b);
    if (ta == T_DICT && tb == T_DICT && op == 1) {
        r = rt_dict_or(pval(a), pval(b));
        return r ? box_ptr(r) : 0;
    }
    if (op < 3 && (is_setlike_view(a) || is_setlike_view(b))) return dictview_setop(op, a, b);
    if (is_instance_obj(a) || is_instance_obj(b)) {
        wobj c = hook_binop(8 + op, a, b);
        if (!class_missing(c)) return c;
    }
    return unsupported(name, a, b);
}

wobj WEXPORT(rt_obj_and)(wobj a, wobj b) { return bitop(0, a, b, "&"); }
wobj WEXPORT(rt_obj_or)(wobj a, wobj b) { return bitop(1, a, b, "|"); }
wobj WEXPORT(rt_obj_xor)(wobj a, wobj b) { return bitop(2, a, b, "^"); }
wobj WEXPORT(rt_obj_lshift)(wobj a, wobj b) { return bitop(3, a, b, "<<"); }
wobj WEXPORT(rt_obj_rshift)(wobj a, wobj b) { return bitop(4, a, b, ">>"); }

/* a op= b for an instance a: its __iop__, else a op b (class.c numbers the operators as arith,
 * then the bitwise ones from 8). */
wobj class_inplace_or(int op, wobj a, wobj b) {
    static const char *const BIT_NAME[] = { "&", "|", "^", "<<", ">>" };
    wobj r = hook_inplace(op, a, b);
    if (!class_missing(r)) return r;
    return op < 8 ? arith(op, a, b) : bitop(op - 8, a, b, BIT_NAME[op - 8]);
}

static wobj bad_unary(const char *op, wobj a) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, "bad operand type for ");
    sb_add_cstr(sb, op);
    sb_add_cstr(sb, ": '");
    sb_add_cstr(sb, type_name(a));
    sb_add_cstr(sb, "'");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
    return 0;
}

wobj WEXPORT(rt_obj_neg)(wobj a) {
    int k = numkind(a);
    if (k == 1) return rt_int_neg(as_int(a));
    if (k == 2) return rt_box_float(-fval(a));
    if (is_instance_obj(a)) {
        wobj c = hook_unary(0, a);
        if (!class_missing(c)) return c;
    }
    return bad_unary("unary -", a);
}
wobj WEXPORT(rt_obj_pos)(wobj a) {
    int k = numkind(a);
    if (k == 1) return as_int(a);
    if (k == 2) return a;
    if (is_instance_obj(a)) {
        wobj c = hook_unary(1, a);
        if (!class_missing(c)) return c;
    }
    return bad_unary("unary +", a);
}
wobj WEXPORT(rt_obj_invert)(wobj a) {
    if (numkind(a) == 1) return rt_int_invert(as_int(a));
    if (is_instance_obj(a)) {
        wobj c = hook_unary(2, a);
        if (!class_missing(c)) return c;
    }
    return bad_unary("unary ~", a);
}
wobj WEXPORT(rt_obj_abs)(wobj a) {
    int k = numkind(a);
    if (k == 1) return rt_int_abs(as_int(a));
    if (k == 2) return rt_box_float(__builtin_fabs(fval(a)));
    if (is_instance_obj(a)) {
        wobj c = hook_unary(3, a);
        if (!class_missing(c)) return c;
    }
    return bad_unary("abs()", a);
}

wobj WEXPORT(rt_obj_powmod)(wobj a, wobj b, wobj m) {
    if (rt_obj_type(m) == T_NONE) return rt_obj_pow(a, b);
    int ka = numkind(a), kb = numkind(b), km = numkind(m);
    if (ka == 1 && kb == 1 && km == 1) return rt_int_powmod(as_int(a), as_int(b), as_int(m));
    /* CPython tries each operand's power slot; float's refuses any third argument outright. */
    if (ka == 2 || kb == 2 || km == 2) {
        raise_c(EXC_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return 0;
    }
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, "unsupported operand type(s) for ** or pow(): '");
    sb_add_cstr(sb, type_name(a));
    sb_add_cstr(sb, "', '");
    sb_add_cstr(sb, type_name(b));
    sb_add_cstr(sb, "', '");
    sb_add_cstr(sb, type_name(m));
    sb_add_cstr(sb, "'");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
    return 0;
}

uint32_t WEXPORT(rt_obj_contains)(wobj container, wobj item) {
    uint32_t t = rt_obj_type(container);
    if (t == T_STR) {
        if (rt_obj_type(item) != T_STR) {
            wsb sb = rt_sb_new();
            sb_add_cstr(sb, "'in <string>' requires string as left operand, not ");
            sb_add_cstr(sb, type_name(item));
            rt_raise(EXC_TypeError, rt_sb_finish(sb));
            return 0;
        }
        return rt_str_contains(pval(container), pval(item));
    }
    if (t == T_LIST) return rt_list_contains(pval(container), item);
    if (t == T_ITER) {
        /* `x in iterator` consumes it up to the first match, as CPython. */
        while (rt_iter_step(container)) {
            wobj v = rt_iter_value(container);
            if (obj_same(v, item)) return 1;
        }
        return 0;
    }
    if (t == T_DICT) return rt_dict_contains(pval(container), item);
    if (t == T_RANGE) return range_contains(pval(container), item);
    if (t == T_INSTANCE) return hook_contains(container, item);
    if (t == T_DICTVIEW) return dictview_contains(pval(container), item);
    if (is_anyset(t)) return rt_set_contains(pval(container), item);
    if (t == T_TUPLE) {
        uint32_t n = HDR(pval(container))[1];
        for (uint32_t i = 0; i < n; i++) {
            wobj x = rt_tuple_get(pval(container), i);
            if (obj_same(x, item)) return 1;
        }
        return 0;
    }
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, "argument of type '");
    sb_add_cstr(sb, type_name(container));
    sb_add_cstr(sb, "' is not iterable");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
    return 0;
}

wstr WEXPORT(rt_obj_format)(wobj v, wstr spec) {
    switch (rt_obj_type(v)) {
    case T_INT: return rt_int_format(v, spec);
    case T_FLOAT: return rt_float_format(fval(v), spec);
    case T_BOOL: return rt_bool_format(bval(v), spec);
    case T_STR: return rt_str_format(pval(v), spec);
    default:
        if (str_len(spec) == 0) return rt_obj_str(v);
        raise_typed("unsupported format string passed to ", v, ".__format__");
        return 0;
    }
}

double WEXPORT(rt_unbox_float)(wobj v) {
    if (numkind(v)) return as_float(v);
    raise_typed("must be real number, not ", v, "");
    return 0.0;
}

double WEXPORT(rt_obj_to_float)(wobj v) {
    if (numkind(v)) return as_float(v);
    if (rt_obj_type(v) == T_STR) return rt_float_from_str(pval(v));
    raise_typed("float() argument must be a string or a real number, not '", v, "'");
    return 0.0;
}

wint WEXPORT(rt_obj_to_int)(wobj v) {
    int k = numkind(v);
    if (k == 1) return as_int(v);
    if (k == 2) return rt_float_to_int(fval(v));
    if (rt_obj_type(v) == T_STR) return rt_int_from_str(pval(v), mk_small(10));
    raise_typed("int() argument must be a string, a bytes-like object or a real number, not '", v, "'");
    return 0;
}

/* a op= b on values known only at run time: a list, set or dict changes in place and is the
 * result (list.__iadd__ takes any iterable, set.__ior__ and friends a set, dict.__ior__ what
 * dict.update takes); anything else falls back to the binary operator, as in CPython. */
wobj WEXPORT(rt_obj_iadd)(wobj a, wobj b) {
    if (is_instance_obj(a)) return class_inplace_or(OP_ADD, a, b);
    if (rt_obj_type(a) != T_LIST) return rt_obj_add(a, b);
    rt_list_extend_iter(pval(a), b);
    return exc_pending() ? 0 : a;
}

wobj WEXPORT(rt_obj_imul)(wobj a, wobj b) {
    if (is_instance_obj(a)) return class_inplace_or(OP_MUL, a, b);
    if (rt_obj_type(a) != T_LIST || numkind(b) != 1) return rt_obj_mul(a, b);
    rt_list_inplace_repeat(pval(a), as_int(b));
    return exc_pending() ? 0 : a;
}

static wobj set_inplace(int op, wobj a, wobj b) {
    static const int CLASS_OP[] = { 8, 9, 10, 1 };
    if (is_instance_obj(a)) return class_inplace_or(CLASS_OP[op], a, b);
    uint32_t ta = rt_obj_type(a), tb = rt_obj_type(b);
    if (ta == T_SET && is_anyset(tb)) {
        wset x = pval(a), y = pval(b);
        switch (op) {
        case 0: rt_set_intersection_update(x, y); break;
        case 1: rt_set_update(x, b); break;
        case 2: rt_set_symmetric_difference_update(x, y); break;
        default: rt_set_difference_update(x, y); break;
        }
        return exc_pending() ? 0 : a;
    }
    if (ta == T_DICT && op == 1) {
        rt_dict_update(pval(a), b);
        return exc_pending() ? 0 : a;
    }
    switch (op) {
    case 0: return rt_obj_and(a, b);
    case 1: return rt_obj_or(a, b);
    case 2: return rt_obj_xor(a, b);
    default: return rt_obj_sub(a, b);
    }
}

wobj WEXPORT(rt_obj_iand)(wobj a, wobj b) { return set_inplace(0, a, b); }
wobj WEXPORT(rt_obj_ior)(wobj a, wobj b) { return set_inplace(1, a, b); }
wobj WEXPORT(rt_obj_ixor)(wobj a, wobj b) { return set_inplace(2, a, b); }
wobj WEXPORT(rt_obj_isub)(wobj a, wobj b) { return set_inplace(3, a, b); }
