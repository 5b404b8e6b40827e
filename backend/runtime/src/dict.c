/* dict.c: insertion-ordered hash tables in CPython's compact layout (an index table of entry
 * numbers over an append-only entry array), and hash() with CPython's numeric hash so that
 * 1, 1.0 and True are the same key. */
#include "rt.h"

#define PHASH_BITS 61
#define PHASH_MOD ((1ull << PHASH_BITS) - 1)

/* A deleted entry's key: a static object equal to nothing. */
static uint32_t dummy_obj[2] __attribute__((aligned(8))) = { 15, 0 };
#define DUMMY box_ptr((uint32_t)(size_t)dummy_obj)

/* ---- hashing ---- */

static int64_t fix_hash(int64_t h) { return h == -1 ? -2 : h; }

/* h * 2^r mod (2^61 - 1), 0 <= r < 61: a rotation of the 61-bit value. */
static uint64_t phash_rotate(uint64_t h, uint32_t r) {
    return r == 0 ? h : ((h << r) & PHASH_MOD) | (h >> (PHASH_BITS - r));
}

static int64_t hash_int(wint v) {
    uint32_t t[2];
    big x = big_view(v, t);
    /* Zero low limbs multiply the rest by 2^(32 z), that is 2^(32 z mod 61): a power of two hashes
     * in one step however large. */
    int32_t z = x.n ? zero_limbs(x) : 0;
    uint64_t h = 0;
    for (int32_t i = x.n - 1; i >= z; i--) {
        h = phash_rotate(h, 32);
        h += x.d[i];
        if (h >= PHASH_MOD) h -= PHASH_MOD;
    }
    h = phash_rotate(h, (uint32_t)((32ull * (uint64_t)z) % PHASH_BITS));
    return fix_hash(x.neg ? -(int64_t)h : (int64_t)h);
}

static int64_t hash_float(double v) {
    if (d_isinf(v)) return v > 0 ? 314159 : -314159;
    if (d_isnan(v)) return 0; /* CPython hashes NaN by identity; callers pass the object instead */
    if (v == 0) return 0;
    /* v = m * 2^e with 0.5 <= |m| < 1, consumed 28 bits at a time as CPython does. */
    uint64_t b = dbits(v);
    int sign = (b >> 63) ? -1 : 1;
    int32_t be = (int32_t)((b >> 52) & 0x7ff);
    uint64_t frac = b & ((1ull << 52) - 1);
    int32_t e;
    double m;
    if (be == 0) { /* subnormal: normalize */
        int shift = __builtin_clzll(frac) - 11;
        frac = (frac << shift) & ((1ull << 52) - 1);
        e = -1021 - shift;
    } else {
        e = be - 1022;
    }
    m = bitsd((1022ull << 52) | frac); /* in [0.5, 1) */
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & PHASH_MOD) | (x >> (PHASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= PHASH_MOD) x -= PHASH_MOD;
    }
    e = e >= 0 ? e % PHASH_BITS : PHASH_BITS - 1 - ((-1 - e) % PHASH_BITS);
    x = ((x << e) & PHASH_MOD) | (x >> (PHASH_BITS - e));
    return fix_hash(sign < 0 ? -(int64_t)x : (int64_t)x);
}

static int64_t hash_str(wstr s) {
    uint32_t h = HDR(s)[2];
    if (h == 0) {
        /* FNV-1a over the code points (CPython's own str hash is randomized per process). */
        uint32_t x = 2166136261u;
        for (uint32_t i = 0; i < str_len(s); i++) { x ^= str_at(s, i); x *= 16777619u; }
        h = x ? x : 1;
        HDR(s)[2] = h; /* literals in static data are writable memory too */
    }
    return h;
}

static int unhashable(wobj v) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, "unhashable type: '");
    sb_add_cstr(sb, type_name(v));
    sb_add_cstr(sb, "'");
    rt_raise(EXC_TypeError, rt_sb_finish(sb));
    return 0;
}

