package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Analyses;
import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the iteration of a {@code range} that nothing else sees into a counter (the scalar
 * replacement of a range iterator): where a range object is made only to be iterated, and its
 * iterator is only stepped and read, the object and the iterator go, and a hidden variable counts
 * from the start by the step. mem2reg then makes the counter an SSA value, and inference types it
 * {@code int}, so the loop body sees an {@code int} item instead of an {@code object}.
 * <pre>
 * %r: object = rt rt_range_new(%a, %b, %s)     store n, %a     (n and v: new variables, $rangeK.next and .value)
 * %it: object = rt rt_obj_iter(%r)
 * ...                                     =>   %c: int = load n
 * %m: bool = rt rt_iter_step(%it)               %m: bool = int.lt %c, %b      (int.gt for a negative step)
 *                                               store n, int.add %c, %s; store v, %c
 * %x: object = rt rt_iter_value(%it)            %x0: int = load v;  %x: object = box %x0
 * </pre>
 * Only ranges whose step is a constant other than zero qualify: {@code rt_range_new} raises
 * ValueError for a zero step, and the sign picks the comparison. The counter may pass the stop by
 * a step before the loop ends; like CPython's own range iterator, it is never read then. Ranges
 * of any size are exact: {@code int} is arbitrary precision.
 *
 * <p>Runs before mem2reg: the counter is a variable, and mem2reg gives it its phis.
 */
public final class RangeLoops implements FunctionPass {
    @Override public String name() { return "range-loops"; }

    @Override public String description() { return "iterate a range that nothing else sees with a counter, not an iterator object"; }

    @Override public Preserved preserves() { return Preserved.controlFlow(Analyses.CALL_GRAPH); }

    @Override
    public boolean run(IrFunction f, PassContext ctx) {
        Map<Temp, Inst> defs = new HashMap<>();
        Map<Temp, List<Inst>> users = new HashMap<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (i.def() != null) defs.put(i.def(), i);
                for (Temp u : i.uses()) users.computeIfAbsent(u, k -> new ArrayList<>()).add(i);
            }
            for (Temp u : b.terminator().uses()) users.computeIfAbsent(u, k -> new ArrayList<>()).add(null);
        }
        int done = 0;
        for (Block b : f.blocks()) {
            for (int k = 0; k < b.insts().size(); k++) {
                if (!(b.insts().get(k) instanceof Inst.RtCall iter) || !rt(iter, "rt_obj_iter")) continue;
                if (!(defs.get(iter.args().get(0)) instanceof Inst.RtCall range) || !rt(range, "rt_range_new")) continue;
                if (users.getOrDefault(range.dst(), List.of()).size() != 1) continue;
                BigInteger step = constant(defs.get(range.args().get(2)));
                if (step == null || step.signum() == 0) continue;
                List<Inst> uses = users.getOrDefault(iter.dst(), List.of());
                if (!uses.stream().allMatch(u -> rt(u, "rt_iter_step") || rt(u, "rt_iter_value"))) continue;
                rewrite(f, b, k, range, iter, step.signum() > 0);
                done++;
            }
        }
        ctx.count("range-loops.rewritten", done);
        return done > 0;
    }

    private static void rewrite(IrFunction f, Block at, int k, Inst.RtCall range, Inst.RtCall iter, boolean up) {
        int n = f.locals().size();
        Var.Local next = f.addLocal("$range" + n + ".next", IrType.INT);
        Var.Local value = f.addLocal("$range" + n + ".value", IrType.INT);
        Temp start = range.args().get(0);
        Temp stop = range.args().get(1);
        Temp step = range.args().get(2);
        at.insts().set(k, new Inst.Store(next, start));
        for (Block b : f.blocks()) {
            var out = new ArrayList<Inst>(b.insts().size());
            for (Inst i : b.insts()) {
                if (i == range) continue;
                if (!(i instanceof Inst.RtCall c) || c.args().isEmpty() || !c.args().get(0).equals(iter.dst())) {
                    out.add(i);
                } else if (rt(c, "rt_iter_step")) {
                    Temp cur = f.newTemp(IrType.INT);
                    out.add(new Inst.Load(cur, next));
                    out.add(new Inst.PrimOp(c.dst(), up ? Prim.INT_LT : Prim.INT_GT, List.of(cur, stop)));
                    Temp after = f.newTemp(IrType.INT);
                    out.add(new Inst.PrimOp(after, Prim.INT_ADD, List.of(cur, step)));
                    out.add(new Inst.Store(next, after));
                    out.add(new Inst.Store(value, cur));
                } else {
                    Temp v = f.newTemp(IrType.INT);
                    out.add(new Inst.Load(v, value));
                    out.add(new Inst.Box(c.dst(), v));
                }
            }
            b.insts().clear();
            b.insts().addAll(out);
        }
    }

    static boolean rt(Inst i, String name) {
        return i instanceof Inst.RtCall c && c.function().name().equals(name);
    }

    private static BigInteger constant(Inst def) {
        return def instanceof Inst.Const c && c.value() instanceof Constant.IntC i ? i.value() : null;
    }
}
