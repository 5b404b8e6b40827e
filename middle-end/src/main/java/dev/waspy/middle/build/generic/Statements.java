package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.syntax.ast.Arg;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.middle.rt.RuntimeTypeIds;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Statements: assignments to every supported target, {@code if}, loops with {@code break},
 * {@code continue} and {@code else}, {@code return}, and the run-time part of a {@code def}.
 */
final class Statements {
    private final GenericFunction f;
    private final Emitter em;

    Statements(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Expr e -> f.ex.value(e.value());
            case Stmt.Assign a -> {
                Temp v = f.ex.value(a.value());
                for (Expr t : a.targets()) assign(t, v);
            }
            case Stmt.AnnAssign a -> { if (a.value() != null) assign(a.target(), f.ex.value(a.value())); }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.If i -> {
                Temp c = f.ex.cond(i.test());
                Block then = em.block();
                Block orelse = em.block();
                Block after = em.block();
                em.branch(c, then, orelse);
                em.at(then);
                stmts(i.body());
                em.jumpTo(after);
                em.at(orelse);
                stmts(i.orelse());
                em.jumpTo(after);
                em.at(after);
            }
            case Stmt.While w -> loop(exhausted -> {
                Block more = em.block();
                em.branch(f.ex.cond(w.test()), more, exhausted);
                em.at(more);
                return null;
            }, item -> { }, w.body(), w.orelse());
            case Stmt.For l -> forLoop(l);
            case Stmt.Break b -> f.exceptions.leave(fr -> fr instanceof GenericFunction.Loop,
                    fr -> new Terminator.Jump(((GenericFunction.Loop) fr).breakTo()));
            case Stmt.Continue c -> f.exceptions.leave(fr -> fr instanceof GenericFunction.Loop,
                    fr -> new Terminator.Jump(((GenericFunction.Loop) fr).continueTo()));
            case Stmt.Return r -> {
                Temp v = r.value() == null ? em.none() : f.ex.value(r.value());
                f.exceptions.leave(fr -> false, fr -> new Terminator.Return(v));
            }
            case Stmt.Try t -> f.exceptions.tryStmt(t);
            case Stmt.Raise r -> f.exceptions.raise(r);
            case Stmt.Assert a -> f.exceptions.assertStmt(a);
            case Stmt.With w -> f.exceptions.withStmt(w, 0);
            case Stmt.ClassDef c when f.program.scopes.classes().containsKey(c.name())
                    && f.program.scopes.classes().get(c.name()).def() == c -> f.classes.classStmt(c);
            case Stmt.ClassDef c -> f.exceptions.define(c);
            case Stmt.Delete d -> { for (Expr t : d.targets()) delete(t); }
            case Stmt.FunctionDef d -> defaults(d);
            case Stmt.Match m -> f.matches.match(m);
            case Stmt.Pass p -> { }
            case Stmt.Global g -> { }
            case Stmt.Import i -> { } // import sys: sys.exit is resolved statically; import typing: annotations only
            case Stmt.ImportFrom i -> { } // from typing / __future__: read at compile time
            default -> throw new IllegalStateException("Refusals let through " + s.getClass().getSimpleName());
        }
    }

    /**
     * {@code del target}: a name is read first (unbound, it raises as a read does) then unbound,
     * a store of an {@code undef} that {@code BindChecks} turns into clearing its flag; a tuple or
     * list deletes its items left to right.
     */
    private void delete(Expr t) {
        switch (t) {
            case Expr.Name n -> {
                em.load(f.var(n.id()));
                em.store(f.var(n.id()), em.undef());
            }
            case Expr.Tuple tu -> tu.elts().forEach(this::delete);
            case Expr.List l -> l.elts().forEach(this::delete);
            case Expr.Subscript sub -> {
                Subscript at = subscript(sub);
                if (at.bounds() != null) em.rt("rt_obj_delslice", IrType.NONE, at.container(), at.bounds()[0], at.bounds()[1], at.bounds()[2]);
                else em.rt("rt_obj_delitem", IrType.NONE, at.container(), at.key());
            }
            case Expr.Attribute a -> em.rt("rt_obj_delattr", IrType.NONE, f.ex.value(a.value()), em.str(a.attr()));
            default -> throw new IllegalStateException("Refusals let through del of " + t.getClass().getSimpleName());
        }
    }

    /** A {@code def} runs at module level: it evaluates its non-constant defaults into hidden globals. */
    private void defaults(Stmt.FunctionDef d) {
        var a = d.args();
        int first = a.args().size() - a.defaults().size();
        for (int i = 0; i < a.defaults().size(); i++) {
            Expr dflt = a.defaults().get(i);
            if (ScopeAnalysis.isConstant(dflt)) continue;
            Arg p = a.args().get(first + i);
            em.store(f.program.global(ScopeAnalysis.defaultSlot(d.name(), p.arg())), f.ex.value(dflt));
        }
    }

    /**
     * <pre>
     * head: item = next, or goto orelse
     *       bind item; ...; goto head          (continue: head, break: after)
     * orelse: ...; goto after
     * </pre>
     */
    private void loop(Sources.Step step, Consumer<Temp> bind, List<Stmt> body, List<Stmt> orelse) {
        Block head = em.block();
        Block orelseBlock = em.block();
        Block after = em.block();
        em.jumpTo(head);
        em.at(head);
        bind.accept(step.next(orelseBlock));
        f.frames.push(new GenericFunction.Loop(head, after));
        stmts(body);
        em.jumpTo(head);
        f.frames.pop();
        em.at(orelseBlock);
        stmts(orelse);
        em.jumpTo(after);
        em.at(after);
    }

    /** {@code for}: the items of {@link Sources#of} the iterable, each assigned to the target. */
    private void forLoop(Stmt.For l) {
        loop(f.sources.ofLoop(l.iter()), item -> assign(l.target(), item), l.body(), l.orelse());
    }

    /** Stores {@code v} into an assignment target. */
    void assign(Expr target, Temp v) {
        switch (target) {
            case Expr.Name n -> em.store(f.var(n.id()), v);
            case Expr.Tuple t -> unpack(t.elts(), v);
            case Expr.List l -> unpack(l.elts(), v);
            case Expr.Subscript sub -> store(subscript(sub), v);
            case Expr.Attribute a -> em.rt("rt_obj_setattr", IrType.NONE, f.ex.value(a.value()), em.str(a.attr()), v);
            default -> throw new IllegalStateException("Refusals let through target " + target.getClass().getSimpleName());
        }
    }

    /** A subscript target, evaluated: its container, then its key or its slice's three bounds (null when absent). */
    private record Subscript(Temp container, Temp key, Temp[] bounds) {}

    private Subscript subscript(Expr.Subscript sub) {
        Temp c = f.ex.value(sub.value());
        if (sub.slice() instanceof Expr.Slice sl) return new Subscript(c, null, f.ex.bounds(sl));
        return new Subscript(c, f.ex.value(sub.slice()), null);
    }

    private void store(Subscript at, Temp v) {
        if (at.bounds() != null) em.rt("rt_obj_setslice", IrType.NONE, at.container(), at.bounds()[0], at.bounds()[1], at.bounds()[2], v);
        else em.rt("rt_obj_setitem", IrType.NONE, at.container(), at.key(), v);
    }

    private Temp load(Subscript at) {
        if (at.bounds() != null) return em.rt("rt_obj_getslice", IrType.OBJ, at.container(), at.bounds()[0], at.bounds()[1], at.bounds()[2]);
        return em.rt("rt_obj_getitem", IrType.OBJ, at.container(), at.key());
    }

    /**
     * {@code a, b = v} by iterating {@code v} as CPython's UNPACK_SEQUENCE does: every item is
     * taken, and the iterator checked exhausted, before the first store.
     */
    private void unpack(List<Expr> targets, Temp v) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                unpackStarred(targets, i, v);
                return;
            }
        }
        int n = targets.size();
        List<Temp> known = em.tupleItems(v);
        if (known != null && known.size() == n) {
            // A tuple built here of exactly n items (a, b = b, a; enumerate's and zip's pairs):
            // iterating it would give these items, in order, and then stop.
            for (int i = 0; i < n; i++) assign(targets.get(i), known.get(i));
            return;
        }
        checkUnpackable(v);
        Temp it = em.rt("rt_obj_iter", IrType.OBJ, v);
        var items = new ArrayList<Temp>();
        for (int i = 0; i < n; i++) {
            Block ok = em.block();
            Block short_ = em.block();
            em.branch(em.rt("rt_iter_step", IrType.BOOL, it), ok, short_);
            em.at(short_);
            em.raise("ValueError", "not enough values to unpack (expected " + n + ", got " + i + ")");
            em.at(ok);
            items.add(em.rt("rt_iter_value", IrType.OBJ, it));
        }
        Block extra = em.block();
        Block done = em.block();
        em.branch(em.rt("rt_iter_step", IrType.BOOL, it), extra, done);
        em.at(extra);
        em.raise("ValueError", "too many values to unpack (expected " + n + ")");
        em.at(done);
        for (int i = 0; i < n; i++) assign(targets.get(i), items.get(i));
    }

    /** The built-in types that cannot be iterated. */
    private static final List<Integer> NOT_ITERABLE = List.of(RuntimeTypeIds.NONE, RuntimeTypeIds.BOOL, RuntimeTypeIds.INT,
            RuntimeTypeIds.FLOAT);

    /** Unpacking a value that is not iterable raises "cannot unpack non-iterable int object", not iter()'s message. */
    private void checkUnpackable(Temp v) {
        Block bad = em.block();
        Block ok = em.block();
        em.branch(em.rt("rt_obj_isinstance", IrType.BOOL, v, em.smallInt(TypeErrors.bits(NOT_ITERABLE))), bad, ok);
        em.at(bad);
        TypeErrors.raise(em, v, "cannot unpack non-iterable ", " object");
        em.at(ok);
    }

    /**
     * {@code a, *b, c = v}: all the items in a list (as CPython's unpack_iterable, which takes
     * them all before any store), at least one per plain target, the starred one gets the list
     * of those in between.
     */
    private void unpackStarred(List<Expr> targets, int star, Temp v) {
        int before = star;
        int after = targets.size() - star - 1;
        checkUnpackable(v);
        Temp items = em.box(em.rt("rt_obj_to_list", IrType.LIST, v));
        Temp n = em.rt("rt_obj_len", IrType.INT, items);
        Block ok = em.block();
        Block few = em.block();
        em.branch(em.prim(Prim.INT_GE, n, em.smallInt(before + after)), ok, few);
        em.at(few);
        Temp msg = em.prim(Prim.STR_CONCAT, em.str("not enough values to unpack (expected at least " + (before + after) + ", got "),
                em.prim(Prim.INT_STR, n));
        em.terminate(new Terminator.Raise("ValueError", em.prim(Prim.STR_CONCAT, msg, em.str(")"))));
        em.at(ok);
        var values = new ArrayList<Temp>();
        for (int i = 0; i < before; i++) values.add(em.rt("rt_obj_getitem", IrType.OBJ, items, em.box(em.smallInt(i))));
        Temp stop = after == 0 ? em.none() : em.box(em.smallInt(-after));
        values.add(em.rt("rt_obj_getslice", IrType.OBJ, items, em.box(em.smallInt(before)), stop, em.none()));
        for (int i = 0; i < after; i++) values.add(em.rt("rt_obj_getitem", IrType.OBJ, items, em.box(em.smallInt(i - after))));
        for (int i = 0; i < targets.size(); i++) {
            Expr t = targets.get(i);
            assign(t instanceof Expr.Starred s ? s.value() : t, values.get(i));
        }
    }

    /**
     * {@code x op= v}: the in-place runtime operation where a mutable value may change in place
     * ({@code +=} on a list), the binary operator otherwise. A subscript target evaluates its
     * container and key (or slice bounds) once.
     */
    private void augAssign(Stmt.AugAssign a) {
        switch (a.target()) {
            case Expr.Name n -> {
                Temp old = em.load(f.var(n.id()));
                Temp v = f.ex.value(a.value());
                em.store(f.var(n.id()), inplace(a.op(), old, v));
            }
            case Expr.Subscript sub -> {
                Subscript at = subscript(sub);
                Temp old = load(at);
                Temp v = f.ex.value(a.value());
                store(at, inplace(a.op(), old, v));
            }
            case Expr.Attribute at -> {
                Temp o = f.ex.value(at.value());
                Temp old = em.rt("rt_obj_getattr", IrType.OBJ, o, em.str(at.attr()));
                Temp v = f.ex.value(a.value());
                em.rt("rt_obj_setattr", IrType.NONE, o, em.str(at.attr()), inplace(a.op(), old, v));
            }
            default -> throw new IllegalStateException("Refusals let through augmented target");
        }
    }

    private Temp inplace(Operator op, Temp a, Temp b) {
        String rt = switch (op) {
            case Add -> "rt_obj_iadd";
            case Sub -> "rt_obj_isub";
            case Mult -> "rt_obj_imul";
            case BitAnd -> "rt_obj_iand";
            case BitOr -> "rt_obj_ior";
            case BitXor -> "rt_obj_ixor";
            default -> null;
        };
        if (rt != null) return em.rt(rt, IrType.OBJ, a, b);
        Prim p = Operators.binary(op);
        return em.prim(p, a, b);
    }
}
