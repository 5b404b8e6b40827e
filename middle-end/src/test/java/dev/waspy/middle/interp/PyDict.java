package dev.waspy.middle.interp;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A Python dict as CPython 3.11 lays it out: an append-only array of entries, where a deleted
 * entry stays a hole until the table grows (CPython's growth rule, its quirks included) and is
 * compacted, and popitem() gives its position back. Iterators walk entry positions; what a loop
 * does after the dict's keys changed at an equal size depends on the whole table history, which
 * CPython also shapes by presizing displays and cloning on copy, so {@link #layout} lets an
 * iterator refuse that case ({@link Interpreter.Unmodelled}) instead of guessing. The lookup itself
 * is a Java map under Python equality (the probe order inside the index table is not observable).
 */
final class PyDict {
    /** A key under Python's == and hash(): 1, 1.0 and True are one key. */
    private record Key(Object v, long hash) {
        Key(Object v) { this(v, Hashing.hash(v)); }
        @Override public boolean equals(Object o) { return o instanceof Key k && k.hash == hash && Containers.same(k.v, v); }
        @Override public int hashCode() { return Long.hashCode(hash); }
    }

    /** Entry i: its key (null for a deleted one) and value. */
    private final ArrayList<Object[]> entries = new ArrayList<>();
    private final HashMap<Key, Integer> index = new HashMap<>();
    private int live;
    /** CPython's dk_usable: entries still free before the table must grow (a new dict has none). */
    private int usable;
    /** Counts the changes that add, remove or move entries (not a value replaced in place). */
    private long layout;

    long layout() { return layout; }

    int size() { return live; }

    /** Entries used so far, holes included: the bound of an iterator's position. */
    int used() { return entries.size(); }

    /** The first live entry at or after pos, or -1. */
    int next(int pos) {
        for (int i = Math.max(pos, 0); i < entries.size(); i++) if (entries.get(i)[0] != null) return i;
        return -1;
    }

    /** The last live entry at or before pos, or -1. */
    int prev(int pos) {
        for (int i = Math.min(pos, entries.size() - 1); i >= 0; i--) if (entries.get(i)[0] != null) return i;
        return -1;
    }

    Object keyAt(int e) { return entries.get(e)[0]; }

    Object valueAt(int e) { return entries.get(e)[1]; }

    private int find(Object key) {
        Integer e = index.get(new Key(key));
        return e == null ? -1 : e;
    }

    boolean contains(Object key) { return find(key) >= 0; }

    Object get(Object key) {
        int e = find(key);
        if (e < 0) throw PyValues.keyError(key);
        return valueAt(e);
    }

    Object getDefault(Object key, Object dflt) {
        int e = find(key);
        return e < 0 ? dflt : valueAt(e);
    }

    void set(Object key, Object value) {
        var k = new Key(key);
        Integer e = index.get(k);
        if (e != null) { entries.get(e)[1] = value; return; }
        if (usable <= 0) resize();
        index.put(k, entries.size());
        entries.add(new Object[] {key, value});
        live++;
        usable--;
        layout++;
    }

    /**
     * CPython 3.11's insertion_resize: GROWTH_RATE is three times the live count, and
     * calculate_log2_keysize gives the smallest power of two at least (that | 8), so a dict of one
     * or two items grows to 16. The holes go; two thirds of the table is usable.
     */
    private void resize() {
        int size = 8;
        while (size < ((live * 3) | 8)) size *= 2;
        usable = size * 2 / 3 - live;
        layout++;
        var old = new ArrayList<>(entries);
        entries.clear();
        index.clear();
        for (Object[] en : old) {
            if (en[0] == null) continue;
            index.put(new Key(en[0]), entries.size());
            entries.add(en);
        }
    }

    void del(Object key) {
        var k = new Key(key);
        Integer e = index.remove(k);
        if (e == null) throw PyValues.keyError(key);
        entries.get(e)[0] = null;
        entries.get(e)[1] = null;
        live--;
        layout++;
    }

    List<Object> keys() {
        var r = new ArrayList<Object>();
        for (Object[] en : entries) if (en[0] != null) r.add(en[0]);
        return r;
    }

    List<Object> values() {
        var r = new ArrayList<Object>();
        for (Object[] en : entries) if (en[0] != null) r.add(en[1]);
        return r;
    }

    List<Object> items() {
        var r = new ArrayList<Object>();
        for (Object[] en : entries) if (en[0] != null) r.add(new Tuple(List.of(en[0], en[1])));
        return r;
    }

    boolean eq(PyDict b) {
        if (live != b.live) return false;
        for (Object[] en : entries) {
            if (en[0] == null) continue;
            int f;
            try {
                f = b.find(en[0]);
            } catch (PyValues.PyExc e) {
                return false;
            }
            if (f < 0 || !Containers.same(en[1], b.valueAt(f))) return false;
        }
        return true;
    }

    Object pop(Object key) {
        if (live == 0) throw PyValues.keyError(key);
        Object v = get(key);
        del(key);
        return v;
    }

    Object popDefault(Object key, Object dflt) {
        if (live == 0) return dflt;
        int e = find(key);
        if (e < 0) return dflt;
        Object v = valueAt(e);
        del(key);
        return v;
    }

    Object setdefault(Object key, Object dflt) {
        int e = find(key);
        if (e >= 0) return valueAt(e);
        set(key, dflt);
        return dflt;
    }

    void clear() {
        entries.clear();
        index.clear();
        live = 0;
        usable = 0;
        layout++;
    }

    PyDict copy() {
        var r = new PyDict();
        r.update(this);
        return r;
    }

    Tuple popitem() {
        if (live == 0) throw PyValues.keyError("popitem(): dictionary is empty");
        int i = prev(entries.size() - 1);
        Object[] en = entries.get(i);
        var t = new Tuple(List.of(en[0], en[1]));
        index.remove(new Key(en[0]));
        // CPython gives the position back (dk_nentries = i), trailing holes included, but not the usable count.
        entries.subList(i, entries.size()).clear();
        live--;
        layout++;
        return t;
    }

    /** dict.update(other): a dict's entries, or an iterable of pairs (each any iterable of two items). */
    void update(Object other) {
        if (other instanceof PyDict o) {
            if (o == this) return;
            for (Object[] en : new ArrayList<>(o.entries)) if (en[0] != null) set(en[0], en[1]);
            return;
        }
        var it = Iteration.iter(other);
        for (int i = 0; it.step(); i++) {
            Object item = it.last;
            if (!(item instanceof PyList || item instanceof Tuple || item instanceof String || item instanceof PyDict
                    || item instanceof PySet || item instanceof Iteration.Iter)) {
                throw PyValues.exc("TypeError", "cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            List<Object> pair = Iteration.toList(item).items;
            if (pair.size() != 2) {
                throw PyValues.exc("ValueError", "dictionary update sequence element #" + i + " has length " + pair.size() + "; 2 is required");
            }
            set(pair.get(0), pair.get(1));
        }
    }

    static PyDict of(Object iterable) {
        var d = new PyDict();
        d.update(iterable);
        return d;
    }

    PyDict or(PyDict b) {
        PyDict r = copy();
        r.update(b);
        return r;
    }
}
