package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Comprehensions and generator expressions as nested loops, with no function object: the names
 * their targets bind live in hidden slots of the enclosing function, visible only inside (a scope
 * pushed on {@link GenericFunction#inner}). The first iterable is evaluated outside that scope, as
 * in CPython. A generator expression exists only as the argument of a builtin that consumes it
 * whole or stops early ({@code sum}, {@code any}, ...): its loops run the consumer's body in place,
 * so the interleaving of the generator's and the consumer's effects is CPython's.
 */
final class Comprehensions {
    private final GenericFunction f;
    private final Emitter em;

    Comprehensions(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    /** {@code [elt for ...]} and the set and dict forms: a new container filled by the loops. */
    Temp build(Expr e) {
        return switch (e) {
            case Expr.ListComp l -> {
                Temp list = em.rt("rt_list_empty", IrType.LIST);
                loops(l.generators(), () -> em.rt("rt_list_append", IrType.NONE, list, f.ex.value(l.elt())));
                yield em.box(list);
            }
            case Expr.SetComp s -> {
                Temp set = em.rt("rt_set_new", IrType.SET);
                loops(s.generators(), () -> em.rt("rt_set_add", IrType.NONE, set, f.ex.value(s.elt())));
                yield em.box(set);
            }
            case Expr.DictComp d -> {
                Temp dict = em.rt("rt_dict_new", IrType.DICT);
                loops(d.generators(), () -> {
                    Temp k = f.ex.value(d.key());
                    em.rt("rt_dict_set", IrType.NONE, dict, k, f.ex.value(d.value()));
                });
                yield em.box(dict);
            }
            default -> throw new IllegalStateException("not a comprehension: " + e.getClass().getSimpleName());
        };
    }

    /**
     * Runs {@code body} on each item of {@code source}: the elements of a generator expression, or
     * the items of any other iterable. The body may leave the loops by jumping elsewhere.
     */
    void forEach(Expr source, Consumer<Temp> body) { forEach(source, () -> { }, body); }

    /**
     * {@link #forEach}, running {@code before} once the iterable's iterator exists (a generator
     * expression's first iterable evaluated), before the first item: where CPython evaluates a
     * call's further arguments after its generator-expression argument.
     */
    void forEach(Expr source, Runnable before, Consumer<Temp> body) {
        if (source instanceof Expr.GeneratorExp g) {
            loops(g.generators(), before, () -> body.accept(f.ex.value(g.elt())));
        } else {
            Sources.Step step = f.sources.of(source);
            before.run();
            forEachItem(step, (item, continueTo) -> body.accept(item));
        }
    }

    /** The body of a loop over items: {@code continueTo} goes on to the next item. */
    interface ItemBody {
        void accept(Temp item, Block continueTo);
    }

    /** Runs {@code body} on each item of the iterable object {@code iterable}. */
    void forEachItem(Temp iterable, Consumer<Temp> body) {
        forEachItem(f.sources.ofValue(iterable), (item, continueTo) -> body.accept(item));
    }

    private void forEachItem(Sources.Step step, ItemBody body) {
        Block head = em.block();
        Block after = em.block();
        em.jumpTo(head);
        em.at(head);
        body.accept(step.next(after), head);
        em.jumpTo(head);
        em.at(after);
    }

    private void loops(List<Comprehension> gens, Runnable element) { loops(gens, () -> { }, element); }

    private void loops(List<Comprehension> gens, Runnable before, Runnable element) {
        Sources.Step first = f.sources.ofLoop(gens.get(0).iter());
        before.run();
        Map<String, Var.Local> names = new HashMap<>();
        f.inner.push(names);
        nest(gens, 0, first, names, element);
        f.inner.pop();
    }

    private void nest(List<Comprehension> gens, int i, Sources.Step step, Map<String, Var.Local> names, Runnable element) {
        Comprehension g = gens.get(i);
        bind(g.target(), names);
        forEachItem(step, (item, continueTo) -> {
            f.st.assign(g.target(), item);
            for (Expr cond : g.ifs()) {
                Block pass = em.block();
                em.branch(f.ex.cond(cond), pass, continueTo);
                em.at(pass);
            }
            if (i + 1 < gens.size()) nest(gens, i + 1, f.sources.ofLoop(gens.get(i + 1).iter()), names, element);
            else element.run();
        });
    }

    /** Hidden slots for the names a comprehension target binds. */
    private void bind(Expr target, Map<String, Var.Local> names) {
        switch (target) {
            case Expr.Name n -> names.computeIfAbsent(n.id(), k -> em.hiddenSlot(k + "#", IrType.OBJ));
            case Expr.Tuple t -> t.elts().forEach(x -> bind(x, names));
            case Expr.List l -> l.elts().forEach(x -> bind(x, names));
            default -> { }
        }
    }
}
