/* listsort.c: list.sort, with or without a key, making exactly CPython's comparisons in CPython's
 * order (so that a failing comparison raises CPython's TypeError, and inconsistent orders such as
 * NaNs or sets give CPython's result). Keys and items move together; with no key function the list
 * is its own key list. */
#include "rt.h"

static wobj *items(wlist l) { return (wobj *)(size_t)(unbox_ptr(((wobj *)(size_t)(l + 8))[1]) + 8); }

/* a < b as list.sort compares; -1 after raising. */
static int sort_less(wobj a, wobj b) {
    if (is_small(a) && is_small(b)) return a < b;
    uint32_t r = rt_obj_lt(a, b);
    return exc_pending() ? -1 : (int)r;
}

static void swap_range(wobj *a, uint32_t i, uint32_t j) {
    for (; i + 1 < j; i++, j--) { wobj t = a[i]; a[i] = a[j - 1]; a[j - 1] = t; }
}

/* Moves element `from` to position `to` (< from), shifting the ones between up by one. */
static void rotate_in(wobj *a, uint32_t to, uint32_t from) {
    wobj x = a[from];
    __builtin_memmove(a + to + 1, a + to, (size_t)(from - to) * 8);
    a[to] = x;
}

/* ---- CPython 3.11's timsort (Objects/listsort.txt): the same runs (below 64 items: one run and
 *      binary insertion), the same powersort merge order, the same galloping ---- */

typedef struct { wobj *k, *v; } slice;   /* keys and (when sorting with keys) the items */

static slice sl_at(slice s, int64_t i) { slice r = { s.k + i, s.v ? s.v + i : 0 }; return r; }
static void sl_move(slice d, int64_t di, slice s, int64_t si, int64_t n) {
    __builtin_memmove(d.k + di, s.k + si, (size_t)n * 8);
    if (d.v) __builtin_memmove(d.v + di, s.v + si, (size_t)n * 8);
}
static void sl_reverse(slice s, int64_t n) { swap_range(s.k, 0, (uint32_t)n); if (s.v) swap_range(s.v, 0, (uint32_t)n); }

#define MIN_GALLOP 7
typedef struct { slice base; int64_t len; int power; } run;
typedef struct { int min_gallop; slice tmp; wobj *basekeys; int64_t listlen; run pending[85]; int n; } mstate;

/* a < b, or -1 after raising. */
#define LT(a, b) sort_less((a), (b))

