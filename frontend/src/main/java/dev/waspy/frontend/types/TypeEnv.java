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
    private final Map<String, Fn> functions = new LinkedHashMap<>();
    private boolean changed;

    public Fn fn(String name) { return functions.computeIfAbsent(name, k -> new Fn()); }

    public Type global(String name) { return globals.getOrDefault(name, Type.BOTTOM); }

    public Map<String, Type> globals() { return globals; }

    public void joinGlobal(String name, Type t) { globals.put(name, joined(globals.get(name), t)); }

    public void joinLocal(Fn fn, String name, Type t) { fn.locals.put(name, joined(fn.locals.get(name), t)); }

    public void joinReturn(Fn fn, Type t) { fn.ret = joined(fn.ret, t); }

    /** Sets a type outright (the final round's defaults for what stayed unknown). */
    public void setLocal(Fn fn, String name, Type t) { fn.locals.put(name, t); }

    public void setGlobal(String name, Type t) { globals.put(name, t); }

    public void setReturn(Fn fn, Type t) { fn.ret = t; }

    private Type joined(Type old, Type t) {
        Type o = old == null ? Type.BOTTOM : old;
        Type j = Type.join(o, t);
        if (!j.equals(o) || old == null) changed = true;
        return j;
    }

    /** Whether anything grew since the last call; resets the flag. */
    public boolean takeChanged() {
        boolean c = changed;
        changed = false;
        return c;
    }
}
