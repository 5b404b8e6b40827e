package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.FrozenConstants;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the items of a loop come from. Any iterable is stepped with {@code rt_obj_iter} /
 * {@code rt_iter_step} / {@code rt_iter_value}; the lazy builtins {@code enumerate}, {@code zip},
 * {@code map} and {@code filter} in an iteration position are not objects but steps composed in
 * place, with CPython's order of effects ({@code zip} stops at the first exhausted argument,
 * having taken an item from those before it).
 */
final class Sources {
    /** The lazy builtins built as steps; Refusals accept them only where something iterates them. */
    static final Set<String> LAZY = Set.of("enumerate", "zip", "map", "filter");

    /** One step of a loop: emits the code producing the next item, going to {@code exhausted} when there is none. */
    interface Step {
        Temp next(Block exhausted);
    }

    private final GenericFunction f;
    private final Emitter em;

    Sources(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    /** Whether {@code e} is a call of a lazy builtin. */
    static boolean lazy(Expr e, java.util.function.Function<String, Symbol> resolve) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && LAZY.contains(n.id())
                && resolve.apply(n.id()) == Symbol.BUILTIN;
    }

    /** Whether {@code e} exists only as the steps of a loop: a lazy builtin's call, or sys.stdin. */
    static boolean loopOnly(Expr e, java.util.function.Function<String, Symbol> resolve) {
        return lazy(e, resolve) || "stdin".equals(SysStreams.sysAttribute(e, resolve));
    }

    /** Evaluates the iterable (creating its iterators) and gives the step over its items. */
    Step of(Expr iterable) {
        if ("stdin".equals(SysStreams.sysAttribute(iterable, f::resolve))) return SysStreams.lines(em);
        if (!lazy(iterable, f::resolve)) return ofValue(f.ex.value(iterable));
        var c = (Expr.Call) iterable;
        String name = ((Expr.Name) c.func()).id();
        return switch (name) {
            case "enumerate" -> enumerate(c);
            case "zip" -> {
                var steps = new ArrayList<Step>();
                for (Expr a : c.args()) steps.add(of(a));
                yield exhausted -> {
                    if (steps.isEmpty()) em.terminate(new Terminator.Jump(exhausted)); // zip(): no items
                    var items = new ArrayList<Temp>();
                    for (Step s : steps) items.add(s.next(exhausted));
                    return em.box(em.tuple(items));
                };
            }
            case "map" -> {
                Expr fn = c.args().get(0);
                Step inner = of(c.args().get(1));
                yield exhausted -> f.consumers.applyKey(fn, inner.next(exhausted));
            }
            default -> filter(c);
        };
    }

    /**
     * The iterable of a {@code for} loop or a comprehension: CPython folds a display of constants
     * there into a frozenset constant (fold_iter), which the loop iterates as it is.
     */
    Step ofLoop(Expr iterable) {
        if (iterable instanceof Expr.Set s && FrozenConstants.isConstantSet(s)) return ofValue(em.box(Displays.frozen(f, s.elts())));
        return of(iterable);
    }

    /** The items of an iterable object. */
    Step ofValue(Temp iterable) {
        Temp it = em.rt("rt_obj_iter", IrType.OBJ, iterable);
        return exhausted -> {
            Block more = em.block();
            em.branch(em.rt("rt_iter_step", IrType.BOOL, it), more, exhausted);
            em.at(more);
            return em.rt("rt_iter_value", IrType.OBJ, it);
        };
    }

    /** {@code enumerate(x, start)}: (count, item) tuples, the count an object incremented by obj.add. */
    private Step enumerate(Expr.Call c) {
        Step inner = of(c.args().get(0));
        Expr startExpr = c.args().size() > 1 ? c.args().get(1) : null;
        for (Keyword k : c.keywords()) startExpr = k.value();
        Var.Local count = em.hiddenSlot("n", IrType.OBJ);
        em.store(count, startExpr == null ? em.box(em.smallInt(0)) : f.ex.value(startExpr));
        return exhausted -> {
            Temp item = inner.next(exhausted);
            Temp n = em.load(count);
            em.store(count, em.prim(Prim.OBJ_ADD, n, em.box(em.smallInt(1))));
            return em.box(em.tuple(List.of(n, item)));
        };
    }

    /** {@code filter(fn, x)}: the items whose {@code fn(item)} (or the item itself, for None) is true. */
    private Step filter(Expr.Call c) {
        Expr fn = c.args().get(0);
        Step inner = of(c.args().get(1));
        return exhausted -> {
            Block retry = em.block();
            Block keep = em.block();
            em.jumpTo(retry);
            em.at(retry);
            Temp item = inner.next(exhausted);
            Temp test = Expressions.isNone(fn) ? item : f.consumers.applyKey(fn, item);
            em.branch(em.prim(Prim.OBJ_TRUTHY, test), keep, retry);
            em.at(keep);
            return item;
        };
    }
}
