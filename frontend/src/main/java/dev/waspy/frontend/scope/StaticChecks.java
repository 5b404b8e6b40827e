package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Arguments;
import dev.waspy.frontend.syntax.ast.ExceptHandler;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Located;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors CPython 3.11 raises after parsing, before running anything: its symbol table's
 * (Python/symtable.c: duplicate parameters, {@code global}/{@code nonlocal} after a use or
 * binding of the name) and its compiler's plain static checks (Python/compile.c: {@code return},
 * {@code yield}, {@code await} outside a function, {@code break}/{@code continue} outside a loop,
 * starred assignment targets, 20 statically nested blocks), and the depth at which both give up
 * with a RecursionError. CPython builds the whole symbol table before compiling, so every
 * symbol-table error of the module wins over every compiler error; within each pass the first in
 * source order wins (except that this class's symbol-table errors come before those
 * {@link SymbolTable#build} raises, wherever they are). These run before Waspy's own refusals, so a program CPython rejects gets
 * CPython's message at CPython's position.
 */
public final class StaticChecks {
    /** CPython's compile-time recursion limit (1000 frames, scaled by 3), counting a module statement as 1. */
    static final int MAX_DEPTH = 3000;
    /** CPython's CO_MAXBLOCKS: loops, with and try blocks nested in one function. */
    static final int MAX_BLOCKS = 20;

    private static final int USE = 1, LOCAL = 2, PARAM = 4, ANNOT = 8;

    private final SourceFile file;

    private StaticChecks(SourceFile file) { this.file = file; }

    /**
     * Throws CPython's first error for {@code m}, if any; returns the module's {@link SymbolTable},
     * built between the two passes because it raises the rest of the symbol table's errors (those
     * of its analysis, of comprehensions and of annotations).
     */
    public static SymbolTable check(SourceFile file, Mod.Module m) {
        var c = new StaticChecks(file);
        new Depth(c).stmts(m.body(), 0);
        new SymbolPass(c).block(m.body(), false);
        SymbolTable table = SymbolTable.build(file, m);
        new CompilePass(c).stmts(m.body(), new Context(false, 0, 0));
        return table;
    }

    private CompileError error(Located at, String message) {
        return error(at.pos(), message);
    }

    private CompileError error(Pos pos, String message) { return Errors.at(file, pos, message); }

    /** The children of a node, in field order (CPython's visiting order). */
    private static List<Node> children(Node n) {
        var out = new ArrayList<Node>();
        if (!n.getClass().isRecord()) return out; // operators and contexts are enums
        for (RecordComponent rc : n.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(n);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Node c) out.add(c);
            else if (v instanceof List<?> l) for (Object o : l) if (o instanceof Node c) out.add(c);
        }
        return out;
    }

    // ---- depth ----

    /** CPython's "maximum recursion depth exceeded during compilation", at the node that goes past the limit. */
    private record Depth(StaticChecks c) {
        void stmts(List<Stmt> body, int depth) {
            for (Stmt s : body) node(s, depth);
        }

        void node(Node n, int depth) {
            // Nodes without positions (contexts, operators, arguments) do not count: CPython has no visit for them.
            int d = n instanceof Stmt || n instanceof Expr ? depth + 1 : depth;
            if (d > MAX_DEPTH && n instanceof Located l) {
                throw c.error(l, "maximum recursion depth exceeded during compilation");
            }
            for (Node k : children(n)) node(k, d);
        }
    }

    // ---- symbol table ----

    /** Names seen so far in one scope, with how they were seen (symtable.c's DEF_ and USE flags). */
    private static final class SymbolPass {
        private final StaticChecks c;
        private Map<String, Integer> flags = new HashMap<>();
        private boolean isModule = true;

        SymbolPass(StaticChecks c) { this.c = c; }

        void block(List<Stmt> body, boolean function) {
            for (Stmt s : body) stmt(s);
        }

        private void see(String name, int flag) { flags.merge(name, flag, (a, b) -> a | b); }

        private void stmt(Stmt s) {
            switch (s) {
                case Stmt.FunctionDef f -> function(f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), null);
                case Stmt.AsyncFunctionDef f -> function(f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), null);
                case Stmt.ClassDef k -> {
                    for (Expr e : k.bases()) expr(e);
                    for (var kw : k.keywords()) expr(kw.value());
                    for (Expr e : k.decoratorList()) expr(e);
                    see(k.name(), LOCAL);
                    inScope(false, () -> block(k.body(), false));
                }
                case Stmt.Global g -> directive(g, g.names(), "global");
                case Stmt.Nonlocal n -> directive(n, n.names(), "nonlocal");
                case Stmt.AnnAssign a -> {
                    if (a.target() instanceof Expr.Name n && a.simple() == 1) see(n.id(), ANNOT | LOCAL);
                    else expr(a.target());
                    expr(a.annotation());
                    if (a.value() != null) expr(a.value());
                }
                case Stmt.Import i -> imports(i.names());
                case Stmt.ImportFrom i -> imports(i.names());
                default -> generic(s);
            }
        }

        private void imports(List<Alias> names) {
            for (Alias a : names) {
                if (a.name().equals("*")) continue;
                see(a.asname() != null ? a.asname() : a.name().split("\\.")[0], LOCAL);
            }
        }

        private void directive(Stmt s, List<String> names, String kind) {
            for (String name : names) {
                int cur = flags.getOrDefault(name, 0);
                if ((cur & (PARAM | LOCAL | USE | ANNOT)) != 0) {
                    String msg;
                    if ((cur & PARAM) != 0) msg = "name '" + name + "' is parameter and " + kind;
                    else if ((cur & USE) != 0) msg = "name '" + name + "' is used prior to " + kind + " declaration";
                    else if ((cur & ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kind;
                    else msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                    throw c.error(s, msg);
                }
                if (kind.equals("nonlocal") && isModule) throw c.error(s, "nonlocal declaration not allowed at module level");
            }
        }

        private void function(String name, Arguments args, List<Expr> decorators, Expr returns, List<Stmt> body, Expr lambdaBody) {
            // Defaults, annotations and decorators belong to the enclosing scope.
            for (Expr d : args.defaults()) expr(d);
            for (Expr d : args.kwDefaults()) if (d != null) expr(d);
            for (Arg a : allArgs(args)) if (a.annotation() != null) expr(a.annotation());
            if (returns != null) expr(returns);
            for (Expr d : decorators) expr(d);
            if (name != null) see(name, LOCAL);
            inScope(false, () -> {
                for (Arg a : allArgs(args)) {
                    if ((flags.getOrDefault(a.arg(), 0) & PARAM) != 0) {
                        throw c.error(a, "duplicate argument '" + a.arg() + "' in function definition");
                    }
                    see(a.arg(), PARAM);
                }
                if (lambdaBody != null) expr(lambdaBody);
                else block(body, true);
            });
        }

        private static List<Arg> allArgs(Arguments a) {
            var out = new ArrayList<Arg>(a.posonlyargs());
            out.addAll(a.args());
            if (a.vararg() != null) out.add(a.vararg());
            out.addAll(a.kwonlyargs());
            if (a.kwarg() != null) out.add(a.kwarg());
            return out;
        }

        private void inScope(boolean module, Runnable body) {
            Map<String, Integer> saved = flags;
            boolean savedModule = isModule;
            flags = new HashMap<>();
            isModule = module;
            try {
                body.run();
            } finally {
                flags = saved;
                isModule = savedModule;
            }
        }

        private void expr(Expr e) {
            switch (e) {
                case Expr.Name n -> see(n.id(), n.ctx() == ExprContext.Load ? USE : LOCAL);
                case Expr.Lambda l -> function(null, l.args(), List.of(), null, List.of(), l.body());
                case Expr.ListComp k -> comprehension(k.generators(), k.elt());
                case Expr.SetComp k -> comprehension(k.generators(), k.elt());
                case Expr.GeneratorExp k -> comprehension(k.generators(), k.elt());
                case Expr.DictComp k -> comprehension(k.generators(), k.key(), k.value());
                default -> generic(e);
            }
        }

        /** The first iterable is evaluated outside; the rest is a scope of its own. */
        private void comprehension(List<dev.waspy.frontend.syntax.ast.Comprehension> gens, Expr... elts) {
            expr(gens.get(0).iter());
            inScope(false, () -> {
                for (int i = 0; i < gens.size(); i++) {
                    var g = gens.get(i);
                    if (i > 0) expr(g.iter());
                    expr(g.target());
                    for (Expr cond : g.ifs()) expr(cond);
                }
                for (Expr x : elts) expr(x);
            });
        }

        private void generic(Node n) {
            if (n instanceof ExceptHandler h && h.name() != null) see(h.name(), LOCAL);
            for (Node k : children(n)) {
                switch (k) {
                    case Stmt s -> stmt(s);
                    case Expr e -> expr(e);
                    default -> generic(k);
                }
            }
        }
    }

    // ---- the compiler's static checks ----

    /** Where a statement sits: in a function, how many loops deep (in this function), how many blocks deep. */
    private record Context(boolean inFunction, int loops, int blocks) {
        Context loop() { return new Context(inFunction, loops + 1, blocks + 1); }

        Context block() { return new Context(inFunction, loops, blocks + 1); }
    }

    private record CompilePass(StaticChecks c) {
        void stmts(List<Stmt> body, Context cx) {
            for (Stmt s : body) stmt(s, cx);
        }

        private void stmt(Stmt s, Context cx) {
            switch (s) {
                case Stmt.FunctionDef f -> function(f.args(), f.decoratorList(), f.returns(), f.body(), cx);
                case Stmt.AsyncFunctionDef f -> function(f.args(), f.decoratorList(), f.returns(), f.body(), cx);
                case Stmt.ClassDef k -> {
                    for (Expr e : k.decoratorList()) expr(e, cx);
                    for (Expr e : k.bases()) expr(e, cx);
                    for (var kw : k.keywords()) expr(kw.value(), cx);
                    stmts(k.body(), new Context(false, 0, 0));
                }
                case Stmt.Return r -> {
                    if (!cx.inFunction()) throw c.error(r, "'return' outside function");
                    if (r.value() != null) expr(r.value(), cx);
                }
                case Stmt.Break b -> {
                    if (cx.loops() == 0) throw c.error(b, "'break' outside loop");
                }
                case Stmt.Continue k -> {
                    if (cx.loops() == 0) throw c.error(k, "'continue' not properly in loop");
                }
                case Stmt.For f -> loop(s, f.iter(), f.target(), f.body(), f.orelse(), cx);
                case Stmt.AsyncFor f -> loop(s, f.iter(), f.target(), f.body(), f.orelse(), cx);
                case Stmt.While w -> {
                    expr(w.test(), cx);
                    Context inner = nested(s, cx.loop());
                    stmts(w.body(), inner);
                    stmts(w.orelse(), cx);
                }
                case Stmt.Assign a -> {
                    expr(a.value(), cx);
                    for (Expr t : a.targets()) target(t, cx);
                }
                case Stmt.AugAssign a -> {
                    expr(a.value(), cx);
                    target(a.target(), cx);
                }
                case Stmt.AnnAssign a -> {
                    if (a.value() != null) expr(a.value(), cx);
                    target(a.target(), cx);
                }
                case Stmt.With w -> withOrTry(s, cx, () -> {
                    for (var item : w.items()) generic(item, cx);
                }, w.body());
                case Stmt.AsyncWith w -> withOrTry(s, cx, () -> {
                    for (var item : w.items()) generic(item, cx);
                }, w.body());
                case Stmt.Try t -> tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), cx);
                case Stmt.TryStar t -> tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), cx);
                default -> generic(s, cx);
            }
        }

        private Context nested(Stmt s, Context inner) {
            if (inner.blocks() > MAX_BLOCKS) throw c.error(s, "too many statically nested blocks");
            return inner;
        }

        private void loop(Stmt s, Expr iter, Expr target, List<Stmt> body, List<Stmt> orelse, Context cx) {
            expr(iter, cx);
            Context inner = nested(s, cx.loop());
            target(target, inner);
            stmts(body, inner);
            stmts(orelse, cx);
        }

        private void withOrTry(Stmt s, Context cx, Runnable head, List<Stmt> body) {
            head.run();
            stmts(body, nested(s, cx.block()));
        }

        private void tryStmt(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin, Context cx) {
            Context inner = nested(s, cx.block());
            stmts(body, inner);
            for (ExceptHandler h : handlers) {
                if (h.type() != null) expr(h.type(), cx);
                stmts(h.body(), inner);
            }
            stmts(orelse, cx);
            stmts(fin, inner);
        }

        private void function(Arguments args, List<Expr> decorators, Expr returns, List<Stmt> body, Context cx) {
            for (Expr d : decorators) expr(d, cx);
            generic(args, cx);
            if (returns != null) expr(returns, cx);
            stmts(body, new Context(true, 0, 0));
        }

        /** An assignment target: a starred name must sit in a list or tuple, and only one in each. */
        private void target(Expr t, Context cx) {
            switch (t) {
                case Expr.Starred s -> throw c.error(s, "starred assignment target must be in a list or tuple");
                case Expr.Tuple tu -> elements(tu.elts(), t, cx);
                case Expr.List l -> elements(l.elts(), t, cx);
                default -> expr(t, cx);
            }
        }

        private void elements(List<Expr> elts, Expr whole, Context cx) {
            boolean seen = false;
            for (Expr e : elts) {
                if (e instanceof Expr.Starred s) {
                    if (seen) throw c.error(whole, "multiple starred expressions in assignment");
                    seen = true;
                    target(s.value(), cx);
                } else {
                    target(e, cx);
                }
            }
        }

        private void expr(Expr e, Context cx) {
            switch (e) {
                case Expr.Lambda l -> {
                    generic(l.args(), cx);
                    expr(l.body(), new Context(true, 0, 0));
                }
                case Expr.Yield y -> {
                    if (!cx.inFunction()) throw c.error(y, "'yield' outside function");
                    if (y.value() != null) expr(y.value(), cx);
                }
                case Expr.YieldFrom y -> {
                    if (!cx.inFunction()) throw c.error(y, "'yield' outside function");
                    expr(y.value(), cx);
                }
                case Expr.Await a -> {
                    if (!cx.inFunction()) throw c.error(a, "'await' outside function");
                    expr(a.value(), cx);
                }
                default -> generic(e, cx);
            }
        }

        private void generic(Node n, Context cx) {
            for (Node k : children(n)) {
                switch (k) {
                    case Stmt s -> stmt(s, cx);
                    case Expr e -> expr(e, cx);
                    default -> generic(k, cx);
                }
            }
        }
    }
}
