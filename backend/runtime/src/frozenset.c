/* frozenset.c: frozensets, a set's table (set.c) under the type id T_FROZENSET. A frozenset is
 * built as a set is and then retyped, so its table, and with it its iteration order, is the one
 * CPython builds; nothing changes it afterwards. The set algebra of set.c serves both types; its
 * result takes the type of the left operand (CPython copies it with make_new_set_basetype). */
#include "rt.h"

wobj anyset_result(wset r, uint32_t t) {
    if (!r || exc_pending()) return 0;
    if (t == T_FROZENSET) HDR(r)[0] = (HDR(r)[0] & ~0xffu) | T_FROZENSET; /* keeps the GC bits */
    return box_ptr(r);
}

wobj WEXPORT(rt_frozenset_new)(void) { return anyset_result(rt_set_new(), T_FROZENSET); }

wobj WEXPORT(rt_obj_to_frozenset)(wobj iterable) {
    if (rt_obj_type(iterable) == T_FROZENSET) return iterable;
    return anyset_result(rt_obj_to_set(iterable), T_FROZENSET);
}

wobj WEXPORT(rt_set_freeze)(wset s) { return anyset_result(s, T_FROZENSET); }

wstr frozenset_repr(wset s) {
    if (small_val(rt_set_len(s)) == 0) return str_from_cstr("frozenset()");
    wstr items = rt_set_repr(s);
    if (!items) return 0;
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, "frozenset(");
    rt_sb_add_str(sb, items);
    rt_sb_add_char(sb, ')');
    return rt_sb_finish(sb);
}

wobj anyset_binop(int op, wobj a, wobj b) {
    wset x = unbox_ptr(a), y = unbox_ptr(b);
    wset r = op == 0 ? rt_set_intersection(x, y) : op == 1 ? rt_set_union(x, y)
           : op == 2 ? rt_set_symmetric_difference(x, y) : rt_set_difference(x, y);
    return anyset_result(r, rt_obj_type(a));
}
