package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Arguments;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.ExceptHandler;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Pattern;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors of CPython 3.11's symbol table pass (Python/symtable.c), in its visiting order. The walk sees every
 * scope's names with how they are used, in CPython's visiting order, and raises what it raises on
 * the way (duplicate parameters, {@code global}/{@code nonlocal} after a use or binding,
 * {@code import *} in a function, the assignment-expression rules of comprehensions, {@code yield}
 * in a comprehension); then the analysis resolves {@code nonlocal} against the enclosing function
 * scopes ("no binding for nonlocal", "nonlocal and global", module level). It also tells the
 * compiler checks which functions are generators and which scopes are coroutines.
 */
final class SymtableChecks {
    private static final int USE = 1, LOCAL = 2, PARAM = 4, ANNOT = 8, GLOBAL = 16, NONLOCAL = 32, COMP_ITER = 64;

    enum Kind { MODULE, FUNCTION, CLASS }

    /** One scope: its names in order of first sight, with CPython's DEF_ flags. */
    static final class Scope {
        final Kind kind;
        /** "list comprehension", "generator expression", ... for a comprehension; null otherwise. */
        final String comprehension;
        final Scope parent;
        final Map<String, Integer> flags = new LinkedHashMap<>();
        final Map<String, Pos> directives = new HashMap<>();
        final List<Scope> children = new ArrayList<>();
        int compIterExpr;
        boolean compIterTarget;
        boolean generator, coroutine;

        Scope(Kind kind, String comprehension, Scope parent) {
            this.kind = kind;
            this.comprehension = comprehension;
            this.parent = parent;
            if (parent != null) {
                compIterExpr = parent.compIterExpr;
                parent.children.add(this);
            }
        }

        int get(String name) { return flags.getOrDefault(name, 0); }
    }

    private final SourceFile file;
    /** The scope of each function, lambda and comprehension node. */
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** {@code from __future__ import annotations}: annotations are scopes of their own, never evaluated. */
    private final boolean annotationScopes;
    private Scope cur;
    private boolean inAnnotation;

    private SymtableChecks(SourceFile file, boolean annotationScopes) {
        this.file = file;
        this.annotationScopes = annotationScopes;
    }

    /** Builds the table of {@code m}, throwing CPython's first symbol-table error. */
    static SymtableChecks build(SourceFile file, Mod.Module m, boolean annotationScopes) {
        var t = new SymtableChecks(file, annotationScopes);
        Scope top = new Scope(Kind.MODULE, null, null);
        t.cur = top;
        for (Stmt s : m.body()) t.stmt(s);
        t.analyze(top, null, new HashSet<>());
        return t;
    }

    /** The scope of a function, lambda or comprehension node. */
    Scope scopeOf(Node n) { return scopes.get(n); }

    private RuntimeException error(Pos pos, String message) { return Errors.at(file, pos, message); }

    private void add(String name, int flag, Pos pos) { add(cur, name, flag, pos); }

    private void add(Scope s, String name, int flag, Pos pos) {
        int val = s.get(name);
        if ((flag & PARAM) != 0 && (val & PARAM) != 0) {
            throw error(pos, "duplicate argument '" + name + "' in function definition");
        }
        val |= flag;
        if (s.compIterTarget) {
            if ((val & (GLOBAL | NONLOCAL)) != 0) {
                throw error(pos, "comprehension inner loop cannot rebind assignment expression target '" + name + "'");
            }
            val |= COMP_ITER;
        }
        s.flags.put(name, val);
    }

    private void enter(Scope s, Node owner, Runnable body) {
        scopes.put(owner, s);
        Scope saved = cur;
        cur = s;
        try {
            body.run();
        } finally {
            cur = saved;
        }
    }

