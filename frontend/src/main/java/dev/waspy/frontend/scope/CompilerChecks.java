package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Arguments;
import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.ExceptHandler;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.frontend.syntax.ast.MatchCase;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The static errors of CPython 3.11's compiler (Python/compile.c), in the order it compiles: a
 * function's body when its {@code def} is reached, a comprehension's body before its first
 * iterable, a class body before its bases, a {@code try}'s {@code else} before its handlers.
 * {@code return}, {@code yield} and {@code await} where the scope forbids them, {@code break} and
 * {@code continue} outside a loop or leaving an {@code except*}, async comprehensions, {@code async
 * for}/{@code with} outside an async function, starred expressions, assignments to {@code
 * __debug__}, repeated keyword arguments, late {@code from __future__} imports, 20 nested blocks,
 * and the errors of {@code match} patterns ({@link PatternChecks}).
 */
final class CompilerChecks {
    /** CPython's CO_MAXBLOCKS: loops, with and try blocks nested in one function. */
    static final int MAX_BLOCKS = 20;

    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /**
     * Where code sits: its scope (and that scope's symbol-table entry), loops and blocks around it
     * in this function, and whether an {@code except*} handler lies between it and the innermost
     * loop ({@code starSinceLoop}) or anywhere in the function ({@code starInFunction}).
     */
    record Context(ScopeType type, SymtableChecks.Scope scope, int loops, int blocks, boolean starSinceLoop, boolean starInFunction) {
        boolean inFunction() { return type != ScopeType.MODULE && type != ScopeType.CLASS; }

        Context loop() { return new Context(type, scope, loops + 1, blocks + 1, false, starInFunction); }

        Context block() { return new Context(type, scope, loops, blocks + 1, starSinceLoop, starInFunction); }

        Context exceptStar() { return new Context(type, scope, loops, blocks + 1, true, true); }

        static Context of(ScopeType type, SymtableChecks.Scope scope) { return new Context(type, scope, 0, 0, false, false); }
    }

    private final SourceFile file;
    private final SymtableChecks table;
    private final FutureChecks.Future future;
    private final PatternChecks patterns;

    CompilerChecks(SourceFile file, SymtableChecks table, FutureChecks.Future future) {
        this.file = file;
        this.table = table;
        this.future = future;
        this.patterns = new PatternChecks(this);
    }

    RuntimeException error(Pos pos, String message) { return Errors.at(file, pos, message); }

    void stmts(List<Stmt> body, Context cx) {
        for (Stmt s : body) stmt(s, cx);
    }