static int64_t gallop_left(wobj key, wobj *a, int64_t n, int64_t hint) {
    int64_t ofs = 1, lastofs = 0, k;
    int c = LT(a[hint], key);
    if (c < 0) return -1;
    if (c) {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = LT(a[hint + ofs], key);
            if (c < 0) return -1;
            if (!c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = LT(a[hint - ofs], key);
            if (c < 0) return -1;
            if (c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        c = LT(a[m], key);
        if (c < 0) return -1;
        if (c) lastofs = m + 1; else ofs = m;
    }
    return ofs;
}

static int64_t gallop_right(wobj key, wobj *a, int64_t n, int64_t hint) {
    int64_t ofs = 1, lastofs = 0, k;
    int c = LT(key, a[hint]);
    if (c < 0) return -1;
    if (c) {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = LT(key, a[hint - ofs]);
            if (c < 0) return -1;
            if (!c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = LT(key, a[hint + ofs]);
            if (c < 0) return -1;
            if (c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        c = LT(key, a[m]);
        if (c < 0) return -1;
        if (c) ofs = m; else lastofs = m + 1;
    }
    return ofs;
}

/* Merges the na items at ssa with the nb items at ssb (which follows it), na <= nb. */
static int merge_lo(mstate *ms, slice ssa, int64_t na, slice ssb, int64_t nb) {
    int result = -1, k;
    int64_t g;
    sl_move(ms->tmp, 0, ssa, 0, na);
    slice dest = ssa;
    ssa = ms->tmp;
    sl_move(dest, 0, ssb, 0, 1); dest = sl_at(dest, 1); ssb = sl_at(ssb, 1);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    int min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = LT(ssb.k[0], ssa.k[0]);
            if (k < 0) goto fail;
            if (k) {
                sl_move(dest, 0, ssb, 0, 1); dest = sl_at(dest, 1); ssb = sl_at(ssb, 1);
                ++bcount; acount = 0; --nb;
                if (nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                sl_move(dest, 0, ssa, 0, 1); dest = sl_at(dest, 1); ssa = sl_at(ssa, 1);
                ++acount; bcount = 0; --na;
                if (na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            g = gallop_right(ssb.k[0], ssa.k, na, 0);
            if (g < 0) goto fail;
            acount = g;
            if (g) {
                sl_move(dest, 0, ssa, 0, g); dest = sl_at(dest, g); ssa = sl_at(ssa, g);
                na -= g;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;
            }
            sl_move(dest, 0, ssb, 0, 1); dest = sl_at(dest, 1); ssb = sl_at(ssb, 1);
            --nb;
            if (nb == 0) goto succeed;
            g = gallop_left(ssa.k[0], ssb.k, nb, 0);
            if (g < 0) goto fail;
            bcount = g;
            if (g) {
                sl_move(dest, 0, ssb, 0, g); dest = sl_at(dest, g); ssb = sl_at(ssb, g);
                nb -= g;
                if (nb == 0) goto succeed;
            }
            sl_move(dest, 0, ssa, 0, 1); dest = sl_at(dest, 1); ssa = sl_at(ssa, 1);
            --na;
            if (na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) sl_move(dest, 0, ssa, 0, na);
    return result;
copy_b:
    /* The last item of a belongs after all of b. */
    sl_move(dest, 0, ssb, 0, nb);
    sl_move(dest, nb, ssa, 0, 1);
    return 0;
}

/* Merges as merge_lo, from the right end, na > nb. */
static int merge_hi(mstate *ms, slice ssa, int64_t na, slice ssb, int64_t nb) {
    int result = -1, k;
    int64_t g;
    slice dest = sl_at(ssb, nb - 1);
    sl_move(ms->tmp, 0, ssb, 0, nb);
    slice basea = ssa, baseb = ms->tmp;
    ssb = sl_at(ms->tmp, nb - 1);
    ssa = sl_at(ssa, na - 1);
    sl_move(dest, 0, ssa, 0, 1); dest = sl_at(dest, -1); ssa = sl_at(ssa, -1);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    int min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = LT(ssb.k[0], ssa.k[0]);
            if (k < 0) goto fail;
            if (k) {
                sl_move(dest, 0, ssa, 0, 1); dest = sl_at(dest, -1); ssa = sl_at(ssa, -1);
                ++acount; bcount = 0; --na;
                if (na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                sl_move(dest, 0, ssb, 0, 1); dest = sl_at(dest, -1); ssb = sl_at(ssb, -1);
                ++bcount; acount = 0; --nb;
                if (nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            g = gallop_right(ssb.k[0], basea.k, na, na - 1);
            if (g < 0) goto fail;
            g = na - g;
            acount = g;
            if (g) {
                dest = sl_at(dest, -g); ssa = sl_at(ssa, -g);
                sl_move(dest, 1, ssa, 1, g);
                na -= g;
                if (na == 0) goto succeed;
            }
            sl_move(dest, 0, ssb, 0, 1); dest = sl_at(dest, -1); ssb = sl_at(ssb, -1);
            --nb;
            if (nb == 1) goto copy_a;
            g = gallop_left(ssa.k[0], baseb.k, nb, nb - 1);
            if (g < 0) goto fail;
            g = nb - g;
            bcount = g;
            if (g) {
                dest = sl_at(dest, -g); ssb = sl_at(ssb, -g);
                sl_move(dest, 1, ssb, 1, g);
                nb -= g;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;
            }
            sl_move(dest, 0, ssa, 0, 1); dest = sl_at(dest, -1); ssa = sl_at(ssa, -1);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) sl_move(dest, -(nb - 1), baseb, 0, nb);
    return result;
copy_a:
    /* The first item of b belongs before all of a. */
    sl_move(dest, 1 - na, ssa, 1 - na, na);
    dest = sl_at(dest, -na); ssa = sl_at(ssa, -na);
    sl_move(dest, 0, ssb, 0, 1);
    return 0;
}

static int merge_at(mstate *ms, int i) {
    run *p = ms->pending;
    slice ssa = p[i].base, ssb = p[i + 1].base;
    int64_t na = p[i].len, nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i == ms->n - 3) p[i + 1] = p[i + 2];
    --ms->n;
    /* Items of a before b's first one, and of b after a's last one, are in place already. */
    int64_t k = gallop_right(ssb.k[0], ssa.k, na, 0);
    if (k < 0) return -1;
    ssa = sl_at(ssa, k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(ssa.k[na - 1], ssb.k, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* Powersort's node power of the boundary between two adjacent runs. */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) { a -= n; b -= n; }
        else if (b >= n) break;
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static int found_new_run(mstate *ms, int64_t n2) {
    if (ms->n) {
        run *p = ms->pending;
        int64_t s1 = p[ms->n - 1].base.k - ms->basekeys, n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) if (merge_at(ms, ms->n - 2) < 0) return -1;
        p[ms->n - 1].power = power;
    }
    return 0;
}

/* The run starting at lo (strictly descending runs are reversed); -1 after raising. */
static int64_t count_run(slice lo, int64_t n) {
    if (n == 1) return 1;
    int64_t r = 2;
    int c = LT(lo.k[1], lo.k[0]);
    if (c < 0) return -1;
    if (c) {
        for (; r < n; r++) { c = LT(lo.k[r], lo.k[r - 1]); if (c < 0) return -1; if (!c) break; }
        sl_reverse(lo, r);
    } else {
        for (; r < n; r++) { c = LT(lo.k[r], lo.k[r - 1]); if (c < 0) return -1; if (c) break; }
    }
    return r;
}

/* Binary insertion of lo[start..hi) into the sorted lo[0..start). */
static int binary_insert(slice lo, int64_t hi, int64_t start) {
    for (; start < hi; start++) {
        int64_t l = 0, r = start;
        wobj pivot = lo.k[start];
        do {
            int64_t p = l + ((r - l) >> 1);
            int c = LT(pivot, lo.k[p]);
            if (c < 0) return 0;
            if (c) r = p; else l = p + 1;
        } while (l < r);
        rotate_in(lo.k, (uint32_t)l, (uint32_t)start);
        if (lo.v) rotate_in(lo.v, (uint32_t)l, (uint32_t)start);
    }
    return 1;
}

static void timsort(wobj *k, wobj *v, uint32_t n) {
    mstate ms;
    ms.min_gallop = MIN_GALLOP;
    ms.n = 0;
    ms.basekeys = k;
    ms.listlen = n;
    ms.tmp.k = scratch((uint64_t)n * 8);
    ms.tmp.v = v ? scratch((uint64_t)n * 8) : 0;
    if (!ms.tmp.k || (v && !ms.tmp.v)) return;
    int64_t minrun = n, r = 0;
    while (minrun >= 64) { r |= minrun & 1; minrun >>= 1; }
    minrun += r;
    slice lo = { k, v };
    int64_t remaining = n;
    while (remaining) {
        int64_t len = count_run(lo, remaining);
        if (len < 0) return;
        if (len < minrun) {
            int64_t force = remaining <= minrun ? remaining : minrun;
            if (!binary_insert(lo, force, len)) return;
            len = force;
        }
        if (found_new_run(&ms, len) < 0) return;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = len;
        ms.n++;
        lo = sl_at(lo, len);
        remaining -= len;
    }
    while (ms.n > 1) {
        int i = ms.n - 2;
        if (i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len) --i;
        if (merge_at(&ms, i) < 0) return;
    }
}

void WEXPORT(rt_list_sort_keyed)(wlist l, wlist keys, uint32_t reverse) {
    uint32_t n = (uint32_t)small_val(rt_list_len(l));
    if ((uint32_t)small_val(rt_list_len(keys)) != n) rt_fatal("list.sort: key list length");
    if (n < 2) return;
    wobj *k = items(keys), *v = keys == l ? 0 : items(l);
    /* CPython sorts a reversed list stably and reverses it back: equal items keep their order. */
    if (reverse) { swap_range(k, 0, n); if (v) swap_range(v, 0, n); }
    timsort(k, v, n);
    if (reverse) { swap_range(k, 0, n); if (v) swap_range(v, 0, n); }
}
