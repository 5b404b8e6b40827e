package dev.waspy.middle.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python set with the C runtime's table discipline (set.c, itself CPython 3.11's
 * setobject.c): the same probe sequence, growth rule, dummies and clean reinsertion, so that
 * iteration, which walks the table, visits the items in the runtime's order. Keys hash by
 * {@link Hashing}; the set algebra follows the runtime step for step, since which operand is
 * copied or walked decides a result's order.
 */
final class PySet {
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final int MINSIZE = 8;
    /** A deleted slot; a never-used slot holds null. */
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int used;
    private int fill;
    private long finger;
    /** A frozenset: the same table under another type id (frozenset.c); nothing changes it once made. */
    private boolean frozen;

    int size() { return used; }

    boolean frozen() { return frozen; }

    /** This set, retyped a frozenset. */
    PySet freeze() {
        frozen = true;
        return this;
    }

    /** This new set with the type of {@code like}, the left operand or receiver (CPython's make_new_set_basetype). */
    PySet typedAs(PySet like) {
        frozen = like.frozen;
        return this;
    }

    /** hash(frozenset(self)): CPython's frozenset_hash over the table's stored hashes (set.c's set_table_hash). */
    long tableHash() {
        long hash = 0;
        for (int i : slots()) hash ^= shuffleBits(hashes[i]);
        hash ^= (used + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) { return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L; }

    /** A key's hash for a lookup: a set, unhashable, is looked up as the frozenset of its items (CPython's set_contains). */
    private static long lookupHash(Object key) {
        return key instanceof PySet s && !s.frozen ? s.tableHash() : Hashing.hash(key);
    }

    private long mask() { return keys.length - 1; }

    // ---- the table ----

    private static void insertClean(Object[] ks, long[] hs, long m, Object key, long hash) {
        long perturb = hash;
        long i = hash & m;
        while (true) {
            if (ks[(int) i] == null) break;
            if (i + LINEAR_PROBES <= m) {
                boolean found = false;
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[(int) (i + j)] == null) { i += j; found = true; break; }
                }
                if (found) break;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & m;
        }
        ks[(int) i] = key;
        hs[(int) i] = hash;
    }

    private void resize(long minused) {
        int size = MINSIZE;
        while (size <= minused) size <<= 1;
        Object[] oldk = keys;
        long[] oldh = hashes;
        keys = new Object[size];
        hashes = new long[size];
        for (int i = 0; i < oldk.length; i++) {
            if (oldk[i] != null && oldk[i] != DUMMY) insertClean(keys, hashes, size - 1, oldk[i], oldh[i]);
        }
        fill = used;
    }

    void add(Object key) { addEntry(key, Hashing.hash(key)); }

    private void addEntry(Object key, long hash) {
        long m = mask();
        long perturb = hash;
        long i = hash & m;
        int freeslot = -1;
        while (true) {
            long probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            for (long j = i; ; j++) {
                Object k = keys[(int) j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        return;
                    }
                    keys[(int) j] = key;
                    hashes[(int) j] = hash;
                    used++;
                    fill++;
                    if ((long) fill * 5 < m * 3) return;
                    resize(used > 50000 ? used * 2L : used * 4L);
                    return;
                }
                if (k == DUMMY) freeslot = (int) j; // the last dummy seen, as CPython 3.11
                else if (hashes[(int) j] == hash && Containers.same(k, key)) return;
                if (j - i >= probes) break;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & m;
        }
    }

    /** The table index holding key, or -1. */
    private int lookup(Object key, long hash) {
        long m = mask();
        long perturb = hash;
        long i = hash & m;
        while (true) {
            long probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            for (long j = i; ; j++) {
                Object k = keys[(int) j];
                if (k == null) return -1;
                if (k != DUMMY && hashes[(int) j] == hash && Containers.same(k, key)) return (int) j;
                if (j - i >= probes) break;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & m;
        }
    }

    boolean contains(Object key) { return lookup(key, lookupHash(key)) >= 0; }

    private boolean discardEntry(Object key, long hash) {
        int i = lookup(key, hash);
        if (i < 0) return false;
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        return true;
    }

    void discard(Object key) { discardEntry(key, lookupHash(key)); }

    void remove(Object key) {
        if (!discardEntry(key, lookupHash(key))) throw PyValues.keyError(key);
    }

    /** The next occupied slot at or after pos, or -1 (an iterator's step). */
    int nextSlot(long pos) {
        for (long i = pos; i <= mask(); i++) if (keys[(int) i] != null && keys[(int) i] != DUMMY) return (int) i;
        return -1;
    }

    Object slotKey(int i) { return keys[i]; }

    /** The items in table order. */
    List<Object> items() {
        var r = new ArrayList<Object>();
        for (Object k : keys) if (k != null && k != DUMMY) r.add(k);
        return r;
    }

    private List<Integer> slots() {
        var r = new ArrayList<Integer>();
        for (int i = 0; i < keys.length; i++) if (keys[i] != null && keys[i] != DUMMY) r.add(i);
        return r;
    }

    void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        used = 0;
        fill = 0;
    }

