package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeTypeIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The builtins that consume an iterable ({@code sum}, {@code any}, {@code all}, {@code min},
 * {@code max}, {@code sorted}, and {@code list}/{@code set} of a generator expression): each is a
 * loop over the items ({@link Comprehensions#forEach}), so a generator expression never exists as
 * an object. Key functions ({@code key=}) are a lambda built in place, a module function or a
 * builtin.
 */
final class Consumers {
    private static final Set<String> REDUCERS = Set.of("sum", "any", "all", "min", "max", "sorted");

    private final GenericFunction f;
    private final Emitter em;

    Consumers(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    /** Whether this call is built here rather than as a plain builtin call. */
    static boolean handles(String name, Expr.Call c, GenericFunction f) {
        if (REDUCERS.contains(name)) return true;
        if (name.equals("tuple")) return true;
        return (name.equals("list") || name.equals("set") || name.equals("frozenset") || name.equals("dict")) && c.args().size() == 1
                && (c.args().get(0) instanceof Expr.GeneratorExp || Sources.loopOnly(c.args().get(0), f::resolve));
    }

    Temp call(String name, Expr.Call c) {
        return switch (name) {
            case "list" -> em.box(collect(c.args().get(0)));
            // A tuple of unknown length: typed tuple[()] and boxed at once, as the typed path does.
            case "tuple" -> em.box(c.args().isEmpty() ? em.tuple(List.of())
                    : em.rt("rt_tuple_from_list", IrType.tuple(List.of()), collect(c.args().get(0))));
            case "dict" -> em.box(em.rt("rt_obj_to_dict", IrType.DICT, em.box(collect(c.args().get(0)))));
            case "set", "frozenset" -> {
                Temp s = em.rt("rt_set_new", IrType.SET);
                f.comps.forEach(c.args().get(0), x -> em.rt("rt_set_add", IrType.NONE, s, x));
                yield name.equals("set") ? em.box(s) : em.rt("rt_set_freeze", IrType.OBJ, s);
            }
            case "sorted" -> {
                Temp l = collect(c.args().get(0));
                sort(l, keyword(c, "key"), keyword(c, "reverse"));
                yield em.box(l);
            }
            case "min", "max" -> minMax(name.equals("max"), c);
            case "sum" -> sum(c);
            default -> reduce(name, c.args().get(0));
        };
    }

    /** A new list of the items of {@code source} (a generator expression or any iterable). */
    Temp collect(Expr source) {
        if (!(source instanceof Expr.GeneratorExp) && !Sources.loopOnly(source, f::resolve)) {
            return em.rt("rt_obj_to_list", IrType.LIST, f.ex.value(source));
        }
        Temp l = em.rt("rt_list_empty", IrType.LIST);
        f.comps.forEach(source, x -> em.rt("rt_list_append", IrType.NONE, l, x));
        return l;
    }

    /**
     * Sorts the list {@code l} in place, stably: by its items, or by {@code key} of each, computed
     * once per item first as CPython does; {@code reverse} is a constant (Refusals).
     */
    void sort(Temp l, Expr key, Expr reverse) {
        Temp rev = em.bool(reverse != null && Boolean.TRUE.equals(((Expr.Constant) reverse).value()));
        if (key == null) {
            em.rt("rt_list_sort", IrType.NONE, l, rev);
            return;
        }
        Temp keys = em.rt("rt_list_empty", IrType.LIST);
        f.comps.forEachItem(em.box(l), x -> em.rt("rt_list_append", IrType.NONE, keys, applyKey(key, x)));
        em.rt("rt_list_sort_keyed", IrType.NONE, l, keys, rev);
    }

    /** A keyword argument's value, or null when absent or None. */
    static Expr keyword(Expr.Call c, String name) {
        for (Keyword k : c.keywords()) {
            if (k.arg().equals(name)) return Expressions.isNone(k.value()) ? null : k.value();
        }
        return null;
    }

    /**
     * {@code max(iterable, key=, default=)} or {@code max(a, b, ..., key=)}: the first item whose key
     * is largest, by {@code key > best} as CPython's min_max ({@code <} for min).
     */
    private Temp minMax(boolean max, Expr.Call c) {
        Expr key = keyword(c, "key");
        Expr dflt = null;
        for (Keyword k : c.keywords()) if (k.arg().equals("default")) dflt = k.value();
        Var.Local best = em.hiddenSlot("j", IrType.OBJ);
        Var.Local bestKey = em.hiddenSlot("j", IrType.OBJ);
        Var.Local seen = em.hiddenSlot("j", IrType.BOOL);
        em.store(seen, em.bool(false));
        Consumer<Temp> consider = x -> {
            Temp k = key == null ? x : applyKey(key, x);
            Block first = em.block();
            Block compare = em.block();
            Block take = em.block();
            Block next = em.block();
            em.branch(em.load(seen), compare, first);
            em.at(first);
            em.store(seen, em.bool(true));
            em.jumpTo(take);
            em.at(compare);
            em.branch(em.prim(max ? Prim.OBJ_GT : Prim.OBJ_LT, k, em.load(bestKey)), take, next);
            em.at(take);
            em.store(best, x);
            em.store(bestKey, k);
            em.jumpTo(next);
            em.at(next);
        };
        String name = max ? "max" : "min";
        if (c.args().size() > 1) {
            f.ex.values(c.args()).forEach(consider);
            return em.load(best);
        }
        // The default is evaluated with the call's arguments, before any item is taken.
        Temp d = dflt == null ? null : f.ex.value(dflt);
        f.comps.forEach(c.args().get(0), consider);
        Block empty = em.block();
        Block done = em.block();
        em.branch(em.load(seen), done, empty);
        em.at(empty);
        if (d == null) {
            em.raise("ValueError", name + "() arg is an empty sequence");
        } else {
            em.store(best, d);
            em.jumpTo(done);
        }
        em.at(done);
        return em.load(best);
    }

    /**
     * {@code sum(iterable, start=0)}: the items added to start in turn. The start (positional or
     * {@code start=}) is evaluated once the iterable's iterator exists, as CPython's arguments are;
     * a str start is CPython's TypeError, raised before any item is taken.
     */
    private Temp sum(Expr.Call c) {
        Expr start = c.args().size() > 1 ? c.args().get(1) : null;
        for (Keyword k : c.keywords()) if (k.arg().equals("start")) start = k.value();
        Expr given = start;
        Var.Local acc = em.hiddenSlot("j", IrType.OBJ);
        Runnable init = () -> {
            if (given == null) {
                em.store(acc, em.box(em.smallInt(0)));
                return;
            }
            Temp s = f.ex.value(given);
            Block str = em.block();
            Block other = em.block();
            em.branch(em.rt("rt_obj_isinstance", IrType.BOOL, s, em.smallInt(RuntimeTypeIds.bits(RuntimeTypeIds.STR))), str, other);
            em.at(str);
            em.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
            em.at(other);
            em.store(acc, s);
        };
        f.comps.forEach(c.args().get(0), init, x -> em.store(acc, em.prim(Prim.OBJ_ADD, em.load(acc), x)));
        return em.load(acc);
    }

    /** {@code any}/{@code all} stop at the first item that decides. */
    private Temp reduce(String name, Expr source) {
        Var.Local acc = em.hiddenSlot("j", IrType.OBJ);
        Block done = em.block();
        switch (name) {
            default -> {
                boolean any = name.equals("any");
                em.store(acc, em.box(em.bool(!any)));
                f.comps.forEach(source, x -> {
                    Block decided = em.block();
                    Block next = em.block();
                    Temp t = em.prim(Prim.OBJ_TRUTHY, x);
                    if (any) em.branch(t, decided, next);
                    else em.branch(t, next, decided);
                    em.at(decided);
                    em.store(acc, em.box(em.bool(any)));
                    em.terminate(new Terminator.Jump(done));
                    em.at(next);
                });
            }
        }
        em.jumpTo(done);
        em.at(done);
        return em.load(acc);
    }

    /** {@code key(x)} for a key function Refusals accepted: a one-parameter lambda, a module function, a builtin. */
    Temp applyKey(Expr key, Temp x) {
        switch (key) {
            case Expr.Lambda l -> {
                Map<String, Var.Local> names = new HashMap<>();
                String param = l.args().args().get(0).arg();
                Var.Local slot = em.hiddenSlot(param + "#", IrType.OBJ);
                names.put(param, slot);
                em.store(slot, x);
                f.inner.push(names);
                Temp r = f.ex.value(l.body());
                f.inner.pop();
                return r;
            }
            case Expr.Name n when f.resolve(n.id()) == Symbol.FUNCTION -> { return em.call(n.id(), List.of(x)); }
            case Expr.Name n -> { return f.calls.apply(n.id(), List.of(x)); }
            case Expr.Attribute a -> { return Methods.callUnbound(f, ((Expr.Name) a.value()).id(), a.attr(), x, a.pos()); }
            default -> throw new IllegalStateException("Refusals let through key " + key.getClass().getSimpleName());
        }
    }

}
