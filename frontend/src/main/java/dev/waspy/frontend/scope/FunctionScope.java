package dev.waspy.frontend.scope;

import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of one function (or of the module body, whose {@code def} is null): its parameters,
 * its locals (every name assigned anywhere in the body and not declared {@code global}) and the
 * names it declares global.
 */
public final class FunctionScope {
    private final String name;
    private final Stmt.FunctionDef def;
    final List<String> params;
    final Set<String> locals = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();

    FunctionScope(String name, Stmt.FunctionDef def, List<String> params) {
        this.name = name;
        this.def = def;
        this.params = List.copyOf(params);
        locals.addAll(params);
    }

    public String name() { return name; }
    /** The {@code def}, or null for the module body. */
    public Stmt.FunctionDef def() { return def; }
    public boolean isModule() { return def == null; }
    public List<String> params() { return params; }
    /** Locals in first-binding order, parameters first. Empty for the module (its names are globals). */
    public Set<String> locals() { return locals; }
    public Set<String> declaredGlobal() { return declaredGlobal; }
}
