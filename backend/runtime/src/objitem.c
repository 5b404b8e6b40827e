/* objitem.c: subscripts on values of unknown static type (c[k], c[k] = v, del c[k], c[a:b:s]),
 * dispatching on the container's runtime type with CPython's error texts. */
#include "rt.h"

/* An index as a tagged int (bool counts as int); 0 with *ok = 0 if key is not an int. */
static wint as_index(wobj key, int *ok) {
    uint32_t t = rt_obj_type(key);
    *ok = t == T_INT || t == T_BOOL;
    if (t == T_BOOL) return mk_small(HDR(unbox_ptr(key))[2]);
    return *ok ? key : 0;
}

wobj WEXPORT(rt_obj_getitem)(wobj c, wobj key) {
    int ok;
    uint32_t t = rt_obj_type(c);
    if (t == T_INSTANCE) return hook_item(c, 0, key, 0);
    switch (t) {
    case T_DICT: return rt_dict_get(unbox_ptr(c), key);
    case T_LIST: {
        wint i = as_index(key, &ok);
        if (ok) return rt_list_get(unbox_ptr(c), i);
        raise_typed("list indices must be integers or slices, not ", key, "");
        return 0;
    }
    case T_TUPLE: {
        wint i = as_index(key, &ok);
        if (ok) return rt_tuple_getitem(unbox_ptr(c), i);
        raise_typed("tuple indices must be integers or slices, not ", key, "");
        return 0;
    }
    case T_RANGE: {
        wint i = as_index(key, &ok);
        if (ok) return range_getitem(unbox_ptr(c), i);
        raise_typed("range indices must be integers or slices, not ", key, "");
        return 0;
    }
    case T_STR: {
        wint i = as_index(key, &ok);
        if (!ok) { raise_typed("string indices must be integers, not '", key, "'"); return 0; }
        wstr s = rt_str_getitem(unbox_ptr(c), i);
        return s ? box_ptr(s) : 0;
    }
    default:
        raise_typed("'", c, "' object is not subscriptable");
        return 0;
    }
}

/* Whether CPython's type has sequence methods (tp_as_sequence): PyObject_SetItem and DelItem
 * then convert an int key first (IndexError for a huge one) and word the refusal differently. */
static int has_sequence_slots(uint32_t t) { return t == T_TUPLE || t == T_STR || is_anyset(t); }

static int huge_index(wobj key) {
    if (rt_obj_type(key) != T_INT || fits_ssize(key)) return 0;
    raise_c(EXC_IndexError, "cannot fit 'int' into an index-sized integer");
    return 1;
}

void WEXPORT(rt_obj_setitem)(wobj c, wobj key, wobj v) {
    int ok;
    uint32_t t = rt_obj_type(c);
    if (t == T_INSTANCE) { hook_item(c, 1, key, v); return; }
    switch (t) {
    case T_DICT: rt_dict_set(unbox_ptr(c), key, v); return;
    case T_LIST: {
        wint i = as_index(key, &ok);
        if (ok) rt_list_set(unbox_ptr(c), i, v);
        else raise_typed("list indices must be integers or slices, not ", key, "");
        return;
    }
    default:
        if (has_sequence_slots(t) && huge_index(key)) return;
        raise_typed("'", c, "' object does not support item assignment");
    }
}

void WEXPORT(rt_obj_delitem)(wobj c, wobj key) {
    int ok;
    uint32_t t = rt_obj_type(c);
    if (t == T_INSTANCE) { hook_item(c, 2, key, 0); return; }
    switch (t) {
    case T_DICT: rt_dict_del(unbox_ptr(c), key); return;
    case T_LIST: {
        wint i = as_index(key, &ok);
        if (ok) rt_list_delitem(unbox_ptr(c), i);
        else raise_typed("list indices must be integers or slices, not ", key, "");
        return;
    }
    default:
        as_index(key, &ok);
        if (has_sequence_slots(t) && ok) {
            if (huge_index(key)) return;
            raise_typed("'", c, "' object doesn't support item deletion"); /* PySequence_DelItem's words */
            return;
        }
        raise_typed("'", c, "' object does not support item deletion");
    }
}

wobj WEXPORT(rt_obj_getslice)(wobj c, wobj start, wobj stop, wobj step) {
    uint32_t r;
    switch (rt_obj_type(c)) {
    case T_STR: r = rt_str_slice(unbox_ptr(c), start, stop, step); break;
    case T_LIST: r = rt_list_slice(unbox_ptr(c), start, stop, step); break;
    case T_TUPLE: r = rt_tuple_slice(unbox_ptr(c), start, stop, step); break;
    case T_RANGE: return range_getslice(unbox_ptr(c), start, stop, step);
    case T_DICT: raise_c(EXC_TypeError, "unhashable type: 'slice'"); return 0;
    default: raise_typed("'", c, "' object is not subscriptable"); return 0;
    }
    return r ? box_ptr(r) : 0;
}

/* c[start:stop:step] = v: a list's slice assignment; every other built-in type refuses with
 * PyObject_SetItem's words (a dict first hashes the slice). */
void WEXPORT(rt_obj_setslice)(wobj c, wobj start, wobj stop, wobj step, wobj v) {
    switch (rt_obj_type(c)) {
    case T_LIST: rt_list_setslice(unbox_ptr(c), start, stop, step, v); return;
    case T_DICT: raise_c(EXC_TypeError, "unhashable type: 'slice'"); return;
    default: raise_typed("'", c, "' object does not support item assignment");
    }
}

/* del c[start:stop:step], as rt_obj_setslice. */
void WEXPORT(rt_obj_delslice)(wobj c, wobj start, wobj stop, wobj step) {
    switch (rt_obj_type(c)) {
    case T_LIST: rt_list_delslice(unbox_ptr(c), start, stop, step); return;
    case T_DICT: raise_c(EXC_TypeError, "unhashable type: 'slice'"); return;
    default: raise_typed("'", c, "' object does not support item deletion");
    }
}
