/* tuple.c: immutable sequences of boxed values; header word = length, items (i64) at 8. */
#include "rt.h"

wtuple WEXPORT(rt_tuple_new)(uint32_t n) {
    wtuple t = rt_alloc(8 + 8 * n, T_TUPLE);
    if (!t) return 0;
    HDR(t)[1] = n;
    for (uint32_t i = 0; i < n; i++) ((wobj *)(size_t)(t + 8))[i] = box_ptr(NONE_PTR);
    return t;
}

void WEXPORT(rt_tuple_set)(wtuple t, uint32_t i, wobj v) { ((wobj *)(size_t)(t + 8))[i] = v; }
wobj WEXPORT(rt_tuple_get)(wtuple t, uint32_t i) { return ((wobj *)(size_t)(t + 8))[i]; }
uint32_t WEXPORT(rt_tuple_len)(wtuple t) { return HDR(t)[1]; }

wstr WEXPORT(rt_tuple_repr)(wtuple t) {
    uint32_t n = HDR(t)[1];
    wsb sb = rt_sb_new();
    if (!sb) return 0;
    rt_sb_add_char(sb, '(');
    for (uint32_t i = 0; i < n; i++) {
        if (i) sb_add_cstr(sb, ", ");
        wstr r = rt_obj_repr(rt_tuple_get(t, i));
        if (!r) return 0;
        rt_sb_add_str(sb, r);
    }
    if (n == 1) rt_sb_add_char(sb, ',');
    rt_sb_add_char(sb, ')');
    return rt_sb_finish(sb);
}
