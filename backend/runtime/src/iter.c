/* iter.c: the iteration protocol for values whose type the compiler does not know, and the
 * conversions built on it (list(x), tuple(x), set(x), dict(x), len(x)).
 *
 * An iterator is a generic object (T_ITER, word = 6) so that the collector traces it unchanged:
 *   slot 0  kind (tagged): IT_LIST, IT_TUPLE, IT_STR, IT_DICT (keys), IT_SET, IT_RANGE,
 *           IT_DICT_VALUES, IT_DICT_ITEMS; reversed(): IT_LIST_REV, IT_SEQ_REV (tuple, str),
 *           IT_DICT_REV_KEYS, IT_DICT_REV_VALUES, IT_DICT_REV_ITEMS (slot 2 counts down)
 *   slot 1  the container (boxed); None once exhausted, as CPython drops it
 *   slot 2  next position (tagged): item index, dict entry index or set table slot
 *   slot 3  the value of the last successful step
 *   slot 4  dict/set: the size seen at creation (tagged); -1 once a size change was reported
 *   slot 5  dict: entries still expected (CPython's di->len) */
#include "rt.h"

enum {
    IT_LIST, IT_TUPLE, IT_STR, IT_DICT, IT_SET, IT_RANGE, IT_DICT_VALUES, IT_DICT_ITEMS,
    /* reversed(): positions count down */
    IT_LIST_REV, IT_SEQ_REV, IT_DICT_REV_KEYS, IT_DICT_REV_VALUES, IT_DICT_REV_ITEMS
};
#define IT_WORD 6

static wobj *it_slots(uint32_t it) { return (wobj *)(size_t)(it + 8); }
static uint32_t it_kind(uint32_t it) { return (uint32_t)small_val(it_slots(it)[0]); }

const char *iter_type_name(uint32_t it) {
    switch (it_kind(it)) {
    case IT_LIST: return "list_iterator";
    case IT_TUPLE: return "tuple_iterator";
    case IT_STR: {
        /* CPython 3.11 gives ASCII strs their own iterator type. */
        wobj s = it_slots(it)[1];
        if (rt_obj_type(s) == T_STR) {
            wstr p = unbox_ptr(s);
            if (str_kind(p) != 1) return "str_iterator"; /* a code point past U+00FF */
            for (uint32_t i = 0; i < str_len(p); i++) if (str_at(p, i) >= 128) return "str_iterator";
        }
        return "str_ascii_iterator";
    }
    case IT_DICT: return "dict_keyiterator";
    case IT_DICT_VALUES: return "dict_valueiterator";
    case IT_DICT_ITEMS: return "dict_itemiterator";
    case IT_LIST_REV: return "list_reverseiterator";
    case IT_SEQ_REV: return "reversed";
    case IT_DICT_REV_KEYS: return "dict_reversekeyiterator";
    case IT_DICT_REV_VALUES: return "dict_reversevalueiterator";
    case IT_DICT_REV_ITEMS: return "dict_reverseitemiterator";
    case IT_RANGE: return "range_iterator";
    default: return "set_iterator";
    }
}

static void not_iterable(wobj v) { raise_typed("'", v, "' object is not iterable"); }

static wobj new_iter(uint32_t kind, wobj v, int64_t pos, int64_t size) {
    uint32_t it = rt_alloc(8 + 8 * IT_WORD, T_ITER);
    if (!it) return 0;
    HDR(it)[1] = IT_WORD;
    wobj *s = it_slots(it);
    s[0] = mk_small(kind);
    s[1] = v;
    s[2] = mk_small(pos);
    s[3] = box_ptr(NONE_PTR);
    s[4] = mk_small(size);
    s[5] = mk_small(size);
    return box_ptr(it);
}

static uint32_t finish(wobj *s) { s[1] = box_ptr(NONE_PTR); return 0; }

/* Entry e of dict c as a loop sees it: what 0 = the key, 1 = the value, 2 = a (key, value) pair.
 * 0 after raising MemoryError. */
static int dict_entry(wdict c, int32_t e, uint32_t what, wobj *out) {
    if (what == 0) { *out = rt_dict_key_at(c, e); return 1; }
    if (what == 1) { *out = rt_dict_value_at(c, e); return 1; }
    wtuple pair = rt_tuple_new(2);
    if (!pair) return 0;
    rt_tuple_set(pair, 0, rt_dict_key_at(c, e));
    rt_tuple_set(pair, 1, rt_dict_value_at(c, e));
    *out = box_ptr(pair);
    return 1;
}