    Object pop() {
        if (used == 0) throw PyValues.keyError("pop from an empty set");
        long m = mask();
        long i = finger & m;
        while (keys[(int) i] == null || keys[(int) i] == DUMMY) i = i == m ? 0 : i + 1;
        Object k = keys[(int) i];
        keys[(int) i] = DUMMY;
        hashes[(int) i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    boolean eq(PySet b) {
        if (used != b.used) return false;
        for (int i : slots()) if (b.lookup(keys[i], hashes[i]) < 0) return false;
        return true;
    }

    // ---- the algebra (set.c) ----

    /** set_merge: adds the keys of other. */
    void merge(PySet other) {
        if (this == other || other.used == 0) return;
        if (((long) fill + other.used) * 5 >= mask() * 3) resize((long) (used + other.used) * 2);
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            for (int i : other.slots()) { keys[i] = other.keys[i]; hashes[i] = other.hashes[i]; }
            used = other.used;
            fill = other.fill;
            return;
        }
        if (fill == 0) {
            for (int i : other.slots()) insertClean(keys, hashes, mask(), other.keys[i], other.hashes[i]);
            used = other.used;
            fill = other.used;
            return;
        }
        for (int i : other.slots()) addEntry(other.keys[i], other.hashes[i]);
    }

    void update(Object iterable) {
        if (iterable instanceof PySet s) { merge(s); return; }
        if (iterable instanceof PyDict d) {
            int n = d.size();
            if (((long) fill + n) * 5 >= mask() * 3) resize((long) (used + n) * 2);
        }
        var it = Iteration.iter(iterable);
        while (it.step()) add(it.last);
    }

    PySet copy() {
        var r = new PySet();
        r.merge(this);
        return r;
    }

    static PySet of(Object iterable) {
        var r = new PySet();
        r.update(iterable);
        return r;
    }

    PySet union(PySet b) {
        PySet r = copy();
        if (this != b) r.merge(b);
        return r;
    }

    PySet intersection(PySet other) {
        if (this == other) return copy();
        var r = new PySet();
        PySet so = this;
        if (other.used > so.used) { PySet t = so; so = other; other = t; }
        for (int i : other.slots()) {
            if (so.lookup(other.keys[i], other.hashes[i]) >= 0) r.addEntry(other.keys[i], other.hashes[i]);
        }
        return r;
    }

    private void differenceUpdateSet(PySet other) {
        if (this == other) { clear(); return; }
        if ((other.used >> 3) > used) other = intersection(other);
        for (int i : other.slots()) discardEntry(other.keys[i], other.hashes[i]);
        shrinkAfterDiscards();
    }

    private void shrinkAfterDiscards() {
        if ((long) (fill - used) <= mask() / 4) return;
        resize(used > 50000 ? used * 2L : used * 4L);
    }

    PySet difference(PySet other) {
        if ((used >> 2) > other.used) {
            PySet r = copy();
            r.differenceUpdateSet(other);
            return r;
        }
        var r = new PySet();
        for (int i : slots()) if (other.lookup(keys[i], hashes[i]) < 0) r.addEntry(keys[i], hashes[i]);
        return r;
    }

    void differenceUpdate(Object other) {
        if (other instanceof PySet s) { differenceUpdateSet(s); return; }
        var it = Iteration.iter(other);
        while (it.step()) discard(it.last);
        shrinkAfterDiscards();
    }

    void symmetricDifferenceUpdateSet(PySet other) {
        if (this == other) { clear(); return; }
        for (int i : other.slots()) {
            if (!discardEntry(other.keys[i], other.hashes[i])) addEntry(other.keys[i], other.hashes[i]);
        }
    }

    void unionStep(PySet so, Object other) {
        if (other == so) return;
        update(other);
    }

    PySet intersectionObj(Object other) {
        if (other instanceof PySet s) return intersection(s);
        var r = new PySet();
        var it = Iteration.iter(other);
        while (it.step()) if (contains(it.last)) r.add(it.last);
        return r;
    }

    void intersectionUpdateObj(Object other) {
        PySet t = intersectionObj(other);
        keys = t.keys;
        hashes = t.hashes;
        used = t.used;
        fill = t.fill;
    }

    PySet differenceObj(Object other) {
        if (other instanceof PySet s) return difference(s);
        int otherSize = other instanceof PyDict d ? d.size() : 0;
        if (!(other instanceof PyDict) || (used >> 2) > otherSize) {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        var r = new PySet();
        for (int i : slots()) if (!((PyDict) other).contains(keys[i])) r.addEntry(keys[i], hashes[i]);
        return r;
    }

    void symmetricDifferenceUpdateObj(Object other) {
        if (other instanceof PySet s) { symmetricDifferenceUpdateSet(s); return; }
        if (other instanceof PyDict d) {
            for (Object k : d.keys()) {
                long h = Hashing.hash(k);
                if (!discardEntry(k, h)) addEntry(k, h);
            }
            return;
        }
        symmetricDifferenceUpdateSet(of(other));
    }

    PySet symmetricDifferenceObj(Object other) {
        PySet r = of(other);
        r.symmetricDifferenceUpdateSet(this);
        return r;
    }

    boolean issubset(PySet b) {
        if (used > b.used) return false;
        for (int i : slots()) if (b.lookup(keys[i], hashes[i]) < 0) return false;
        return true;
    }

    boolean isdisjoint(PySet other) {
        PySet so = this;
        if (so == other) return used == 0;
        if (other.used > so.used) { PySet t = so; so = other; other = t; }
        for (int i : other.slots()) if (so.lookup(other.keys[i], other.hashes[i]) >= 0) return false;
        return true;
    }

    /** A set display of constants: CPython folds them into a frozenset, rebuilds it, then updates an empty set. */
    static PySet fromConstants(List<Object> items) {
        var folded = new PySet();
        for (Object x : items) folded.add(x);
        var merged = new PySet();
        for (int i : folded.slots()) merged.addEntry(folded.keys[i], folded.hashes[i]);
        var r = new PySet();
        r.merge(merged);
        return r;
    }
}
