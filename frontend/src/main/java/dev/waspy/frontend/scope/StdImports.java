package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The imports of the standard modules the runtime implements ({@link #MODULES}), accepted as
 * statements of the module's top level: {@code import math [as m]} binds a {@link Symbol#MODULE},
 * {@code from math import sqrt [as root], pi} binds {@link Symbol#MODULE_MEMBER}s. Which members
 * a module has, and how a call of one is built, is the middle-end's table ({@code StdModules});
 * here only names are bound. Such a name is never rebound, and module-level code before the
 * import may not read it, nor name a module function (CPython's NameError there is not modelled).
 */
final class StdImports {
    /** The modules whose functions the runtime implements (the middle-end's table has a row set for each). */
    static final Set<String> MODULES = Set.of("math", "random");

    private final SourceFile file;
    /** Bound name to what it stands for: {@code "math"} for a module, {@code "math.sqrt"} for a member. */
    private final Map<String, String> bindings = new LinkedHashMap<>();
    private final Set<Stmt> statements = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The module's functions: code before an import that calls one may run it before the names exist. */
    private final Set<String> functions = new java.util.HashSet<>();

    private StdImports(SourceFile file) { this.file = file; }

    static StdImports collect(SourceFile file, List<Stmt> body) {
        var t = new StdImports(file);
        for (Stmt s : body) if (s instanceof Stmt.FunctionDef fd) t.functions.add(fd.name());
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            int before = t.bindings.size();
            switch (s) {
                case Stmt.Import im when im.names().stream().allMatch(a -> MODULES.contains(a.name())) -> {
                    for (Alias a : im.names()) t.bind(a.asname() != null ? a.asname() : a.name(), a.name(), a.pos());
                    t.statements.add(s);
                }
                case Stmt.ImportFrom f when f.level() == 0 && MODULES.contains(f.module()) -> {
                    for (Alias a : f.names()) {
                        if (a.name().equals("*")) throw Errors.unsupported(file, a.pos(), "'from " + f.module() + " import *'");
                        t.bind(a.asname() != null ? a.asname() : a.name(), f.module() + "." + a.name(), a.pos());
                    }
                    t.statements.add(s);
                }
                default -> { }
            }
            if (t.bindings.size() > before) t.noUseBefore(body.subList(0, i), List.copyOf(t.bindings.keySet()).subList(before, t.bindings.size()));
        }
        return t;
    }

    private void bind(String name, String meaning, Pos at) {
        String old = bindings.put(name, meaning);
        if (old != null && !old.equals(meaning)) throw Errors.unsupported(file, at, "binding '" + name + "' by two different imports");
    }

    /**
     * Module-level code (not function bodies, which run later) before the import must not read the
     * names it binds, nor name a module function, which might read them when called there.
     */
    private void noUseBefore(List<Stmt> earlier, List<String> names) {
        for (Stmt s : earlier) walk(s, names);
    }

    private void walk(Node n, List<String> names) {
        if (n instanceof Stmt.FunctionDef fd) {
            for (Expr d : fd.args().defaults()) walk(d, names);
            return;
        }
        if (n instanceof Expr.Name x && names.contains(x.id())) {
            throw Errors.unsupported(file, x.pos(), "using '" + x.id() + "' before the import that binds it");
        }
        if (n instanceof Expr.Name x && functions.contains(x.id())) {
            throw Errors.unsupported(file, x.pos(), "using the function '" + x.id() + "' before an import of " + names.get(0)
                    + " (the function may read what the import binds)");
        }
        for (Node child : AstChildren.of(n)) walk(child, names);
    }

    boolean accepted(Stmt s) { return statements.contains(s); }

    Map<String, String> bindings() { return bindings; }
}