wobj WEXPORT(rt_obj_iter)(wobj v) {
    uint32_t kind, t = rt_obj_type(v);
    int64_t size = 0;
    switch (t) {
    case T_ITER: return v;
    case T_INSTANCE: return hook_iter(v);
    case T_LIST: kind = IT_LIST; break;
    case T_TUPLE: kind = IT_TUPLE; break;
    case T_STR: kind = IT_STR; break;
    case T_RANGE: kind = IT_RANGE; break;
    case T_DICT: kind = IT_DICT; size = small_val(rt_dict_len(unbox_ptr(v))); break;
    case T_SET: case T_FROZENSET: kind = IT_SET; size = small_val(rt_set_len(unbox_ptr(v))); break;
    case T_DICTVIEW: {
        static const uint32_t kinds[] = { IT_DICT, IT_DICT_VALUES, IT_DICT_ITEMS };
        kind = kinds[dictview_kind(unbox_ptr(v))];
        v = box_ptr(dictview_dict(unbox_ptr(v)));
        size = small_val(rt_dict_len(unbox_ptr(v)));
        break;
    }
    default: not_iterable(v); return 0;
    }
    return new_iter(kind, v, 0, size);
}

/* reversed(v): list, tuple, str, range, dict and dict views; TypeError for the rest. */
wobj WEXPORT(rt_obj_reversed)(wobj v) {
    uint32_t p = unbox_ptr(v);
    switch (rt_obj_type(v)) {
    case T_LIST: return new_iter(IT_LIST_REV, v, small_val(rt_list_len(p)) - 1, 0);
    case T_TUPLE: return new_iter(IT_SEQ_REV, v, (int64_t)rt_tuple_len(p) - 1, 0);
    case T_STR: return new_iter(IT_SEQ_REV, v, (int64_t)str_len(p) - 1, 0);
    case T_RANGE: {
        wobj r = range_reversed(p);
        return r ? rt_obj_iter(r) : 0;
    }
    case T_DICT: return new_iter(IT_DICT_REV_KEYS, v, dict_entries_used(p) - 1, small_val(rt_dict_len(p)));
    case T_DICTVIEW: {
        wdict d = dictview_dict(p);
        return new_iter(IT_DICT_REV_KEYS + dictview_kind(p), box_ptr(d), dict_entries_used(d) - 1,
                        small_val(rt_dict_len(d)));
    }
    default: raise_typed("'", v, "' object is not reversible"); return 0;
    }
}

/* One step of a reversed() iterator; slot 2 is the next position to look at, counting down. */
static uint32_t step_reverse(uint32_t it, wobj *s, uint32_t c) {
    int64_t pos = small_val(s[2]);
    uint32_t kind = it_kind(it);
    if (kind == IT_LIST_REV) {
        /* CPython's listreviter: a list that shrank below the position ends the iteration. */
        if (pos < 0 || pos >= small_val(rt_list_len(c))) return finish(s);
        s[3] = rt_list_get(c, mk_small(pos));
    } else if (kind == IT_SEQ_REV) {
        if (pos < 0) return finish(s);
        if (rt_obj_type(s[1]) == T_TUPLE) {
            s[3] = rt_tuple_get(c, (uint32_t)pos);
        } else {
            wstr ch = rt_str_getitem(c, mk_small(pos));
            if (!ch) return 0;
            s[3] = box_ptr(ch);
        }
    } else {
        /* CPython's dictreviter_iternext: a size change is reported (and stays reported). */
        if (small_val(s[4]) != small_val(rt_dict_len(c))) {
            s[4] = mk_small(-1);
            raise_c(EXC_RuntimeError, "dictionary changed size during iteration");
            return 0;
        }
        int32_t e = pos < 0 ? -1 : dict_prev(c, (int32_t)pos);
        if (e < 0) return finish(s);
        if (!dict_entry(c, e, kind - IT_DICT_REV_KEYS, &s[3])) return 0;
        pos = e;
    }
    s[2] = mk_small(pos - 1);
    return 1;
}


