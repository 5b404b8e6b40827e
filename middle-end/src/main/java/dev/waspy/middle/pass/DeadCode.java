package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Analyses;
import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Removes instructions whose value is never used and whose execution can have no visible effect
 * (constants, undefs, loads, boxes, tuples, operations and runtime calls that neither raise nor write, by
 * the primitive table and the runtime functions' descriptors), until none is left.
 * <pre>
 * %0: int = const 7                 
 * %1: int = const -4         =>     %1: int = const -4
 * store a, %1                       store a, %1
 * </pre>
 */
public final class DeadCode implements FunctionPass {
    @Override public String name() { return "dead-code"; }

    /** Only instructions without effects go: never a call, never a terminator. */
    @Override public Preserved preserves() { return Preserved.controlFlow(Analyses.CALL_GRAPH); }

    @Override public String description() { return "remove unused instructions that have no effect"; }

    @Override
    public boolean run(IrFunction f, PassContext ctx) {
        int removed = 0;
        int rtRemoved = 0;
        boolean progress = true;
        while (progress) {
            Map<Integer, Integer> uses = new HashMap<>();
            for (Block b : f.blocks()) {
                for (Inst i : b.insts()) for (Temp t : i.uses()) uses.merge(t.id(), 1, Integer::sum);
                if (b.terminator() != null) for (Temp t : b.terminator().uses()) uses.merge(t.id(), 1, Integer::sum);
            }
            int before = removed;
            for (Block b : f.blocks()) {
                for (Iterator<Inst> it = b.insts().iterator(); it.hasNext(); ) {
                    Inst i = it.next();
                    if (removable(i) && !uses.containsKey(i.def().id())) {
                        it.remove();
                        removed++;
                        if (i instanceof Inst.RtCall) rtRemoved++;
                    }
                }
            }
            progress = removed > before;
        }
        ctx.count("dead-code.removed", removed);
        ctx.count("dead-code.rt-removed", rtRemoved);
        return removed > 0;
    }

    private static boolean removable(Inst i) {
        return switch (i) {
            case Inst.Const c -> true;
            case Inst.Load l -> true;
            case Inst.Box b -> true;
            case Inst.MakeTuple t -> true;
            case Inst.TupleGet g -> true;
            case Inst.Phi p -> true;
            case Inst.Undef u -> true;
            case Inst.PrimOp p -> p.prim().fx() == Prim.Fx.PURE || p.prim().fx() == Prim.Fx.READS;
            case Inst.RtCall c -> c.function().removableWhenUnused();
            case Inst.Store s -> false;
            case Inst.Call c -> false;
            case Inst.CallIndirect c -> false;
            case Inst.Unbox u -> false;
        };
    }
}
