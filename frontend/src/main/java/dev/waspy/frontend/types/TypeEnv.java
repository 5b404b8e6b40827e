package dev.waspy.frontend.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types inference has found so far: every global, every function's locals, parameters and
 * return type. Entries only ever grow (by joins), which bounds the fixpoint iteration; {@link
 * #changed} tells whether the last round grew anything.
 */
public final class TypeEnv {
    /** Per function: locals (parameters included) and the return type. */
    public static final class Fn {
        final Map<String, Type> locals = new LinkedHashMap<>();
        final List<String> params = new ArrayList<>();
        Type ret = Type.BOTTOM;

        public Type local(String n) { return locals.getOrDefault(n, Type.BOTTOM); }
        public Type ret() { return ret; }
        public List<String> params() { return params; }
        public Type param(int i) { return local(params.get(i)); }
        public Map<String, Type> locals() { return locals; }
    }

    private final Map<String, Type> globals = new LinkedHashMap<>();
    /** Allocation sites by key (a source position and a tag); ids index the cells. */
    private final Map<String, Integer> siteIds = new LinkedHashMap<>();
    /** Per site: the element type of a list or set, the key type of a dict. */
    private final List<Type> elemCells = new ArrayList<>();
    /** Per site: the value type of a dict (bottom for lists and sets). */
    private final List<Type> valueCells = new ArrayList<>();
    private final java.util.Set<Integer> escaped = new java.util.HashSet<>();
    private final Map<String, Fn> functions = new LinkedHashMap<>();
    private boolean changed;

    public Fn fn(String name) { return functions.computeIfAbsent(name, k -> new Fn()); }

    public Type global(String name) { return globals.getOrDefault(name, Type.BOTTOM); }

    public Map<String, Type> globals() { return globals; }

    public void joinGlobal(String name, Type t) { globals.put(name, joined(globals.get(name), t)); }

    public void joinLocal(Fn fn, String name, Type t) { fn.locals.put(name, joined(fn.locals.get(name), t)); }

    public void joinReturn(Fn fn, Type t) { fn.ret = joined(fn.ret, t); }

    /** Sets a type outright (the defaults for what stayed unknown); a change counts as growth. */
    public void setLocal(Fn fn, String name, Type t) { noteChange(fn.locals.put(name, t), t); }

    public void setGlobal(String name, Type t) { noteChange(globals.put(name, t), t); }

    public void setReturn(Fn fn, Type t) {
        noteChange(fn.ret, t);
        fn.ret = t;
    }

    private void noteChange(Type old, Type t) {
        if (!t.equals(old)) changed = true;
    }

    private Type joined(Type old, Type t) {
        Type o = old == null ? Type.BOTTOM : old;
        Type j = Type.join(o, t);
        if (!j.equals(o) || old == null) changed = true;
        return j;
    }

    // ---- allocation sites of lists, dicts and sets ----

    /** The id of the allocation site {@code key}, created on first use with empty cells. */
    public int site(String key) {
        Integer id = siteIds.get(key);
        if (id != null) return id;
        id = elemCells.size();
        siteIds.put(key, id);
        elemCells.add(Type.BOTTOM);
        valueCells.add(Type.BOTTOM);
        changed = true;
        return id;
    }

    /**
     * The site standing for every container whose allocation site is not known statically (one
     * reached through an {@code object}): such containers have escaped, so its cells are object.
     */
    public int unknownSite() {
        int s = site("<escaped>");
        escapeSite(s);
        return s;
    }

    /** The element (list, set) or key (dict) type of any container of type {@code c}. */
    public Type elem(Type c) {
        Type t = Type.BOTTOM;
        for (int s : c.sites()) t = Type.join(t, elemCells.get(s));
        return t;
    }

    /** The value type of any dict of type {@code c}. */
    public Type value(Type c) {
        Type t = Type.BOTTOM;
        for (int s : c.sites()) t = Type.join(t, valueCells.get(s));
        return t;
    }

    /** Records that values of type {@code t} may be stored as elements (keys) of {@code c}. */
    public void joinElem(Type c, Type t) {
        for (int s : c.sites()) joinCell(elemCells, s, t);
    }

    /** Records that values of type {@code t} may be stored as values of dict {@code c}. */
    public void joinValue(Type c, Type t) {
        for (int s : c.sites()) joinCell(valueCells, s, t);
    }

    private void joinCell(List<Type> cells, int s, Type t) {
        Type o = cells.get(s);
        Type j = escaped.contains(s) ? Type.OBJ : Type.join(o, t);
        if (!j.equals(o)) {
            cells.set(s, j);
            changed = true;
        }
        escapeInto(t, j);
    }

    /**
     * A value of type {@code t} is about to be held as an {@code object}, where code that does not
     * know its sites may store anything into it: every container reachable from it gets object
     * cells for good.
     */
    public void escape(Type t) {
        switch (t) {
            case Type.Tuple tt -> tt.items().forEach(this::escape);
            case Type.ListT l -> l.sites().forEach(this::escapeSite);
            case Type.DictT d -> d.sites().forEach(this::escapeSite);
            case Type.SetT s -> s.sites().forEach(this::escapeSite);
            default -> { }
        }
    }

    /** A value of type {@code from} converted to {@code to}: escapes whatever lands in an object position. */
    public void escapeInto(Type from, Type to) {
        if (to instanceof Type.Obj) escape(from);
        else if (from instanceof Type.Tuple a && to instanceof Type.Tuple b && a.items().size() == b.items().size()) {
            for (int i = 0; i < a.items().size(); i++) escapeInto(a.items().get(i), b.items().get(i));
        }
    }

    private void escapeSite(int s) {
        if (!escaped.add(s)) return;
        changed = true;
        Type e = elemCells.get(s);
        Type v = valueCells.get(s);
        elemCells.set(s, Type.OBJ);
        valueCells.set(s, Type.OBJ);
        escape(e);
        escape(v);
    }

    /** Whether any container may be held as an object somewhere (so an object may be mutable). */
    public boolean anyEscaped() { return !escaped.isEmpty(); }

    /** Cells still unknown after inference (nothing was ever stored): object. */
    public void defaultCells(java.util.function.UnaryOperator<Type> known) {
        for (int s = 0; s < elemCells.size(); s++) {
            noteChange(elemCells.set(s, known.apply(elemCells.get(s))), elemCells.get(s));
            noteChange(valueCells.set(s, known.apply(valueCells.get(s))), valueCells.get(s));
        }
    }

    /** Whether anything grew since the last call; resets the flag. */
    public boolean takeChanged() {
        boolean c = changed;
        changed = false;
        return c;
    }
}
