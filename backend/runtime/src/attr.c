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

/* v.copy() and v.clear() for a list, dict or set known only at run time. */
wobj WEXPORT(rt_obj_copy)(wobj v) {
    switch (rt_obj_type(v)) {
    case T_LIST: return box_ptr(rt_list_copy(unbox_ptr(v)));
    case T_DICT: return box_ptr(rt_dict_copy(unbox_ptr(v)));
    case T_SET: return box_ptr(rt_set_copy(unbox_ptr(v)));
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
