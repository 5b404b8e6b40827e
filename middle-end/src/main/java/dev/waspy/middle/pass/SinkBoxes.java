package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Analyses;
import dev.waspy.middle.analysis.Dominators;
import dev.waspy.middle.analysis.Loops;
import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Temp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves each box of an unboxed value down to the nearest block that dominates all its uses, when
 * every loop around that block is around the box already: a value that is unboxed in a loop and needed as an object only
 * after it (a float sum stored into a list) is then boxed once, after the loop, instead of at
 * every iteration. A box stays one box, so a value keeps one identity.
 * <pre>
 * b1: %s = phi [b0: %a], [b2: %t]              b1: %s = phi [b0: %a], [b2: %t]
 *     %o = box %s                      =>          branch %c, b2, b3
 *     branch %c, b2, b3                         b3: %o = box %s
 * b3: rt rt_list_set(%l, %i, %o)                    rt rt_list_set(%l, %i, %o)
 * </pre>
 * A box used by a phi counts as used at the end of the phi's predecessor. The box goes first in
 * its new block (after the phis), so it still comes before every use there.
 */
public final class SinkBoxes implements FunctionPass {
    @Override public String name() { return "sink-boxes"; }

    @Override public String description() { return "move boxes down to their uses, never into a deeper loop"; }

    @Override public Preserved preserves() { return Preserved.controlFlow(Analyses.CALL_GRAPH); }

    @Override
    public boolean run(IrFunction f, PassContext ctx) {
        Dominators<Block> dom = ctx.analyses().get(Analyses.DOMINATORS, f);
        Loops loops = ctx.analyses().get(Analyses.LOOPS, f);
        Map<Temp, Block> useBlock = new HashMap<>();
        Map<Temp, Boolean> used = new HashMap<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (i instanceof Inst.Phi p) {
                    for (var a : p.args()) meet(useBlock, used, a.value(), a.pred(), dom);
                } else {
                    for (Temp u : i.uses()) meet(useBlock, used, u, b, dom);
                }
            }
            for (Temp u : b.terminator().uses()) meet(useBlock, used, u, b, dom);
        }
        Map<Block, List<Inst>> arriving = new IdentityHashMap<>();
        int moved = 0;
        for (Block b : f.blocks()) {
            for (int k = 0; k < b.insts().size(); k++) {
                if (!(b.insts().get(k) instanceof Inst.Box box)) continue;
                Block to = useBlock.get(box.dst());
                if (to == null || to == b || !dom.dominates(b, to)) continue;
                Loops.Loop around = loops.loopOf(to);
                if (around != null && !around.contains(b)) continue; // into a loop the box was not in
                b.insts().remove(k--);
                arriving.computeIfAbsent(to, x -> new ArrayList<>()).add(box);
                moved++;
            }
        }
        for (var e : arriving.entrySet()) {
            List<Inst> insts = e.getKey().insts();
            int at = 0;
            while (at < insts.size() && insts.get(at) instanceof Inst.Phi) at++;
            insts.addAll(at, e.getValue());
        }
        ctx.count("sink-boxes.moved", moved);
        return moved > 0;
    }

    /** Records a use of {@code t} in {@code b}: its blocks' nearest common dominator so far. */
    private static void meet(Map<Temp, Block> useBlock, Map<Temp, Boolean> used, Temp t, Block b, Dominators<Block> dom) {
        Block so = useBlock.get(t);
        if (used.put(t, true) == null) {
            useBlock.put(t, b);
            return;
        }
        if (so == null) return;
        Block x = so;
        while (x != null && !dom.dominates(x, b)) x = dom.idom(x);
        useBlock.put(t, x);
    }
}