    private void stmt(Stmt s, Context cx) {
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), ScopeType.FUNCTION, cx);
            case Stmt.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), ScopeType.ASYNC_FUNCTION, cx);
            case Stmt.ClassDef k -> {
                for (Expr e : k.decoratorList()) expr(e, cx);
                stmts(k.body(), Context.of(ScopeType.CLASS, null));
                callArguments(s.pos(), k.bases(), k.keywords(), cx);
                store(k.name(), s.pos());
            }
            case Stmt.Return r -> {
                if (!cx.inFunction()) throw error(s.pos(), "'return' outside function");
                if (r.value() != null && cx.scope().coroutine && cx.scope().generator) {
                    throw error(s.pos(), "'return' with value in async generator");
                }
                if (r.value() != null) expr(r.value(), cx);
                if (cx.starInFunction()) {
                    boolean atValue = r.value() instanceof Expr.Constant c && c.pos().lineno() == s.pos().lineno();
                    throw exceptStar(atValue ? r.value().pos() : s.pos());
                }
            }
            case Stmt.Break b -> {
                if (cx.starSinceLoop()) throw exceptStar(s.pos());
                if (cx.loops() == 0) throw error(s.pos(), "'break' outside loop");
            }
            case Stmt.Continue k -> {
                if (cx.starSinceLoop()) throw exceptStar(s.pos());
                if (cx.loops() == 0) throw error(s.pos(), "'continue' not properly in loop");
            }
            case Stmt.For f -> loop(s, f.iter(), f.target(), f.body(), f.orelse(), cx);
            case Stmt.AsyncFor f -> {
                if (cx.type() != ScopeType.ASYNC_FUNCTION) throw error(s.pos(), "'async for' outside async function");
                loop(s, f.iter(), f.target(), f.body(), f.orelse(), cx);
            }
            case Stmt.While w -> {
                expr(w.test(), cx);
                stmts(w.body(), nested(s, cx.loop()));
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
            case Stmt.AnnAssign a -> annotatedAssignment(a, cx);
            case Stmt.With w -> {
                for (var item : w.items()) withItem(item, cx);
                stmts(w.body(), nested(s, cx.block()));
            }
            case Stmt.AsyncWith w -> {
                if (cx.type() != ScopeType.ASYNC_FUNCTION) throw error(s.pos(), "'async with' outside async function");
                for (var item : w.items()) withItem(item, cx);
                stmts(w.body(), nested(s, cx.block()));
            }
            case Stmt.Try t -> tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), false, cx);
            case Stmt.TryStar t -> tryStmt(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), true, cx);
            case Stmt.Import i -> {
                for (Alias a : i.names()) store(a.asname() != null ? a.asname() : a.name().split("\\.")[0], s.pos());
            }
            case Stmt.ImportFrom i -> {
                if (FutureChecks.isFuture(i) && s.pos().lineno() > future.line()) {
                    throw error(s.pos(), "from __future__ imports must occur at the beginning of the file");
                }
                for (Alias a : i.names()) if (!a.name().equals("*")) store(a.asname() != null ? a.asname() : a.name(), s.pos());
            }
            case Stmt.Match m -> {
                expr(m.subject(), cx);
                for (int i = 0; i < m.cases().size(); i++) {
                    MatchCase c = m.cases().get(i);
                    patterns.check(c.pattern(), c.guard() != null || i == m.cases().size() - 1, cx);
                    if (c.guard() != null) expr(c.guard(), cx);
                    stmts(c.body(), cx);
                }
            }
            default -> generic(s, cx);
        }
    }

    /**
     * The assignment first; then, without a value, what an attribute or subscript target reads. The
     * annotation is evaluated only in a module or class body, and never under the annotations future.
     */
    private void annotatedAssignment(Stmt.AnnAssign a, Context cx) {
        if (a.value() != null) {
            expr(a.value(), cx);
            target(a.target(), cx);
        }
        boolean evaluated = !future.annotations() && (cx.type() == ScopeType.MODULE || cx.type() == ScopeType.CLASS);
        switch (a.target()) {
            case Expr.Name n -> {
                store(n.id(), a.pos());
                if (a.simple() == 1 && evaluated) expr(a.annotation(), cx);
            }
            case Expr.Attribute t -> {
                if (a.value() == null) expr(t.value(), cx);
            }
            case Expr.Subscript t -> {
                if (a.value() == null) {
                    expr(t.value(), cx);
                    expr(t.slice(), cx);
                }
            }
            default -> { }
        }
        if (a.simple() == 0 && evaluated) expr(a.annotation(), cx);
    }

    private RuntimeException exceptStar(Pos pos) {
        return error(pos, "'break', 'continue' and 'return' cannot appear in an except* block");
    }

    /** A name bound by a statement ({@code def}, {@code class}, {@code import}): the error is at the statement. */
    void store(String name, Pos at) {
        if (name != null && name.equals("__debug__")) throw error(at, "cannot assign to __debug__");
    }

    private Context nested(Stmt s, Context inner) {
        if (inner.blocks() > MAX_BLOCKS) throw error(s.pos(), "too many statically nested blocks");
        return inner;
    }

    private void loop(Stmt s, Expr iter, Expr target, List<Stmt> body, List<Stmt> orelse, Context cx) {
        expr(iter, cx);
        Context inner = nested(s, cx.loop());
        target(target, inner);
        stmts(body, inner);
        stmts(orelse, cx);
    }

    private void withItem(dev.waspy.frontend.syntax.ast.WithItem item, Context cx) {
        expr(item.contextExpr(), cx);
        if (item.optionalVars() != null) target(item.optionalVars(), cx);
    }

    private void tryStmt(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin,
            boolean star, Context cx) {
        Context inner = nested(s, cx.block());
        stmts(body, inner);
        stmts(orelse, cx);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) expr(h.type(), cx);
            store(h.name(), h.pos());
            stmts(h.body(), star ? nested(s, cx.exceptStar()) : inner);
        }
        stmts(fin, inner);
    }

    private void function(Stmt s, String name, Arguments args, List<Expr> decorators, Expr returns, List<Stmt> body,
            ScopeType type, Context cx) {
        debugArgs(args, s.pos());
        for (Expr d : decorators) expr(d, cx);
        defaultsAndAnnotations(args, cx);
        if (returns != null && !future.annotations()) expr(returns, cx);
        stmts(body, Context.of(type, table.scopeOf(s)));
        store(name, s.pos());
    }

    private void defaultsAndAnnotations(Arguments args, Context cx) {
        for (Expr d : args.defaults()) expr(d, cx);
        for (Expr d : args.kwDefaults()) if (d != null) expr(d, cx);
        var annotated = new ArrayList<Arg>(args.args());
        annotated.addAll(args.posonlyargs());
        if (args.vararg() != null) annotated.add(args.vararg());
        annotated.addAll(args.kwonlyargs());
        if (args.kwarg() != null) annotated.add(args.kwarg());
        if (future.annotations()) return;
        for (Arg a : annotated) {
            // *args: *Ts (a TypeVarTuple) is the one starred annotation.
            Expr ann = a == args.vararg() && a.annotation() instanceof Expr.Starred s ? s.value() : a.annotation();
            if (ann != null) expr(ann, cx);
        }
    }

    /** No parameter may be called {@code __debug__}; the error is at the def or lambda. */
    private void debugArgs(Arguments args, Pos at) {
        var all = new ArrayList<Arg>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) all.add(args.kwarg());
        for (Arg a : all) store(a.arg(), at);
    }

    /** Positional and keyword arguments of a call or class: keywords are validated first. */
    private void callArguments(Pos at, List<Expr> args, List<Keyword> keywords, Context cx) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) continue;
            store(name, at);
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) throw error(keywords.get(j).pos(), "keyword argument repeated: " + name);
            }
        }
        elements(args, cx);
        for (Keyword k : keywords) expr(k.value(), cx);
    }

    /** Elements of a display or call, where a starred expression is at home. */
    private void elements(List<Expr> elts, Context cx) {
        for (Expr e : elts) expr(e instanceof Expr.Starred s ? s.value() : e, cx);
    }

    /** An assignment target: a starred name must sit in a list or tuple, and only one in each. */
    void target(Expr t, Context cx) {
        switch (t) {
            case Expr.Starred s -> throw error(s.pos(), "starred assignment target must be in a list or tuple");
            case Expr.Tuple tu -> unpack(tu.elts(), t, cx);
            case Expr.List l -> unpack(l.elts(), t, cx);
            default -> expr(t, cx);
        }
    }

    private void unpack(List<Expr> elts, Expr whole, Context cx) {
        boolean seen = false;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred s) {
                if (seen) throw error(whole.pos(), "multiple starred expressions in assignment");
                if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error(whole.pos(), "too many expressions in star-unpacking assignment");
                }
                seen = true;
            }
        }
        for (Expr e : elts) target(e instanceof Expr.Starred s ? s.value() : e, cx);
    }

    void expr(Expr e, Context cx) {
        switch (e) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__") && n.ctx() == ExprContext.Store) throw error(n.pos(), "cannot assign to __debug__");
                if (n.id().equals("__debug__") && n.ctx() == ExprContext.Del) throw error(n.pos(), "cannot delete __debug__");
            }
            case Expr.Attribute a -> {
                expr(a.value(), cx);
                if (a.attr().equals("__debug__") && a.ctx() == ExprContext.Store) throw error(a.pos(), "cannot assign to __debug__");
            }
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) throw error(s.pos(), "starred assignment target must be in a list or tuple");
                throw error(s.pos(), "can't use starred expression here");
            }
            case Expr.Tuple t -> {
                if (t.ctx() == ExprContext.Load) elements(t.elts(), cx);
                else target(t, cx);
            }
            case Expr.List l -> {
                if (l.ctx() == ExprContext.Load) elements(l.elts(), cx);
                else target(l, cx);
            }
            case Expr.Set s -> elements(s.elts(), cx);
            case Expr.Call c -> {
                expr(c.func(), cx);
                callArguments(c.pos(), c.args(), c.keywords(), cx);
            }
            case Expr.NamedExpr n -> {
                expr(n.value(), cx);
                expr(n.target(), cx);
            }
            case Expr.Lambda l -> {
                debugArgs(l.args(), l.pos());
                for (Expr d : l.args().defaults()) expr(d, cx);
                for (Expr d : l.args().kwDefaults()) if (d != null) expr(d, cx);
                expr(l.body(), Context.of(ScopeType.LAMBDA, table.scopeOf(l)));
            }
            case Expr.Yield y -> {
                if (!cx.inFunction()) throw error(y.pos(), "'yield' outside function");
                if (y.value() != null) expr(y.value(), cx);
            }
            case Expr.YieldFrom y -> {
                if (!cx.inFunction()) throw error(y.pos(), "'yield' outside function");
                if (cx.type() == ScopeType.ASYNC_FUNCTION) throw error(y.pos(), "'yield from' inside async function");
                expr(y.value(), cx);
            }
            case Expr.Await a -> {
                if (!cx.inFunction()) throw error(a.pos(), "'await' outside function");
                if (cx.type() != ScopeType.ASYNC_FUNCTION && cx.type() != ScopeType.COMPREHENSION) {
                    throw error(a.pos(), "'await' outside async function");
                }
                expr(a.value(), cx);
            }
            case Expr.ListComp k -> comprehension(e, false, k.generators(), cx, k.elt());
            case Expr.SetComp k -> comprehension(e, false, k.generators(), cx, k.elt());
            case Expr.DictComp k -> comprehension(e, false, k.generators(), cx, k.key(), k.value());
            case Expr.GeneratorExp k -> comprehension(e, true, k.generators(), cx, k.elt());
            default -> generic(e, cx);
        }
    }

    /** The body first (in the comprehension's own scope), then the first iterable outside it. */
    private void comprehension(Expr e, boolean genexp, List<Comprehension> gens, Context cx, Expr... elts) {
        SymtableChecks.Scope scope = table.scopeOf(e);
        if (scope.coroutine && !genexp && cx.type() != ScopeType.ASYNC_FUNCTION && cx.type() != ScopeType.COMPREHENSION) {
            throw error(e.pos(), "asynchronous comprehension outside of an asynchronous function");
        }
        Context inner = Context.of(ScopeType.COMPREHENSION, scope);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) expr(g.iter(), inner);
            target(g.target(), inner);
            for (Expr c : g.ifs()) expr(c, inner);
        }
        for (Expr x : elts) expr(x, inner);
        expr(gens.get(0).iter(), cx);
    }

    private void generic(Node n, Context cx) {
        for (Node k : AstChildren.of(n)) {
            switch (k) {
                case Stmt s -> stmt(s, cx);
                case Expr e -> expr(e, cx);
                default -> generic(k, cx);
            }
        }
    }
}
