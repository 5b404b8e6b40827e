/* dictview.c: d.keys(), d.values() and d.items() kept as values. A view is a live window on its
 * dict (generic layout, T_DICTVIEW, word = 2: kind (tagged 0 keys, 1 values, 2 items), the dict
 * (boxed)). Keys and items views are set-like: ==, <, <=, >, >= against sets and other set-like
 * views, and & | - ^ giving sets, each following CPython 3.11's dictobject.c step by step so that
 * the resulting sets are built in the same order (and so iterate in the same order). */
#include "rt.h"

enum { V_KEYS, V_VALUES, V_ITEMS };

static wobj *vs(uint32_t v) { return (wobj *)(size_t)(v + 8); }
uint32_t dictview_kind(uint32_t v) { return (uint32_t)small_val(vs(v)[0]); }
wdict dictview_dict(uint32_t v) { return unbox_ptr(vs(v)[1]); }

static wobj view_new(wdict d, uint32_t kind) {
    uint32_t v = rt_alloc(8 + 8 * 2, T_DICTVIEW);
    if (!v) return 0;
    HDR(v)[1] = 2;
    vs(v)[0] = mk_small(kind);
    vs(v)[1] = box_ptr(d);
    return box_ptr(v);
}

wobj WEXPORT(rt_dict_keys_view)(wdict d) { return view_new(d, V_KEYS); }
wobj WEXPORT(rt_dict_values_view)(wdict d) { return view_new(d, V_VALUES); }
wobj WEXPORT(rt_dict_items_view)(wdict d) { return view_new(d, V_ITEMS); }

const char *dictview_type_name(uint32_t v) {
    switch (dictview_kind(v)) {
    case V_KEYS: return "dict_keys";
    case V_VALUES: return "dict_values";
    default: return "dict_items";
    }
}

int64_t dictview_len(uint32_t v) { return small_val(rt_dict_len(dictview_dict(v))); }

/* A keys or items view: the ones that behave like sets. */
int is_setlike_view(wobj x) {
    return rt_obj_type(x) == T_DICTVIEW && dictview_kind(unbox_ptr(x)) != V_VALUES;
}

/* dict_keys(['a', 'b']): the name, then the repr of the view turned into a list. */
wstr dictview_repr(uint32_t v) {
    wdict d = dictview_dict(v);
    uint32_t kind = dictview_kind(v);
    wlist l = kind == V_KEYS ? rt_dict_keys(d) : kind == V_VALUES ? rt_dict_values(d) : rt_dict_items(d);
    if (!l) return 0;
    wstr items = rt_list_repr(l);
    if (!items) return 0;
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, dictview_type_name(v));
    rt_sb_add_char(sb, '(');
    rt_sb_add_str(sb, items);
    rt_sb_add_char(sb, ')');
    return rt_sb_finish(sb);
}

/* x in view: a key lookup; for items a (key, value) pair whose value compares equal (identity
 * first); for values a scan. */
uint32_t dictview_contains(uint32_t v, wobj x) {
    wdict d = dictview_dict(v);
    switch (dictview_kind(v)) {
    case V_KEYS: return rt_dict_contains(d, x);
    case V_ITEMS: {
        if (rt_obj_type(x) != T_TUPLE || rt_tuple_len(unbox_ptr(x)) != 2) return 0;
        wobj key = rt_tuple_get(unbox_ptr(x), 0), want = rt_tuple_get(unbox_ptr(x), 1);
        if (!rt_dict_contains(d, key)) return 0;
        wobj found = rt_dict_get(d, key);
        if (exc_pending()) return 0;
        return obj_same(found, want);
    }
    default:
        for (int32_t e = rt_dict_next(d, 0); e >= 0; e = rt_dict_next(d, e + 1)) {
            wobj x2 = rt_dict_value_at(d, e);
            if (obj_same(x2, x)) return 1;
            if (exc_pending()) return 0;
        }
        return 0;
    }
}

/* Size of a set or set-like view. */
static int64_t setlike_len(wobj x) {
    return is_anyset(rt_obj_type(x)) ? small_val(rt_set_len(unbox_ptr(x))) : dictview_len(unbox_ptr(x));
}

static uint32_t setlike_contains(wobj x, wobj item) {
    return is_anyset(rt_obj_type(x)) ? rt_set_contains(unbox_ptr(x), item) : dictview_contains(unbox_ptr(x), item);
}

/* Every item of a is in b (CPython's all_contained_in). */
static int all_contained_in(wobj a, wobj b) {
    wobj it = rt_obj_iter(a);
    if (!it) return 0;
    while (rt_iter_step(it)) {
        if (!setlike_contains(b, rt_iter_value(it))) return 0;
        if (exc_pending()) return 0;
    }
    return !exc_pending();
}

