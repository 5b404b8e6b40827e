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