    // ---- the walk ----

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), false);
            case Stmt.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), true);
            case Stmt.ClassDef k -> {
                add(k.name(), LOCAL, s.pos());
                for (Expr e : k.bases()) expr(e);
                for (var kw : k.keywords()) expr(kw.value());
                for (Expr e : k.decoratorList()) expr(e);
                enter(new Scope(Kind.CLASS, null, cur), s, () -> {
                    for (Stmt b : k.body()) stmt(b);
                });
            }
            case Stmt.Global g -> directive(g, g.names(), GLOBAL, "global");
            case Stmt.Nonlocal n -> directive(n, n.names(), NONLOCAL, "nonlocal");
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int flags = cur.get(n.id());
                    if ((flags & (GLOBAL | NONLOCAL)) != 0 && cur.kind != Kind.MODULE && a.simple() == 1) {
                        String kind = (flags & GLOBAL) != 0 ? "global" : "nonlocal";
                        throw error(s.pos(), "annotated name '" + n.id() + "' can't be " + kind);
                    }
                    if (a.simple() == 1) add(n.id(), ANNOT | LOCAL, n.pos());
                    else if (a.value() != null) add(n.id(), LOCAL, n.pos());
                } else {
                    expr(a.target());
                }
                annotation(a.annotation());
                if (a.value() != null) expr(a.value());
            }
            case Stmt.Import i -> imports(i.names());
            case Stmt.ImportFrom i -> imports(i.names());
            default -> generic(s);
        }
    }

    private void imports(List<Alias> names) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (cur.kind != Kind.MODULE) throw error(a.pos(), "import * only allowed at module level");
                continue;
            }
            add(a.asname() != null ? a.asname() : a.name().split("\\.")[0], LOCAL, a.pos());
        }
    }

    private void directive(Stmt s, List<String> names, int flag, String kind) {
        for (String name : names) {
            int cur = this.cur.get(name);
            if ((cur & (PARAM | LOCAL | USE | ANNOT)) != 0) {
                String msg;
                if ((cur & PARAM) != 0) msg = "name '" + name + "' is parameter and " + kind;
                else if ((cur & USE) != 0) msg = "name '" + name + "' is used prior to " + kind + " declaration";
                else if ((cur & ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kind;
                else msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                throw error(s.pos(), msg);
            }
            add(name, flag, s.pos());
            this.cur.directives.putIfAbsent(name, s.pos());
        }
    }

    private void function(Node owner, String name, Arguments args, List<Expr> decorators, Expr returns, List<Stmt> body,
            boolean async) {
        if (name != null) add(name, LOCAL, ((Stmt) owner).pos());
        // Defaults, annotations and decorators belong to the enclosing scope.
        for (Expr d : args.defaults()) expr(d);
        for (Expr d : args.kwDefaults()) if (d != null) expr(d);
        for (Arg a : inSymtableOrder(args)) if (a.annotation() != null) annotation(a.annotation());
        if (returns != null) annotation(returns);
        for (Expr d : decorators) expr(d);
        Scope s = new Scope(Kind.FUNCTION, null, cur);
        s.coroutine = async;
        enter(s, owner, () -> {
            for (Arg a : inSymtableOrder(args)) add(a.arg(), PARAM, a.pos());
            for (Stmt b : body) stmt(b);
        });
    }

    /** Under the annotations future, an annotation is a scope where yield, await and the walrus are errors. */
    private void annotation(Expr e) {
        if (!annotationScopes) {
            expr(e);
            return;
        }
        Scope saved = cur;
        boolean savedIn = inAnnotation;
        cur = new Scope(Kind.CLASS, null, null);
        cur.compIterExpr = saved.compIterExpr;
        inAnnotation = true;
        try {
            expr(e);
        } finally {
            cur = saved;
            inAnnotation = savedIn;
        }
    }

    private void notInAnnotation(Expr e, String what) {
        if (inAnnotation && cur.comprehension == null) throw error(e.pos(), "'" + what + "' can not be used within an annotation");
    }

    private void lambda(Expr.Lambda l) {
        for (Expr d : l.args().defaults()) expr(d);
        for (Expr d : l.args().kwDefaults()) if (d != null) expr(d);
        enter(new Scope(Kind.FUNCTION, null, cur), l, () -> {
            for (Arg a : inSymtableOrder(l.args())) add(a.arg(), PARAM, a.pos());
            expr(l.body());
        });
    }

    /** symtable.c's order: positional-only, positional, keyword-only, then *args and **kwargs. */
    private static List<Arg> inSymtableOrder(Arguments a) {
        var out = new ArrayList<Arg>(a.posonlyargs());
        out.addAll(a.args());
        out.addAll(a.kwonlyargs());
        if (a.vararg() != null) out.add(a.vararg());
        if (a.kwarg() != null) out.add(a.kwarg());
        return out;
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> add(n.id(), n.ctx() == ExprContext.Load ? USE : LOCAL, n.pos());
            case Expr.Lambda l -> lambda(l);
            case Expr.NamedExpr n -> {
                notInAnnotation(e, "named expression");
                namedExpr(n);
            }
            case Expr.Yield y -> {
                notInAnnotation(e, "yield expression");
                if (y.value() != null) expr(y.value());
                yielded(e);
            }
            case Expr.YieldFrom y -> {
                notInAnnotation(e, "yield expression");
                expr(y.value());
                yielded(e);
            }
            case Expr.Await a -> {
                notInAnnotation(e, "await expression");
                expr(a.value());
                cur.coroutine = true;
            }
            case Expr.ListComp k -> comprehension(e, "list comprehension", k.generators(), k.elt(), null);
            case Expr.SetComp k -> comprehension(e, "set comprehension", k.generators(), k.elt(), null);
            case Expr.GeneratorExp k -> comprehension(e, "generator expression", k.generators(), k.elt(), null);
            case Expr.DictComp k -> comprehension(e, "dict comprehension", k.generators(), k.key(), k.value());
            default -> generic(e);
        }
    }

    private void yielded(Expr e) {
        cur.generator = true;
        if (cur.comprehension != null) throw error(e.pos(), "'yield' inside " + cur.comprehension);
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw error(n.pos(), "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur.comprehension != null && n.target() instanceof Expr.Name t) extendToEnclosing(t);
        expr(n.value());
        expr(n.target());
    }

    /** A walrus in a comprehension binds in the nearest enclosing function or module. */
    private void extendToEnclosing(Expr.Name t) {
        String name = t.id();
        for (Scope s = cur; s != null; s = s.parent) {
            if (s.comprehension != null) {
                if ((s.get(name) & COMP_ITER) != 0) {
                    throw error(t.pos(), "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                }
                continue;
            }
            switch (s.kind) {
                case FUNCTION -> {
                    add(name, (s.get(name) & GLOBAL) != 0 ? GLOBAL : NONLOCAL, t.pos());
                    cur.directives.putIfAbsent(name, t.pos());
                    add(s, name, LOCAL, t.pos());
                }
                case MODULE -> {
                    add(name, GLOBAL, t.pos());
                    cur.directives.putIfAbsent(name, t.pos());
                    add(s, name, GLOBAL, t.pos());
                }
                case CLASS -> throw error(t.pos(), "assignment expression within a comprehension cannot be used in a class body");
            }
            return;
        }
    }

    /** The first iterable is evaluated outside; the rest is a scope of its own. */
    private void comprehension(Expr e, String what, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension first = gens.get(0);
        cur.compIterExpr++;
        expr(first.iter());
        cur.compIterExpr--;
        Scope s = new Scope(Kind.FUNCTION, what, cur);
        if (first.isAsync() != 0) s.coroutine = true;
        enter(s, e, () -> {
            iterTarget(first.target());
            for (Expr c : first.ifs()) expr(c);
            for (int i = 1; i < gens.size(); i++) {
                Comprehension g = gens.get(i);
                iterTarget(g.target());
                cur.compIterExpr++;
                expr(g.iter());
                cur.compIterExpr--;
                for (Expr c : g.ifs()) expr(c);
                if (g.isAsync() != 0) cur.coroutine = true;
            }
            if (value != null) expr(value);
            expr(elt);
        });
        // An async comprehension (other than a generator expression) makes its owner one too.
        if (s.coroutine && !what.equals("generator expression")) cur.coroutine = true;
    }

    private void iterTarget(Expr target) {
        cur.compIterTarget = true;
        try {
            expr(target);
        } finally {
            cur.compIterTarget = false;
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchStar m -> {
                if (m.name() != null) add(m.name(), LOCAL, p.pos());
            }
            case Pattern.MatchMapping m -> {
                for (Expr k : m.keys()) expr(k);
                for (Pattern q : m.patterns()) pattern(q);
                if (m.rest() != null) add(m.rest(), LOCAL, p.pos());
            }
            case Pattern.MatchAs m -> {
                if (m.pattern() != null) pattern(m.pattern());
                if (m.name() != null) add(m.name(), LOCAL, p.pos());
            }
            default -> generic(p);
        }
    }

    private void generic(Node n) {
        if (n instanceof ExceptHandler h) {
            if (h.type() != null) expr(h.type());
            if (h.name() != null) add(h.name(), LOCAL, h.pos());
            for (Stmt s : h.body()) stmt(s);
            return;
        }
        for (Node k : AstChildren.of(n)) {
            switch (k) {
                case Stmt s -> stmt(s);
                case Expr e -> expr(e);
                case Pattern p -> pattern(p);
                default -> generic(k);
            }
        }
    }

    // ---- the analysis (symtable.c's analyze_block and analyze_name) ----

    /**
     * Resolves the names of {@code s}, then of its children. {@code bound}: names bound in
     * enclosing function scopes (null for the module); {@code global}: names declared global above.
     */
    private void analyze(Scope s, Set<String> bound, Set<String> global) {
        var local = new HashSet<String>();
        var newBound = new HashSet<String>();
        var newGlobal = new HashSet<String>();
        if (s.kind == Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (var e : s.flags.entrySet()) {
            String name = e.getKey();
            int flags = e.getValue();
            if ((flags & GLOBAL) != 0) {
                if ((flags & NONLOCAL) != 0) throw error(s.directives.get(name), "name '" + name + "' is nonlocal and global");
                global.add(name);
                if (bound != null) bound.remove(name);
            } else if ((flags & NONLOCAL) != 0) {
                if (bound == null) throw error(s.directives.get(name), "nonlocal declaration not allowed at module level");
                if (!bound.contains(name)) throw error(s.directives.get(name), "no binding for nonlocal '" + name + "' found");
            } else if ((flags & (LOCAL | PARAM)) != 0) {
                local.add(name);
                global.remove(name);
            }
        }
        if (s.kind != Kind.CLASS) {
            if (s.kind == Kind.FUNCTION) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__"); // the cell methods see for super()
        }
        for (Scope child : s.children) analyze(child, new HashSet<>(newBound), new HashSet<>(newGlobal));
    }
}