/* self OP other where self is a set-like view (a set-like operand on the right of a set is
 * handled by the caller swapping sides, as CPython's reflected comparison does). op: 0 ==,
 * 1 <, 2 <=, 3 >, 4 >=. -1 when other is not set-like (NotImplemented). */
int dictview_compare(wobj self, wobj other, int op) {
    if (!is_anyset(rt_obj_type(other)) && !is_setlike_view(other)) return -1;
    int64_t ns = setlike_len(self), no = setlike_len(other);
    switch (op) {
    case 0: return ns == no && all_contained_in(self, other);
    case 1: return ns < no && all_contained_in(self, other);
    case 2: return ns <= no && all_contained_in(self, other);
    case 3: return ns > no && all_contained_in(other, self);
    default: return ns >= no && all_contained_in(other, self);
    }
}

/* CPython's dictviews_to_set: a keys view goes through its dict (set(dict) presizes the table). */
static wset to_set(wobj x) {
    if (rt_obj_type(x) == T_DICTVIEW && dictview_kind(unbox_ptr(x)) == V_KEYS) x = box_ptr(dictview_dict(unbox_ptr(x)));
    return rt_obj_to_set(x);
}

/* A new set of the items of `from` that `in` holds (both orders of _PyDictView_Intersect end here). */
static wobj filter_into_set(wobj from, wobj in) {
    wset r = rt_set_new();
    if (!r) return 0;
    wobj it = rt_obj_iter(from);
    if (!it) return 0;
    while (rt_iter_step(it)) {
        wobj k = rt_iter_value(it);
        uint32_t has = setlike_contains(in, k);
        if (exc_pending()) return 0;
        if (has) rt_set_add(r, k);
        if (exc_pending()) return 0;
    }
    return exc_pending() ? 0 : box_ptr(r);
}

/* _PyDictView_Intersect. */
static wobj intersect(wobj self, wobj other) {
    if (!is_setlike_view(self)) { wobj t = self; self = other; other = t; }
    int64_t n = dictview_len(unbox_ptr(self));
    if (is_anyset(rt_obj_type(other)) && n <= small_val(rt_set_len(unbox_ptr(other)))) return filter_into_set(self, other);
    if (is_setlike_view(other) && dictview_len(unbox_ptr(other)) > n) { wobj t = self; self = other; other = t; }
    return filter_into_set(other, self);
}

/* dictitems_xor: pairs of either view whose key is missing from, or whose value differs in, the
 * other; built from a copy of the first dict walked by the second, as CPython does. */
static wobj items_xor(wobj self, wobj other) {
    wdict d2 = dictview_dict(unbox_ptr(other));
    wdict temp = rt_dict_copy(dictview_dict(unbox_ptr(self)));
    if (!temp) return 0;
    wset r = rt_set_new();
    if (!r) return 0;
    for (int32_t e = rt_dict_next(d2, 0); e >= 0; e = rt_dict_next(d2, e + 1)) {
        wobj key = rt_dict_key_at(d2, e), val2 = rt_dict_value_at(d2, e);
        int drop = 0;
        if (rt_dict_contains(temp, key)) {
            wobj val1 = rt_dict_get(temp, key);
            drop = obj_same(val1, val2);
        }
        if (exc_pending()) return 0;
        if (drop) {
            rt_dict_del(temp, key);
        } else {
            wtuple pair = rt_tuple_new(2);
            if (!pair) return 0;
            rt_tuple_set(pair, 0, key);
            rt_tuple_set(pair, 1, val2);
            rt_set_add(r, box_ptr(pair));
        }
        if (exc_pending()) return 0;
    }
    wobj rest = rt_dict_items_view(temp);
    if (!rest) return 0;
    rt_set_update(r, rest);
    return exc_pending() ? 0 : box_ptr(r);
}

/* a & b, a | b, a - b, a ^ b with a set-like view on either side (op: 0 &, 1 |, 2 ^, 3 -). */
wobj dictview_setop(int op, wobj a, wobj b) {
    if (op == 0) return intersect(a, b);
    if (op == 2 && is_setlike_view(a) && is_setlike_view(b) && dictview_kind(unbox_ptr(a)) == V_ITEMS
        && dictview_kind(unbox_ptr(b)) == V_ITEMS)
        return items_xor(a, b);
    wset r = to_set(a);
    if (!r) return 0;
    if (op == 1) {
        rt_set_update(r, b);
    } else if (op == 3) {
        rt_set_difference_update_obj(r, b);
    } else {
        rt_set_symmetric_difference_update_obj(r, b);
    }
    return exc_pending() ? 0 : box_ptr(r);
}
