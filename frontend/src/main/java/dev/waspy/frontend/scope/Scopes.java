package dev.waspy.frontend.scope;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The result of scope analysis: the module's and every function's names, and how to resolve one. */
public final class Scopes {
    private final FunctionScope module;
    private final Map<String, FunctionScope> functions;
    private final Set<String> globals;
    private final boolean importsSys;

    Scopes(FunctionScope module, Map<String, FunctionScope> functions, Set<String> globals, boolean importsSys) {
        this.module = module;
        this.functions = functions;
        this.globals = globals;
        this.importsSys = importsSys;
    }

    public FunctionScope module() { return module; }
    public Collection<FunctionScope> functions() { return functions.values(); }
    public FunctionScope function(String name) { return functions.get(name); }
    /** Every module-level variable (functions excluded), in first-binding order. */
    public Set<String> globals() { return globals; }

    /** What {@code name} means inside {@code fs}, or null when it is bound nowhere. */
    public Symbol resolve(FunctionScope fs, String name) {
        if (!fs.isModule() && !fs.declaredGlobal().contains(name) && fs.locals().contains(name)) return Symbol.LOCAL;
        if (globals.contains(name)) return Symbol.GLOBAL;
        if (functions.containsKey(name)) return Symbol.FUNCTION;
        if (importsSys && name.equals("sys")) return Symbol.SYS;
        if (Builtins.SUPPORTED.contains(name)) return Symbol.BUILTIN;
        return null;
    }
}
