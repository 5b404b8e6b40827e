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
import dev.waspy.middle.rt.RuntimeFunctions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Iterates a list that specialize proved to be one with an index, as CPython's list iterator does
 * (the length is read at every step, so items appended during the loop are visited), instead of
 * an iterator object, when nothing but the loop sees the iterator:
 * <pre>
 * %b: object = box %l                        (%l: list)
 * %it: object = rt rt_obj_iter(%b)           store k, 0                    (k, v: new variables)
 * %m: bool = rt rt_iter_step(%it)      =>    %i = load k; %m = int.lt %i, list.len %l
 *                                             store k, int.add %i, 1; store v, %i
 * %x: object = rt rt_iter_value(%it)         %x = rt rt_list_get(%l, load v)
 * </pre>
 * Runs after specialize, which makes the generic path's objects proven to be lists values of IR
 * type list (before it, only list displays are); mem2reg, after it, gives the new variables their
 * phis.
 */
public final class ListLoops implements FunctionPass {
    @Override public String name() { return "list-loops"; }

    @Override public String description() { return "iterate a proven list by index, not with an iterator object"; }

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
                if (!(b.insts().get(k) instanceof Inst.RtCall iter) || !RangeLoops.rt(iter, "rt_obj_iter")) continue;
                if (!(defs.get(iter.args().get(0)) instanceof Inst.Box box) || !(box.src().type() instanceof IrType.ListT)) continue;
                List<Inst> uses = users.getOrDefault(iter.dst(), List.of());
                if (!uses.stream().allMatch(u -> RangeLoops.rt(u, "rt_iter_step") || RangeLoops.rt(u, "rt_iter_value"))) continue;
                rewrite(f, b, k, box.src(), iter);
                done++;
            }
        }
        ctx.count("list-loops.rewritten", done);
        return done > 0;
    }

    private static void rewrite(IrFunction f, Block at, int k, Temp list, Inst.RtCall iter) {
        int n = f.locals().size();
        Var.Local index = f.addLocal("$list" + n + ".index", IrType.INT);
        Var.Local value = f.addLocal("$list" + n + ".value", IrType.INT);
        Temp zero = f.newTemp(IrType.INT);
        at.insts().set(k, new Inst.Store(index, zero));
        at.insts().add(k, new Inst.Const(zero, Constant.of(0)));
        for (Block b : f.blocks()) {
            var out = new ArrayList<Inst>(b.insts().size());
            for (Inst i : b.insts()) {
                if (!(i instanceof Inst.RtCall c) || c.args().isEmpty() || !c.args().get(0).equals(iter.dst())) {
                    out.add(i);
                } else if (RangeLoops.rt(c, "rt_iter_step")) {
                    Temp cur = f.newTemp(IrType.INT);
                    Temp len = f.newTemp(IrType.INT);
                    Temp one = f.newTemp(IrType.INT);
                    Temp after = f.newTemp(IrType.INT);
                    out.add(new Inst.Load(cur, index));
                    out.add(new Inst.PrimOp(len, Prim.LIST_LEN, List.of(list)));
                    out.add(new Inst.PrimOp(c.dst(), Prim.INT_LT, List.of(cur, len)));
                    out.add(new Inst.Const(one, Constant.of(1)));
                    out.add(new Inst.PrimOp(after, Prim.INT_ADD, List.of(cur, one)));
                    out.add(new Inst.Store(index, after));
                    out.add(new Inst.Store(value, cur));
                } else {
                    Temp j = f.newTemp(IrType.INT);
                    out.add(new Inst.Load(j, value));
                    out.add(new Inst.RtCall(c.dst(), RuntimeFunctions.get("rt_list_get"), List.of(list, j)));
                }
            }
            b.insts().clear();
            b.insts().addAll(out);
        }
    }
}
