package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.FrozenConstants;

import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import java.util.ArrayList;
import java.util.List;

/**
 * List, tuple, dict and set displays: a new container from the runtime, filled item by item.
 * Items are boxed objects, as everywhere on the generic path.
 */
final class Displays {
    private Displays() {}

    /** {@code [a, *b, c]}: a list pointer; a starred item extends it with any iterable (sys.stdin a line at a time). */
    static Temp list(GenericFunction f, List<Expr> elts) {
        Emitter em = f.em;
        Temp l = em.rt("rt_list_empty", IrType.LIST);
        for (Expr e : elts) {
            if (!(e instanceof Expr.Starred s)) em.rt("rt_list_append", IrType.NONE, l, f.ex.value(e));
            else if (Sources.loopOnly(s.value(), f::resolve)) f.comps.forEach(s.value(), x -> em.rt("rt_list_append", IrType.NONE, l, x));
            else em.rt("rt_list_extend_iter", IrType.NONE, l, f.ex.value(s.value()));
        }
        return l;
    }

    /** {@code (a, b)}, boxed; {@code (*a, b)} is built as a list, then copied into a tuple. */
    static Temp tuple(GenericFunction f, List<Expr> elts) {
        if (elts.stream().noneMatch(e -> e instanceof Expr.Starred)) return f.em.box(f.em.tuple(f.ex.values(elts)));
        // A tuple of unknown length: typed tuple[()] and boxed at once, as the typed path does.
        return f.em.box(f.em.rt("rt_tuple_from_list", IrType.tuple(List.of()), list(f, elts)));
    }

    /**
     * CPython's {@code STACK_USE_GUIDELINE}: a display of more items than this is built empty and
     * filled as each item is evaluated, rather than from all its items at once.
     */
    private static final int STACK_USE_GUIDELINE = 30;

    /** USABLE_FRACTION(PyDict_MINSIZE): a display of more pairs, evaluated at once, gets a presized table. */
    private static final int PRESIZED_FROM = 5;

    /** How many pairs a dict display evaluates before it stores them one by one: the chunks of CPython's {@code compiler_dict}. */
    private static final int DICT_CHUNK = STACK_USE_GUIDELINE / 2 + 2;

    /**
     * {@code {k: v, ...}} in CPython's order of steps: whole chunks of {@link #DICT_CHUNK} pairs
     * stored as each pair is evaluated ({@code MAP_ADD}), and so is a rest of more than half the
     * guideline; a smaller rest is evaluated first and then stored in order ({@code BUILD_MAP}). Which error a display with an unhashable key and a
     * failing item raises depends on it, and no more than a chunk of values is live at once.
     */
    static Temp dict(GenericFunction f, Expr.Dict d) {
        Emitter em = f.em;
        int n = d.keys().size();
        int incremental = n / DICT_CHUNK * DICT_CHUNK;
        if ((n - incremental) * 2 > STACK_USE_GUIDELINE) incremental = n;
        // A display built from its pairs at once is presized for them when it has more than five,
        // with a table for str keys only when all are strs (_PyDict_FromItems): the layout, and so
        // what a loop that changes the dict sees, depends on it.
        if (incremental == 0 && n > PRESIZED_FROM) return em.rt("rt_dict_from_items", IrType.DICT, em.tuple(pairs(f, d, 0, n)));
        Temp m = em.rt("rt_dict_new", IrType.DICT);
        for (int i = 0; i < incremental; i++) {
            Temp k = f.ex.value(d.keys().get(i));
            em.rt("rt_dict_set", IrType.NONE, m, k, f.ex.value(d.values().get(i)));
        }
        List<Temp> kv = pairs(f, d, incremental, n);
        for (int i = 0; i < kv.size(); i += 2) em.rt("rt_dict_set", IrType.NONE, m, kv.get(i), kv.get(i + 1));
        return m;
    }

    /** The keys and values of pairs {@code from} to {@code to}, evaluated in order, alternating. */
    private static List<Temp> pairs(GenericFunction f, Expr.Dict d, int from, int to) {
        var kv = new ArrayList<Temp>();
        for (int i = from; i < to; i++) {
            kv.add(f.ex.value(d.keys().get(i)));
            kv.add(f.ex.value(d.values().get(i)));
        }
        return kv;
    }

    /**
     * {@code {a, b}}: items evaluated, then added in order, as BUILD_SET. With starred items, as
     * CPython compiles them: the set is built from the items before the first star, then each
     * further item is added, and each starred iterable merged ({@code SET_UPDATE}), in order. A
     * display of more than {@link #STACK_USE_GUIDELINE} items adds each item as it is evaluated.
     */
    static Temp set(GenericFunction f, List<Expr> elts) {
        Emitter em = f.em;
        if (elts.size() > 2 && elts.stream().allMatch(FrozenConstants::foldedConstant)) return constantSet(f, elts);
        int star = 0;
        while (elts.size() <= STACK_USE_GUIDELINE && star < elts.size() && !(elts.get(star) instanceof Expr.Starred)) star++;
        List<Temp> items = f.ex.values(elts.subList(0, star));
        Temp s = em.rt("rt_set_new", IrType.SET);
        for (Temp x : items) em.rt("rt_set_add", IrType.NONE, s, x);
        for (Expr e : elts.subList(star, elts.size())) {
            if (e instanceof Expr.Starred st) em.rt("rt_set_update", IrType.NONE, s, f.ex.value(st.value()));
            else em.rt("rt_set_add", IrType.NONE, s, f.ex.value(e));
        }
        return s;
    }

    /**
     * A display of three or more constants: CPython compiles it to a frozenset constant
     * ({@link #frozen}) merged into a new set, so the table order is that of those steps, not of
     * adding the items one by one.
     */
    private static Temp constantSet(GenericFunction f, List<Expr> elts) {
        Emitter em = f.em;
        Temp s = em.rt("rt_set_new", IrType.SET);
        em.rt("rt_set_update", IrType.NONE, s, em.box(frozen(f, elts)));
        return s;
    }

    /**
     * The frozenset constant CPython makes of a display of constants, as a set: built from the items
     * (an equal constant seen before in the function is reused, with the order of its own items;
     * equal constants of a module are merged into the first one), then copied item by item as
     * frozenset(tuple) does.
     */
    static Temp frozen(GenericFunction f, List<Expr> elts) {
        Emitter em = f.em;
        List<Expr> items = f.program.frozenConstants.itemsFor(elts);
        Temp built = em.rt("rt_set_new", IrType.SET);
        for (Expr e : items) em.rt("rt_set_add", IrType.NONE, built, f.ex.value(e));
        Temp frozen = em.rt("rt_set_new", IrType.SET);
        f.comps.forEachItem(em.box(built), x -> em.rt("rt_set_add", IrType.NONE, frozen, x));
        return frozen;
    }
}
