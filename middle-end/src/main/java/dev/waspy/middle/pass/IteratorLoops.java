package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Analyses;
import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link RangeLoops} and {@link ListLoops} share: the scalar replacement of an iterator that
 * only a loop sees. An iterator made by {@code rt_obj_iter} whose every use is an
 * {@code rt_iter_step} or an {@code rt_iter_value} is replaced by two new {@code int} variables,
 * the position of the next item and that of the current one: the subclass says where the
 * iteration starts, how a step tests and advances the position, and how the current item is read.
 * mem2reg, which must run after, gives the variables their phis.
 */
abstract class IteratorLoops<S> implements FunctionPass {
    /** A loop's two variables: the position of the next item, and that of the item the last step took. */
    record Position(Var.Local next, Var.Local current) {}

    @Override public Preserved preserves() { return Preserved.controlFlow(Analyses.CALL_GRAPH); }

    /** Where the iterated value comes from, given the definitions of the function's values; null when not this pass's kind. */
    abstract S source(Inst.RtCall iter, Map<Temp, Inst> defs, Map<Temp, List<Inst>> users);

    /** An instruction the iteration no longer needs (the making of the iterated object), or null. */
    Inst dropped(S source) { return null; }

    /** The instructions replacing {@code rt_obj_iter}: the first position into {@code p.next()}. */
    abstract void start(IrFunction f, S source, Position p, List<Inst> out);

    /** The instructions replacing a step, which defines {@code more}: test the position, store the next one and the current one. */
    abstract void step(IrFunction f, S source, Position p, Temp more, List<Inst> out);

    /** The instructions replacing a read of the current item into {@code item}. */
    abstract void item(IrFunction f, S source, Position p, Temp item, List<Inst> out);

    @Override
    public final boolean run(IrFunction f, PassContext ctx) {
        Map<Temp, Inst> defs = new HashMap<>();
        Map<Temp, List<Inst>> users = new HashMap<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (i.def() != null) defs.put(i.def(), i);
                for (Temp u : i.uses()) users.computeIfAbsent(u, k -> new ArrayList<>()).add(i);
            }
            for (Temp u : b.terminator().uses()) users.computeIfAbsent(u, k -> new ArrayList<>()).add(null);
        }
        var found = new ArrayList<Inst.RtCall>();
        var sources = new ArrayList<S>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (!(i instanceof Inst.RtCall iter) || !rt(iter, "rt_obj_iter")) continue;
                List<Inst> uses = users.getOrDefault(iter.dst(), List.of());
                if (!uses.stream().allMatch(u -> rt(u, "rt_iter_step") || rt(u, "rt_iter_value"))) continue;
                S source = source(iter, defs, users);
                if (source == null) continue;
                found.add(iter);
                sources.add(source);
            }
        }
        for (int k = 0; k < found.size(); k++) rewrite(f, found.get(k), sources.get(k));
        ctx.count(name() + ".rewritten", found.size());
        return !found.isEmpty();
    }

    private void rewrite(IrFunction f, Inst.RtCall iter, S source) {
        int n = f.locals().size();
        String prefix = "$" + name().substring(0, name().indexOf('-')) + n;
        var p = new Position(f.addLocal(prefix + ".next", IrType.INT), f.addLocal(prefix + ".current", IrType.INT));
        for (Block b : f.blocks()) {
            var out = new ArrayList<Inst>(b.insts().size());
            for (Inst i : b.insts()) {
                if (i == dropped(source)) continue;
                if (i == iter) start(f, source, p, out);
                else if (!(i instanceof Inst.RtCall c) || c.args().isEmpty() || !c.args().get(0).equals(iter.dst())) out.add(i);
                else if (rt(c, "rt_iter_step")) step(f, source, p, c.dst(), out);
                else item(f, source, p, c.dst(), out);
            }
            b.insts().clear();
            b.insts().addAll(out);
        }
    }

    static boolean rt(Inst i, String name) {
        return i instanceof Inst.RtCall c && c.function().name().equals(name);
    }
}