uint32_t WEXPORT(rt_iter_step)(wobj itv) {
    if (rt_obj_type(itv) == T_INSTANCE) return hook_iter_step(itv);
    uint32_t it = unbox_ptr(itv);
    wobj *s = it_slots(it);
    if (rt_obj_type(s[1]) == T_NONE) return 0;
    uint32_t c = unbox_ptr(s[1]);
    if (it_kind(it) >= IT_LIST_REV) return step_reverse(it, s, c);
    int64_t pos = small_val(s[2]);
    switch (it_kind(it)) {
    case IT_LIST:
        if (pos >= small_val(rt_list_len(c))) return finish(s);
        s[3] = rt_list_get(c, mk_small(pos));
        break;
    case IT_RANGE:
        if (pos >= range_len(c)) return finish(s);
        s[3] = range_item(c, pos);
        break;
    case IT_TUPLE:
        if (pos >= rt_tuple_len(c)) return finish(s);
        s[3] = rt_tuple_get(c, (uint32_t)pos);
        break;
    case IT_STR: {
        if (pos >= str_len(c)) return finish(s);
        wstr ch = rt_str_getitem(c, mk_small(pos));
        if (!ch) return 0;
        s[3] = box_ptr(ch);
        break;
    }
    case IT_DICT: case IT_DICT_VALUES: case IT_DICT_ITEMS: {
        /* CPython's dictiter_iternextkey: a size change is reported (and stays reported); an entry
         * found when none is expected means keys were replaced. */
        if (small_val(s[4]) != small_val(rt_dict_len(c))) {
            s[4] = mk_small(-1);
            raise_c(EXC_RuntimeError, "dictionary changed size during iteration");
            return 0;
        }
        int32_t e = rt_dict_next(c, (int32_t)pos);
        if (e < 0) return finish(s);
        if (small_val(s[5]) == 0) {
            finish(s);
            raise_c(EXC_RuntimeError, "dictionary keys changed during iteration");
            return 0;
        }
        s[5] = mk_small(small_val(s[5]) - 1);
        uint32_t kind = it_kind(it);
        if (!dict_entry(c, e, kind == IT_DICT ? 0 : kind == IT_DICT_VALUES ? 1 : 2, &s[3])) return 0;
        pos = e;
        break;
    }
    default: {
        if (small_val(s[4]) != small_val(rt_set_len(c))) {
            s[4] = mk_small(-1);
            raise_c(EXC_RuntimeError, "Set changed size during iteration");
            return 0;
        }
        int64_t i = set_next_slot(c, (uint64_t)pos);
        if (i < 0) return finish(s);
        s[3] = set_slot_key(c, (uint64_t)i);
        pos = i;
        break;
    }
    }
    s[2] = mk_small(pos + 1);
    return 1;
}

wobj WEXPORT(rt_iter_value)(wobj itv) {
    if (rt_obj_type(itv) == T_INSTANCE) return hook_iter_value();
    return it_slots(unbox_ptr(itv))[3];
}

static int want_iterator(wobj v) {
    if (rt_obj_type(v) == T_ITER || rt_obj_type(v) == T_INSTANCE) return 1;
    raise_typed("'", v, "' object is not an iterator");
    return 0;
}

wobj WEXPORT(rt_obj_next)(wobj it) {
    if (!want_iterator(it)) return 0;
    if (rt_iter_step(it)) return rt_iter_value(it);
    if (!exc_pending()) rt_raise(EXC_StopIteration, 0);
    return 0;
}

wobj WEXPORT(rt_obj_next_default)(wobj it, wobj dflt) {
    if (!want_iterator(it)) return 0;
    if (rt_iter_step(it)) return rt_iter_value(it);
    return exc_pending() ? 0 : dflt;
}

wint WEXPORT(rt_obj_len)(wobj v) {
    switch (rt_obj_type(v)) {
    case T_INSTANCE: return hook_len(v);
    case T_STR: return rt_str_len(unbox_ptr(v));
    case T_TUPLE: return mk_small(rt_tuple_len(unbox_ptr(v)));
    case T_LIST: return rt_list_len(unbox_ptr(v));
    case T_DICT: return rt_dict_len(unbox_ptr(v));
    case T_SET: case T_FROZENSET: return rt_set_len(unbox_ptr(v));
    case T_RANGE: return mk_small(range_len(unbox_ptr(v)));
    case T_DICTVIEW: return mk_small(dictview_len(unbox_ptr(v)));
    default: raise_typed("object of type '", v, "' has no len()"); return 0;
    }
}

wlist WEXPORT(rt_obj_to_list)(wobj v) {
    uint32_t t = rt_obj_type(v);
    if (t == T_LIST) return rt_list_copy(unbox_ptr(v));
    if (t == T_TUPLE) return rt_list_from_tuple(unbox_ptr(v));
    wlist l = rt_list_empty();
    if (!l) return 0;
    rt_list_extend_iter(l, v);
    return exc_pending() ? 0 : l;
}

wtuple WEXPORT(rt_obj_to_tuple)(wobj v) {
    if (rt_obj_type(v) == T_TUPLE) return unbox_ptr(v);
    wlist l = rt_obj_to_list(v);
    return l ? rt_tuple_from_list(l) : 0;
}

wset WEXPORT(rt_obj_to_set)(wobj v) {
    wset s = rt_set_new();
    if (!s) return 0;
    rt_set_update(s, v);
    return exc_pending() ? 0 : s;
}

wdict WEXPORT(rt_obj_to_dict)(wobj v) {
    wdict d = rt_dict_new();
    if (!d) return 0;
    rt_dict_update(d, v);
    return exc_pending() ? 0 : d;
}
