/* set.c: sets with CPython 3.11's table discipline (Objects/setobject.c): the same probe
 * sequence (up to 9 linear probes, then perturbation), the same growth rule and the same
 * clean reinsertion on resize. Iteration walks the table, so the order of ints, floats and
 * tuples of them is CPython's. */
#include "rt.h"

int hash_of(wobj v, int64_t *out);

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MINSIZE 8

/* Markers for never-used and deleted table slots: static objects equal to nothing. */
static uint32_t null_obj[2] __attribute__((aligned(8))) = { 15, 0 };
static uint32_t dummy_obj[2] __attribute__((aligned(8))) = { 15, 0 };
#define NULLKEY box_ptr((uint32_t)(size_t)null_obj)
#define DUMMY box_ptr((uint32_t)(size_t)dummy_obj)

static wobj *slots(wset s) { return (wobj *)(size_t)(s + 8); }
static uint32_t used(wset s) { return (uint32_t)small_val(slots(s)[0]); }
static uint32_t fill(wset s) { return (uint32_t)small_val(slots(s)[1]); }
static wobj *keys(wset s) { return (wobj *)(size_t)(unbox_ptr(slots(s)[2]) + 8); }
static int64_t *hashes(wset s) { return (int64_t *)(size_t)(unbox_ptr(slots(s)[3]) + 8); }
static uint64_t mask(wset s) { return HDR(unbox_ptr(slots(s)[2]))[1] - 1; }

static int new_table(uint32_t size, uint32_t *k, uint32_t *h) {
    *k = heap_alloc(8 + 8ull * size, T_SLOTS);
    if (!*k) return 0;
    HDR(*k)[1] = size;
    for (uint32_t i = 0; i < size; i++) ((wobj *)(size_t)(*k + 8))[i] = NULLKEY;
    int64_t *hs = scratch((uint64_t)size * 8);
    if (!hs) return 0;
    *h = (uint32_t)(size_t)hs - 8;
    return 1;
}

wset WEXPORT(rt_set_new)(void) {
    uint32_t k, h;
    if (!new_table(MINSIZE, &k, &h)) return 0;
    wset s = rt_alloc(48, T_SET);
    if (!s) return 0;
    HDR(s)[1] = 5;
    slots(s)[0] = mk_small(0);
    slots(s)[1] = mk_small(0);
    slots(s)[2] = box_ptr(k);
    slots(s)[3] = box_ptr(h);
    slots(s)[4] = mk_small(0);
    return s;
}

wint WEXPORT(rt_set_len)(wset s) { return mk_small(used(s)); }

static int same_key(wobj a, wobj b) { return obj_same(a, b); }