/* hash(v) into *out; 0 after raising. */
int hash_of(wobj v, int64_t *out) {
    switch (rt_obj_type(v)) {
    case T_INT: *out = hash_int(v); return 1;
    case T_BOOL: *out = HDR(unbox_ptr(v))[2]; return 1;
    case T_FLOAT: {
        double d = *(double *)(size_t)(unbox_ptr(v) + 8);
        *out = d_isnan(d) ? 0 : hash_float(d); /* CPython hashes a NaN by address: any value will do */
        return 1;
    }
    case T_STR: *out = hash_str(unbox_ptr(v)); return 1;
    case T_NONE: *out = (int64_t)(NONE_PTR >> 4); return 1;
    case T_TUPLE: {
        /* CPython's tuple hash (an xxHash-style combination of the item hashes). */
        const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
        uint32_t t = unbox_ptr(v), n = HDR(t)[1];
        uint64_t acc = P5;
        for (uint32_t i = 0; i < n; i++) {
            int64_t lane;
            if (!hash_of(rt_tuple_get(t, i), &lane)) return 0;
            acc += (uint64_t)lane * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += n ^ (P5 ^ 3527539ull);
        *out = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
        return 1;
    }
    case T_LIST: case T_DICT: case T_SET: case T_DICTVIEW: return unhashable(v);
    case T_FROZENSET: *out = set_table_hash(unbox_ptr(v)); return 1;
    case T_RANGE: {
        wtuple key = range_hash_key(unbox_ptr(v));
        return key ? hash_of(box_ptr(key), out) : 0;
    }
    case T_INSTANCE: return hook_hash(v, out);
    default: *out = (int64_t)(unbox_ptr(v) >> 4); return 1;
    }
}

wint WEXPORT(rt_obj_hash)(wobj v) {
    int64_t h;
    if (!hash_of(v, &h)) return 0;
    return rt_int_from_i64(h);
}

/* ---- the table ----
 *
 * The layout follows CPython 3.11's combined tables decision for decision, because a loop over a
 * dict observes it: an iterator walks entry positions and reports "keys changed" when it finds an
 * entry after it has produced as many as the dict held. What decides the positions:
 *   - a new dict, and a cleared one, holds CPython's shared empty keys (no room: usable -1 here);
 *     the first insertion makes a table of 8 (insert_to_emptydict);
 *   - an insertion appends an entry; with no room left (dk_usable <= 0) the table is first rebuilt
 *     with CPython's calculate_log2_keysize(used * 3), compacting the entries (insertion_resize);
 *   - a table made for str keys only (CPython's DICT_KEYS_UNICODE, as the empty keys are) is
 *     rebuilt the same way before the first non-str key goes in;
 *   - deleting leaves a hole and gives no room back; popitem() also gives the last entry back
 *     (dk_nentries = i) but not its room;
 *   - update() from a dict, dict(d) and copy() clone or presize as dict_merge and PyDict_Copy do. */

static wobj *slots(wdict d) { return (wobj *)(size_t)(d + 8); }
static uint32_t live(wdict d) { return (uint32_t)small_val(slots(d)[0]); }
static uint32_t used(wdict d) { return (uint32_t)small_val(slots(d)[3]); }
static int32_t usable(wdict d) { return (int32_t)small_val(slots(d)[4]); }
static int str_keys_only(wdict d) { return small_val(slots(d)[5]) != 0; }
static wobj *entries(wdict d) { return (wobj *)(size_t)(unbox_ptr(slots(d)[1]) + 8); }
static uint32_t entry_cap(wdict d) { return HDR(unbox_ptr(slots(d)[1]))[1] / 3; }
static int32_t *index_table(wdict d) { return (int32_t *)(size_t)(unbox_ptr(slots(d)[2]) + 8); }
static uint32_t index_size(wdict d) { return HDR(unbox_ptr(slots(d)[2]))[1] / 4; }
static void set_used(wdict d, uint32_t n) { slots(d)[3] = mk_small(n); }
static void set_usable(wdict d, int32_t n) { slots(d)[4] = mk_small(n); }
static void set_str_keys_only(wdict d, int yes) { slots(d)[5] = mk_small(yes); }

/* USABLE_FRACTION of the table's size: 0 for the empty keys. */
static uint32_t room(wdict d) { return usable(d) < 0 ? 0 : entry_cap(d); }

/* CPython's calculate_log2_keysize on a 64-bit build, as a size: ((n | 8) - 1) | 7 rounded up to
 * a power of two, so 1..7 give 16 and a power of two from 16 on gives its double. */
static uint32_t keysize_for(uint64_t n) {
    uint64_t m = ((n | 8) - 1) | 7;
    return 1u << (64 - __builtin_clzll(m));
}

/* estimate_log2_keysize: room for n entries. */
static uint32_t keysize_for_entries(uint64_t n) { return keysize_for((n * 3 + 1) / 2); }

static int is_str_key(wobj key) { return rt_obj_type(key) == T_STR; }

static int alloc_tables(wdict d, uint32_t isize) {
    uint32_t ecap = isize * 2 / 3;
    uint32_t e = heap_alloc(8 + 24ull * ecap, T_SLOTS);
    if (!e) return 0;
    HDR(e)[1] = 3 * ecap;
    int32_t *ix = scratch((uint64_t)isize * 4);
    if (!ix) return 0;
    for (uint32_t i = 0; i < isize; i++) ix[i] = -1;
    slots(d)[1] = box_ptr(e);
    slots(d)[2] = box_ptr((uint32_t)(size_t)ix - 8);
    return 1;
}

/* The shared empty keys: fresh tables of 8 stand for them (the first insertion takes them). */
static int empty_keys(wdict d) {
    slots(d)[0] = mk_small(0);
    set_used(d, 0);
    set_usable(d, -1);
    set_str_keys_only(d, 1);
    return alloc_tables(d, 8);
}

wdict WEXPORT(rt_dict_new)(void) {
    wdict d = rt_alloc(8 + 8 * 6, T_DICT);
    if (!d) return 0;
    HDR(d)[1] = 6;
    return empty_keys(d) ? d : 0;
}

/* _PyDict_FromItems, for a display whose pairs were all evaluated first (BUILD_MAP,
 * BUILD_CONST_KEY_MAP): more than USABLE_FRACTION(8) pairs get a table presized for them
 * (dict_new_presized), made for str keys only when every key is a str; fewer start from the empty
 * keys, as PyDict_New. Then the pairs go in, in order. */
wdict WEXPORT(rt_dict_from_items)(wtuple kv) {
    uint32_t n = rt_tuple_len(kv) / 2;
    wdict d = rt_dict_new();
    if (!d) return 0;
    if (n > 5) {
        int all_str = 1;
        for (uint32_t i = 0; i < n && all_str; i++) all_str = is_str_key(rt_tuple_get(kv, 2 * i));
        uint32_t isize = keysize_for_entries(n);
        if (!alloc_tables(d, isize)) return 0;
        set_usable(d, (int32_t)(isize * 2 / 3));
        set_str_keys_only(d, all_str);
    }
    for (uint32_t i = 0; i < n; i++) {
        rt_dict_set(d, rt_tuple_get(kv, 2 * i), rt_tuple_get(kv, 2 * i + 1));
        if (exc_pending()) return 0;
    }
    return d;
}

wint WEXPORT(rt_dict_len)(wdict d) { return mk_small(live(d)); }

/* The index-table slot for key (holding its entry or -1 where it would go); 0 after raising. */
static int lookup(wdict d, wobj key, int64_t h, uint32_t *slot_out, int32_t *entry_out) {
    uint32_t mask = index_size(d) - 1;
    uint64_t perturb = (uint64_t)h;
    uint32_t i = (uint32_t)h & mask;
    int32_t *ix = index_table(d);
    wobj *en = entries(d);
    for (;;) {
        int32_t e = ix[i];
        if (e < 0) { *slot_out = i; *entry_out = -1; return 1; }
        wobj k = en[3 * e + 1];
        if (k == key || (en[3 * e] == mk_small(h) && k != DUMMY && obj_same(k, key))) {
            *slot_out = i; *entry_out = e; return 1;
        }
        perturb >>= 5;
        i = (uint32_t)(i * 5 + perturb + 1) & mask;
    }
}

/* dictresize: a table of isize slots holding the live entries in order, without holes; it stays
 * for str keys only if it was and str_only asks so. */
static int resize(wdict d, uint32_t isize, int str_only) {
    wobj *old = entries(d);
    uint32_t old_used = used(d);
    if (!alloc_tables(d, isize)) return 0;
    wobj *en = entries(d);
    int32_t *ix = index_table(d);
    uint32_t k = 0, mask = isize - 1;
    for (uint32_t j = 0; j < old_used; j++) {
        if (old[3 * j + 1] == DUMMY) continue;
        en[3 * k] = old[3 * j]; en[3 * k + 1] = old[3 * j + 1]; en[3 * k + 2] = old[3 * j + 2];
        uint64_t h = (uint64_t)small_val(old[3 * j]), perturb = h;
        uint32_t i = (uint32_t)h & mask;
        while (ix[i] >= 0) { perturb >>= 5; i = (uint32_t)(i * 5 + perturb + 1) & mask; }
        ix[i] = (int32_t)k;
        k++;
    }
    set_used(d, k);
    set_usable(d, (int32_t)(isize * 2 / 3 - k));
    set_str_keys_only(d, str_only && str_keys_only(d));
    return 1;
}

/* insertion_resize: GROWTH_RATE is used * 3. */
static int grow(wdict d, int str_only) { return resize(d, keysize_for(3ull * live(d)), str_only); }

/* insertdict with the hash known (stored form, h >> 2). */
static void insert(wdict d, wobj key, int64_t h, wobj value) {
    uint32_t slot; int32_t e;
    if (usable(d) < 0) {
        /* insert_to_emptydict: the fresh tables of 8 become the dict's own. */
        set_usable(d, 5);
        set_str_keys_only(d, is_str_key(key));
    } else if (str_keys_only(d) && !is_str_key(key)) {
        if (!grow(d, 0)) return;
    }
    if (!lookup(d, key, h, &slot, &e)) return;
    if (e >= 0) { entries(d)[3 * e + 2] = value; return; }
    if (usable(d) <= 0) {
        if (!grow(d, 1)) return;
        if (!lookup(d, key, h, &slot, &e)) return;
    }
    uint32_t k = used(d);
    wobj *en = entries(d);
    en[3 * k] = mk_small(h); en[3 * k + 1] = key; en[3 * k + 2] = value;
    index_table(d)[slot] = (int32_t)k;
    set_used(d, k + 1);
    set_usable(d, usable(d) - 1);
    slots(d)[0] = mk_small(live(d) + 1);
}

/* clone_combined_dict_keys: d takes a copy of o's tables as they are, holes and all. */
static int clone_into(wdict d, wdict o) {
    uint32_t isize = index_size(o);
    if (!alloc_tables(d, isize)) return 0;
    uint32_t n = 3 * entry_cap(o); /* popped entries too: the index may still name them */
    wobj *from = entries(o), *to = entries(d);
    for (uint32_t i = 0; i < n; i++) to[i] = from[i];
    int32_t *ifrom = index_table(o), *ito = index_table(d);
    for (uint32_t i = 0; i < isize; i++) ito[i] = ifrom[i];
    slots(d)[0] = slots(o)[0];
    for (uint32_t i = 3; i <= 5; i++) slots(d)[i] = slots(o)[i];
    return 1;
}

void WEXPORT(rt_dict_set)(wdict d, wobj key, wobj value) {
    int64_t h;
    if (!hash_of(key, &h)) return;
    insert(d, key, h >> 2, value); /* the stored hash fits a small tagged int */
}

static int find(wdict d, wobj key, int32_t *entry) {
    int64_t h;
    uint32_t slot;
    if (!hash_of(key, &h)) return 0;
    return lookup(d, key, h >> 2, &slot, entry);
}

static void key_error(wobj key) { raise_key_error(key); }

wobj WEXPORT(rt_dict_get)(wdict d, wobj key) {
    int32_t e;
    if (!find(d, key, &e)) return 0;
    if (e < 0) { key_error(key); return 0; }
    return entries(d)[3 * e + 2];
}

wobj WEXPORT(rt_dict_get_default)(wdict d, wobj key, wobj dflt) {
    int32_t e;
    if (!find(d, key, &e)) return 0;
    return e < 0 ? dflt : entries(d)[3 * e + 2];
}

uint32_t WEXPORT(rt_dict_contains)(wdict d, wobj key) {
    int32_t e;
    if (!find(d, key, &e)) return 0;
    return e >= 0;
}

void WEXPORT(rt_dict_del)(wdict d, wobj key) {
    int32_t e;
    if (!find(d, key, &e)) return;
    if (e < 0) { key_error(key); return; }
    /* The index keeps pointing at the entry, whose key becomes the dummy: probing continues
     * past it and the entry order of the others is untouched. */
    wobj *en = entries(d);
    en[3 * e + 1] = DUMMY;
    en[3 * e + 2] = 0;
    slots(d)[0] = mk_small(live(d) - 1);
}

int32_t WEXPORT(rt_dict_next)(wdict d, int32_t pos) {
    if (pos < 0) pos = 0;
    wobj *en = entries(d);
    for (uint32_t i = (uint32_t)pos; i < used(d); i++) if (en[3 * i + 1] != DUMMY) return (int32_t)i;
    return -1;
}

/* The last live entry at or before pos, or -1 (reversed iteration). */
int32_t dict_prev(wdict d, int32_t pos) {
    wobj *en = entries(d);
    if (pos >= (int32_t)used(d)) pos = (int32_t)used(d) - 1;
    for (int32_t i = pos; i >= 0; i--) if (en[3 * i + 1] != DUMMY) return i;
    return -1;
}

int32_t dict_entries_used(wdict d) { return (int32_t)used(d); }

wobj WEXPORT(rt_dict_key_at)(wdict d, int32_t e) { return entries(d)[3 * e + 1]; }
wobj WEXPORT(rt_dict_value_at)(wdict d, int32_t e) { return entries(d)[3 * e + 2]; }

static wlist collect(wdict d, int what) {
    wlist l = rt_list_new(0);
    if (!l) return 0;
    for (int32_t e = rt_dict_next(d, 0); e >= 0; e = rt_dict_next(d, e + 1)) {
        wobj v;
        if (what == 0) v = rt_dict_key_at(d, e);
        else if (what == 1) v = rt_dict_value_at(d, e);
        else {
            wtuple t = rt_tuple_new(2);
            if (!t) return 0;
            rt_tuple_set(t, 0, rt_dict_key_at(d, e));
            rt_tuple_set(t, 1, rt_dict_value_at(d, e));
            v = box_ptr(t);
        }
        rt_list_append(l, v);
        if (exc_pending()) return 0;
    }
    return l;
}

wlist WEXPORT(rt_dict_keys)(wdict d) { return collect(d, 0); }
wlist WEXPORT(rt_dict_values)(wdict d) { return collect(d, 1); }
wlist WEXPORT(rt_dict_items)(wdict d) { return collect(d, 2); }

uint32_t WEXPORT(rt_dict_eq)(wdict a, wdict b) {
    if (live(a) != live(b)) return 0;
    for (int32_t e = rt_dict_next(a, 0); e >= 0; e = rt_dict_next(a, e + 1)) {
        int32_t f;
        if (!find(b, rt_dict_key_at(a, e), &f)) { rt_exc = 0; return 0; }
        if (f < 0) return 0;
        wobj x = rt_dict_value_at(a, e), y = entries(b)[3 * f + 2];
        if (!obj_same(x, y)) return 0;
    }
    return 1;
}

static wdict repr_stack[64];
static uint32_t repr_depth;

wstr WEXPORT(rt_dict_repr)(wdict d) {
    for (uint32_t i = 0; i < repr_depth && i < 64; i++) if (repr_stack[i] == d) return str_from_cstr("{...}");
    if (repr_depth < 64) repr_stack[repr_depth] = d;
    repr_depth++;
    wstr result = 0;
    wsb sb = rt_sb_new();
    if (sb) {
        rt_sb_add_char(sb, '{');
        int first = 1, ok = 1;
        for (int32_t e = rt_dict_next(d, 0); e >= 0 && ok; e = rt_dict_next(d, e + 1)) {
            if (!first) sb_add_cstr(sb, ", ");
            first = 0;
            wstr k = rt_obj_repr(rt_dict_key_at(d, e));
            wstr v = k ? rt_obj_repr(rt_dict_value_at(d, e)) : 0;
            if (!v) { ok = 0; break; }
            rt_sb_add_str(sb, k);
            sb_add_cstr(sb, ": ");
            rt_sb_add_str(sb, v);
        }
        if (ok) { rt_sb_add_char(sb, '}'); result = rt_sb_finish(sb); }
    }
    repr_depth--;
    return result;
}

/* ---- methods ---- */

wobj WEXPORT(rt_dict_pop)(wdict d, wobj key) {
    int32_t e;
    /* CPython answers an empty dict before hashing the key. */
    if (live(d) == 0) { key_error(key); return 0; }
    if (!find(d, key, &e)) return 0;
    if (e < 0) { key_error(key); return 0; }
    wobj v = entries(d)[3 * e + 2];
    rt_dict_del(d, key);
    return v;
}

wobj WEXPORT(rt_dict_pop_default)(wdict d, wobj key, wobj dflt) {
    int32_t e;
    if (live(d) == 0) return dflt;
    if (!find(d, key, &e)) return 0;
    if (e < 0) return dflt;
    wobj v = entries(d)[3 * e + 2];
    rt_dict_del(d, key);
    return v;
}

wobj WEXPORT(rt_dict_setdefault)(wdict d, wobj key, wobj dflt) {
    int32_t e;
    if (!find(d, key, &e)) return 0;
    if (e >= 0) return entries(d)[3 * e + 2];
    rt_dict_set(d, key, dflt);
    return exc_pending() ? 0 : dflt;
}

void WEXPORT(rt_dict_clear)(wdict d) {
    if (usable(d) >= 0) empty_keys(d);
}

/* PyDict_Copy: a dict with at most a third of its entries deleted is cloned as it is (so the
 * copy has the same holes); otherwise the copy is an empty dict updated from it. */
wdict WEXPORT(rt_dict_copy)(wdict d) {
    wdict r = rt_dict_new();
    if (!r || live(d) == 0) return r;
    if (live(d) >= used(d) * 2 / 3) return clone_into(r, d) ? r : 0;
    rt_dict_update(r, box_ptr(d));
    return exc_pending() ? 0 : r;
}

wtuple WEXPORT(rt_dict_popitem)(wdict d) {
    if (live(d) == 0) { raise_key_error_c("popitem(): dictionary is empty"); return 0; }
    wobj *en = entries(d);
    int32_t i = (int32_t)used(d) - 1;
    while (en[3 * i + 1] == DUMMY) i--;
    wtuple t = rt_tuple_new(2);
    if (!t) return 0;
    rt_tuple_set(t, 0, en[3 * i + 1]);
    rt_tuple_set(t, 1, en[3 * i + 2]);
    en[3 * i + 1] = DUMMY;
    en[3 * i + 2] = 0;
    /* The entry is given back (the next insertion takes its place), its room is not. */
    set_used(d, (uint32_t)i);
    slots(d)[0] = mk_small(live(d) - 1);
    return t;
}

static void sequence_error(const char *pre, uint32_t i, const char *post, int64_t n, const char *tail, uint32_t cls) {
    wsb sb = rt_sb_new();
    sb_add_cstr(sb, pre);
    rt_sb_add_str(sb, rt_int_to_str(mk_small(i)));
    sb_add_cstr(sb, post);
    if (tail) { rt_sb_add_str(sb, rt_int_to_str(mk_small(n))); sb_add_cstr(sb, tail); }
    rt_raise(cls, rt_sb_finish(sb));
}

void WEXPORT(rt_dict_update)(wdict d, wobj other) {
    if (rt_obj_type(other) == T_DICT) {
        /* dict_merge: an empty dict clones a compact other whose table is minimal or over half
         * full; otherwise one resize makes room for both, then the entries go in one by one. */
        wdict o = unbox_ptr(other);
        if (o == d || live(o) == 0) return;
        if (live(d) == 0 && live(o) == used(o) && (index_size(o) == 8 || (index_size(o) / 2) * 2 / 3 < live(o))) {
            clone_into(d, o);
            return;
        }
        if (room(d) < live(o) && !resize(d, keysize_for_entries((uint64_t)live(d) + live(o)), str_keys_only(o))) return;
        for (int32_t e = rt_dict_next(o, 0); e >= 0; e = rt_dict_next(o, e + 1)) {
            insert(d, rt_dict_key_at(o, e), small_val(entries(o)[3 * e]), rt_dict_value_at(o, e));
            if (exc_pending()) return;
        }
        return;
    }
    /* An iterable of pairs, each itself any iterable of exactly two items. */
    wobj it = rt_obj_iter(other);
    if (!it) return;
    for (uint32_t i = 0; rt_iter_step(it); i++) {
        wobj item = rt_iter_value(it);
        uint32_t t = rt_obj_type(item);
        if (t != T_LIST && t != T_TUPLE && t != T_STR && t != T_DICT && !is_anyset(t) && t != T_ITER) {
            sequence_error("cannot convert dictionary update sequence element #", i, " to a sequence", 0, 0, EXC_TypeError);
            return;
        }
        wlist pair = rt_obj_to_list(item);
        if (!pair) return;
        int64_t n = small_val(rt_list_len(pair));
        if (n != 2) {
            sequence_error("dictionary update sequence element #", i, " has length ", n, "; 2 is required", EXC_ValueError);
            return;
        }
        rt_dict_set(d, rt_list_get(pair, mk_small(0)), rt_list_get(pair, mk_small(1)));
        if (exc_pending()) return;
    }
}

/* a | b: a copy of a updated with b. */
wdict WEXPORT(rt_dict_or)(wdict a, wdict b) {
    wdict r = rt_dict_copy(a);
    if (r) rt_dict_update(r, box_ptr(b));
    return r && !exc_pending() ? r : 0;
}