static void insert_clean(wobj *ks, int64_t *hs, uint64_t m, wobj key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & m;
    for (;;) {
        if (ks[i] == NULLKEY) goto found;
        if (i + LINEAR_PROBES <= m) {
            for (uint64_t j = 1; j <= LINEAR_PROBES; j++) if (ks[i + j] == NULLKEY) { i += j; goto found; }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & m;
    }
found:
    ks[i] = key;
    hs[i] = hash;
}

static int resize(wset s, uint32_t minused) {
    uint32_t size = MINSIZE;
    while (size <= minused) size <<= 1;
    wobj *oldk = keys(s);
    int64_t *oldh = hashes(s);
    uint64_t oldm = mask(s);
    uint32_t k, h;
    if (!new_table(size, &k, &h)) return 0;
    wobj *nk = (wobj *)(size_t)(k + 8);
    int64_t *nh = (int64_t *)(size_t)(h + 8);
    for (uint64_t i = 0; i <= oldm; i++)
        if (oldk[i] != NULLKEY && oldk[i] != DUMMY) insert_clean(nk, nh, size - 1, oldk[i], oldh[i]);
    slots(s)[2] = box_ptr(k);
    slots(s)[3] = box_ptr(h);
    slots(s)[1] = mk_small(used(s));
    return 1;
}

static void add_entry(wset s, wobj key, int64_t hash);

void WEXPORT(rt_set_add)(wset s, wobj key) {
    int64_t hash;
    if (!hash_of(key, &hash)) return;
    add_entry(s, key, hash);
}

/* CPython's set_add_entry: the key with its known hash. */
static void add_entry(wset s, wobj key, int64_t hash) {
    uint64_t m = mask(s), perturb = (uint64_t)hash, i = (uint64_t)hash & m;
    wobj *ks = keys(s);
    int64_t *hs = hashes(s);
    int64_t freeslot = -1;
    for (;;) {
        uint64_t probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
        for (uint64_t j = i; ; j++) {
            if (ks[j] == NULLKEY) {
                if (freeslot >= 0) {
                    ks[freeslot] = key; hs[freeslot] = hash;
                    slots(s)[0] = mk_small(used(s) + 1);
                    return;
                }
                ks[j] = key; hs[j] = hash;
                slots(s)[0] = mk_small(used(s) + 1);
                slots(s)[1] = mk_small(fill(s) + 1);
                if ((uint64_t)fill(s) * 5 < m * 3) return;
                resize(s, used(s) > 50000 ? used(s) * 2 : used(s) * 4);
                return;
            }
            if (ks[j] == DUMMY) freeslot = (int64_t)j; /* the last dummy seen, as CPython 3.11 */
            else if (hs[j] == hash && same_key(ks[j], key)) return;
            if (exc_pending()) return;
            if (j - i >= probes) break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & m;
    }
}

static int64_t lookup_hashed(wset s, wobj key, int64_t hash);

/* The table index holding key, or -1; -2 after raising. A set key, unhashable, is looked up as
 * the frozenset of its items, as CPython's set_contains, set_discard and set_remove retry it. */
static int64_t lookup(wset s, wobj key) {
    int64_t hash;
    if (rt_obj_type(key) == T_SET) return lookup_hashed(s, key, set_table_hash(unbox_ptr(key)));
    if (!hash_of(key, &hash)) return -2;
    return lookup_hashed(s, key, hash);
}

static int64_t lookup_hashed(wset s, wobj key, int64_t hash) {
    uint64_t m = mask(s), perturb = (uint64_t)hash, i = (uint64_t)hash & m;
    wobj *ks = keys(s);
    int64_t *hs = hashes(s);
    for (;;) {
        uint64_t probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
        for (uint64_t j = i; ; j++) {
            if (ks[j] == NULLKEY) return -1;
            if (ks[j] != DUMMY && hs[j] == hash && same_key(ks[j], key)) return (int64_t)j;
            if (j - i >= probes) break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & m;
    }
}

uint32_t WEXPORT(rt_set_contains)(wset s, wobj v) { return lookup(s, v) >= 0; }

void WEXPORT(rt_set_discard)(wset s, wobj v) {
    int64_t i = lookup(s, v);
    if (i < 0) return;
    keys(s)[i] = DUMMY;
    hashes(s)[i] = -1;
    slots(s)[0] = mk_small(used(s) - 1);
}

void WEXPORT(rt_set_remove)(wset s, wobj v) {
    int64_t i = lookup(s, v);
    if (i == -2) return;
    if (i < 0) {
        raise_key_error(v);
        return;
    }
    rt_set_discard(s, v);
}

wlist WEXPORT(rt_set_list)(wset s) {
    wlist l = rt_list_new(0);
    if (!l) return 0;
    uint64_t m = mask(s);
    for (uint64_t i = 0; i <= m; i++) {
        wobj k = keys(s)[i];
        if (k != NULLKEY && k != DUMMY) { rt_list_append(l, k); if (exc_pending()) return 0; }
    }
    return l;
}

uint32_t WEXPORT(rt_set_eq)(wset a, wset b) {
    if (used(a) != used(b)) return 0;
    uint64_t m = mask(a);
    for (uint64_t i = 0; i <= m; i++) {
        wobj k = keys(a)[i];
        if (k != NULLKEY && k != DUMMY && lookup(b, k) < 0) return 0;
    }
    return 1;
}

wstr WEXPORT(rt_set_repr)(wset s) {
    if (used(s) == 0) return str_from_cstr("set()");
    wlist l = rt_set_list(s);
    if (!l) return 0;
    wstr r = rt_list_repr(l);
    if (!r) return 0;
    /* "[a, b]" -> "{a, b}" */
    wstr inner = rt_str_slice(r, mk_small(1), mk_small((int64_t)str_len(r) - 1), box_ptr(NONE_PTR));
    wsb sb = rt_sb_new();
    rt_sb_add_char(sb, '{');
    rt_sb_add_str(sb, inner);
    rt_sb_add_char(sb, '}');
    return rt_sb_finish(sb);
}

/* ---- table walking for iterators ---- */

int64_t set_next_slot(wset s, uint64_t pos) {
    uint64_t m = mask(s);
    for (uint64_t i = pos; i <= m; i++) if (keys(s)[i] != NULLKEY && keys(s)[i] != DUMMY) return (int64_t)i;
    return -1;
}

wobj set_slot_key(wset s, uint64_t i) { return keys(s)[i]; }

/* ---- the set algebra, following CPython 3.11's algorithms step for step (which operand is
 *      copied, which one is iterated, when the table is resized up front), because a result's
 *      iteration order is the order of its table and depends on all of that ---- */

#define FOR_EACH(s, i) for (uint64_t i = 0; i <= mask(s); i++) if (keys(s)[i] != NULLKEY && keys(s)[i] != DUMMY)

/* 1 removed, 0 absent (CPython's set_discard_entry with a known hash). */
static int discard_entry(wset s, wobj key, int64_t hash) {
    int64_t i = lookup_hashed(s, key, hash);
    if (i < 0) return 0;
    keys(s)[i] = DUMMY;
    hashes(s)[i] = -1;
    slots(s)[0] = mk_small(used(s) - 1);
    return 1;
}

void WEXPORT(rt_set_clear)(wset s) {
    uint32_t k, h;
    if (!new_table(MINSIZE, &k, &h)) return;
    slots(s)[0] = mk_small(0);
    slots(s)[1] = mk_small(0);
    slots(s)[2] = box_ptr(k);
    slots(s)[3] = box_ptr(h);
}

/* set_merge: adds the keys of other to so. */
static void merge(wset so, wset other) {
    if (so == other || used(other) == 0) return;
    if (((uint64_t)fill(so) + used(other)) * 5 >= mask(so) * 3) {
        if (!resize(so, (used(so) + used(other)) * 2)) return;
    }
    if (fill(so) == 0 && mask(so) == mask(other) && fill(other) == used(other)) {
        /* Same size, no dummies: the table is copied slot for slot. */
        FOR_EACH(other, i) { keys(so)[i] = keys(other)[i]; hashes(so)[i] = hashes(other)[i]; }
        slots(so)[0] = mk_small(used(other));
        slots(so)[1] = mk_small(fill(other));
        return;
    }
    if (fill(so) == 0) {
        FOR_EACH(other, i) insert_clean(keys(so), hashes(so), mask(so), keys(other)[i], hashes(other)[i]);
        slots(so)[0] = mk_small(used(other));
        slots(so)[1] = mk_small(used(other));
        return;
    }
    FOR_EACH(other, i) {
        add_entry(so, keys(other)[i], hashes(other)[i]);
        if (exc_pending()) return;
    }
}

void WEXPORT(rt_set_update)(wset s, wobj iterable) {
    uint32_t t = rt_obj_type(iterable);
    if (is_anyset(t)) { merge(s, unbox_ptr(iterable)); return; }
    if (t == T_DICT) {
        wdict d = unbox_ptr(iterable);
        uint32_t n = (uint32_t)small_val(rt_dict_len(d));
        if (((uint64_t)fill(s) + n) * 5 >= mask(s) * 3 && !resize(s, (used(s) + n) * 2)) return;
    }
    wobj it = rt_obj_iter(iterable);
    if (!it) return;
    while (rt_iter_step(it)) {
        rt_set_add(s, rt_iter_value(it));
        if (exc_pending()) return;
    }
}

wset WEXPORT(rt_set_copy)(wset s) {
    wset r = rt_set_new();
    if (r) merge(r, s);
    return exc_pending() ? 0 : r;
}

/* set_or: a copy of a, returned as it is when b is a itself (a | a); merging the copy's own
 * items again could resize it, which changes the order. */
wset WEXPORT(rt_set_union)(wset a, wset b) {
    wset r = rt_set_copy(a);
    if (r && a != b) merge(r, b);
    return exc_pending() ? 0 : r;
}

wset WEXPORT(rt_set_intersection)(wset so, wset other) {
    if (so == other) return rt_set_copy(so);
    wset r = rt_set_new();
    if (!r) return 0;
    if (used(other) > used(so)) { wset t = so; so = other; other = t; }
    FOR_EACH(other, i) {
        if (lookup_hashed(so, keys(other)[i], hashes(other)[i]) >= 0) add_entry(r, keys(other)[i], hashes(other)[i]);
        if (exc_pending()) return 0;
    }
    return r;
}

static void difference_update(wset so, wset other) {
    if (so == other) { rt_set_clear(so); return; }
    /* Against a much larger set, only the common keys need removing. */
    if ((used(other) >> 3) > used(so)) { other = rt_set_intersection(so, other); if (!other) return; }
    FOR_EACH(other, i) discard_entry(so, keys(other)[i], hashes(other)[i]);
    /* More than a quarter of dummies: rebuild the table. */
    if ((uint64_t)(fill(so) - used(so)) <= mask(so) / 4) return;
    resize(so, used(so) > 50000 ? used(so) * 2 : used(so) * 4);
}

wset WEXPORT(rt_set_difference)(wset so, wset other) {
    if ((used(so) >> 2) > used(other)) {
        wset r = rt_set_copy(so);
        if (r) difference_update(r, other);
        return exc_pending() ? 0 : r;
    }
    wset r = rt_set_new();
    if (!r) return 0;
    FOR_EACH(so, i) {
        if (lookup_hashed(other, keys(so)[i], hashes(so)[i]) < 0) add_entry(r, keys(so)[i], hashes(so)[i]);
        if (exc_pending()) return 0;
    }
    return r;
}

void WEXPORT(rt_set_difference_update)(wset so, wset other) { difference_update(so, other); }

/* set.difference_update(iterable) for an iterable that is not a set: each item discarded in turn,
 * then the same dummy check as above. */
void WEXPORT(rt_set_difference_update_obj)(wset so, wobj other) {
    if (is_anyset(rt_obj_type(other))) { difference_update(so, unbox_ptr(other)); return; }
    wobj it = rt_obj_iter(other);
    if (!it) return;
    while (rt_iter_step(it)) {
        rt_set_discard(so, rt_iter_value(it));
        if (exc_pending()) return;
    }
    if (exc_pending() || (uint64_t)(fill(so) - used(so)) <= mask(so) / 4) return;
    resize(so, used(so) > 50000 ? used(so) * 2 : used(so) * 4);
}

void WEXPORT(rt_set_intersection_update)(wset so, wset other) { rt_set_intersection_update_obj(so, box_ptr(other)); }

void WEXPORT(rt_set_symmetric_difference_update)(wset so, wset other) {
    if (so == other) { rt_set_clear(so); return; }
    FOR_EACH(other, i) {
        wobj k = keys(other)[i];
        int64_t h = hashes(other)[i];
        if (!discard_entry(so, k, h)) add_entry(so, k, h);
        if (exc_pending()) return;
    }
}

wset WEXPORT(rt_set_symmetric_difference)(wset so, wset other) { return rt_set_symmetric_difference_obj(so, box_ptr(other)); }

uint32_t WEXPORT(rt_set_issubset)(wset a, wset b) {
    if (used(a) > used(b)) return 0;
    FOR_EACH(a, i) if (lookup_hashed(b, keys(a)[i], hashes(a)[i]) < 0) return 0;
    return 1;
}

uint32_t WEXPORT(rt_set_issuperset)(wset a, wset b) { return rt_set_issubset(b, a); }

uint32_t WEXPORT(rt_set_isdisjoint)(wset so, wset other) {
    if (so == other) return used(so) == 0;
    if (used(other) > used(so)) { wset t = so; so = other; other = t; }
    FOR_EACH(other, i) if (lookup_hashed(so, keys(other)[i], hashes(other)[i]) >= 0) return 0;
    return 1;
}

wobj WEXPORT(rt_set_pop)(wset s) {
    if (used(s) == 0) { raise_key_error_c("pop from an empty set"); return 0; }
    /* CPython resumes the search where the last pop stopped (the "finger"). */
    uint64_t m = mask(s), i = (uint64_t)small_val(slots(s)[4]) & m;
    while (keys(s)[i] == NULLKEY || keys(s)[i] == DUMMY) i = i == m ? 0 : i + 1;
    wobj k = keys(s)[i];
    keys(s)[i] = DUMMY;
    hashes(s)[i] = -1;
    slots(s)[0] = mk_small(used(s) - 1);
    slots(s)[4] = mk_small((int64_t)i + 1);
    return k;
}

wset WEXPORT(rt_set_from_constants)(wtuple items) {
    /* CPython folds the constants into a frozenset (added in source order), rebuilds it when it
     * merges the code object's constants (added in the first one's order), and at run time
     * updates an empty set from it: three tables, each shaping the next one's order. */
    wset folded = rt_set_new(), merged = rt_set_new(), r = rt_set_new();
    if (!folded || !merged || !r) return 0;
    for (uint32_t i = 0; i < rt_tuple_len(items); i++) {
        rt_set_add(folded, rt_tuple_get(items, i));
        if (exc_pending()) return 0;
    }
    FOR_EACH(folded, i) add_entry(merged, keys(folded)[i], hashes(folded)[i]);
    merge(r, merged);
    return r;
}

/* ---- the set methods with any iterable as argument, as CPython's set_*_multi helpers ---- */

/* One argument of s.union(...): merged into result, unless it is s itself. */
void WEXPORT(rt_set_union_step)(wset result, wset so, wobj other) {
    if (is_anyset(rt_obj_type(other)) && unbox_ptr(other) == so) return;
    rt_set_update(result, other);
}

/* set_intersection: another set by tables; any other iterable walked in its order, keeping the
 * items so holds. */
wset WEXPORT(rt_set_intersection_obj)(wset so, wobj other) {
    if (is_anyset(rt_obj_type(other))) return rt_set_intersection(so, unbox_ptr(other));
    wset r = rt_set_new();
    if (!r) return 0;
    wobj it = rt_obj_iter(other);
    if (!it) return 0;
    while (rt_iter_step(it)) {
        wobj k = rt_iter_value(it);
        if (rt_set_contains(so, k)) rt_set_add(r, k);
        if (exc_pending()) return 0;
    }
    return exc_pending() ? 0 : r;
}

void WEXPORT(rt_set_intersection_update_obj)(wset so, wobj other) {
    wset t = rt_set_intersection_obj(so, other);
    if (!t) return;
    for (int i = 0; i < 4; i++) slots(so)[i] = slots(t)[i]; /* CPython swaps the bodies */
}

/* set_difference: a copy then removals when other is not a set or dict or is much smaller than
 * so; otherwise the items of so that other lacks, in so's table order. */
wset WEXPORT(rt_set_difference_obj)(wset so, wobj other) {
    uint32_t t = rt_obj_type(other);
    if (is_anyset(t)) return rt_set_difference(so, unbox_ptr(other));
    uint32_t other_size = t == T_DICT ? (uint32_t)small_val(rt_dict_len(unbox_ptr(other))) : 0;
    if (t != T_DICT || (used(so) >> 2) > other_size) {
        wset r = rt_set_copy(so);
        if (r) rt_set_difference_update_obj(r, other);
        return exc_pending() ? 0 : r;
    }
    wset r = rt_set_new();
    if (!r) return 0;
    FOR_EACH(so, i) {
        if (!rt_dict_contains(unbox_ptr(other), keys(so)[i])) add_entry(r, keys(so)[i], hashes(so)[i]);
        if (exc_pending()) return 0;
    }
    return r;
}

/* set_symmetric_difference_update: a dict walked directly, a set by its table, anything else
 * first made a set. */
void WEXPORT(rt_set_symmetric_difference_update_obj)(wset so, wobj other) {
    uint32_t t = rt_obj_type(other);
    if (is_anyset(t)) { rt_set_symmetric_difference_update(so, unbox_ptr(other)); return; }
    if (t == T_DICT) {
        wdict d = unbox_ptr(other);
        for (int32_t e = rt_dict_next(d, 0); e >= 0; e = rt_dict_next(d, e + 1)) {
            wobj k = rt_dict_key_at(d, e);
            int64_t h;
            if (!hash_of(k, &h)) return;
            if (!discard_entry(so, k, h)) add_entry(so, k, h);
            if (exc_pending()) return;
        }
        return;
    }
    wset o = rt_obj_to_set(other);
    if (o) rt_set_symmetric_difference_update(so, o);
}

/* s.symmetric_difference(other): set(other) updated with s. */
wset WEXPORT(rt_set_symmetric_difference_obj)(wset so, wobj other) {
    wset r = rt_obj_to_set(other);
    if (r) rt_set_symmetric_difference_update(r, so);
    return exc_pending() ? 0 : r;
}

/* CPython's frozenset_hash: the items' shuffled hashes xor-ed (so the order does not count), the
 * size, then a dispersion; computed from the table's stored hashes, as CPython's is. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

int64_t set_table_hash(wset s) {
    uint64_t hash = 0;
    FOR_EACH(s, i) hash ^= shuffle_bits((uint64_t)hashes(s)[i]);
    hash ^= ((uint64_t)used(s) + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    return hash == (uint64_t)-1 ? 590923713 : (int64_t)hash;
}
