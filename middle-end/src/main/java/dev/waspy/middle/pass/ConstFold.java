package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Analyses;
import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Terminator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds primitive operations whose operands are all constants, with Python's semantics, and
 * turns branches on constant conditions into jumps. An operation that would raise (division by
 * zero), or whose result would be huge, is left for run time.
 * <pre>
 * %0: int = const 7                 %0: int = const 7
 * %1: int = const -2                %1: int = const -2
 * %2: int = int.floordiv %0, %1 =>  %2: int = const -4
 * </pre>
 */
public final class ConstFold implements FunctionPass {
    @Override public String name() { return "const-fold"; }

    /** Branches on constants become jumps: the CFG changes; no call is added or removed. */
    @Override public Preserved preserves() { return Preserved.of(Analyses.CALL_GRAPH); }

    @Override public String description() { return "fold int/float/bool operations on constants; branches on constants become jumps"; }

    @Override
    public boolean run(IrFunction f, PassContext ctx) {
        Map<Integer, Constant> known = new HashMap<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) if (i instanceof Inst.Const c) known.put(c.dst().id(), c.value());
        }
        int folded = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Block b : f.blocks()) {
                List<Inst> insts = b.insts();
                for (int k = 0; k < insts.size(); k++) {
                    if (!(insts.get(k) instanceof Inst.PrimOp p)) continue;
                    Constant[] args = new Constant[p.args().size()];
                    boolean all = true;
                    for (int a = 0; a < args.length && all; a++) {
                        args[a] = known.get(p.args().get(a).id());
                        all = args[a] != null;
                    }
                    if (!all) continue;
                    Constant r = Folding.fold(p.prim(), args);
                    if (r == null || !r.type().equals(p.dst().type())) continue;
                    insts.set(k, new Inst.Const(p.dst(), r));
                    known.put(p.dst().id(), r);
                    folded++;
                    progress = true;
                }
            }
        }
        int branches = 0;
        for (Block b : f.blocks()) {
            if (b.terminator() instanceof Terminator.Branch br
                    && known.get(br.cond().id()) instanceof Constant.BoolC c) {
                Block kept = c.value() ? br.ifTrue() : br.ifFalse();
                Block dropped = c.value() ? br.ifFalse() : br.ifTrue();
                f.setTerminator(b, new Terminator.Jump(kept));
                if (dropped != kept) dropPhiArgs(dropped, b);
                branches++;
            }
        }
        ctx.count("const-fold.folded", folded);
        ctx.count("const-fold.branches", branches);
        return folded + branches > 0;
    }

    /**
     * The edge {@code pred -> succ} is gone: succ's phis lose the argument for it (succ may stay
     * reachable through other predecessors, so dead-blocks would not see it).
     */
    private static void dropPhiArgs(Block succ, Block pred) {
        for (int i = 0; i < succ.insts().size(); i++) {
            if (succ.insts().get(i) instanceof Inst.Phi phi) {
                succ.insts().set(i, new Inst.Phi(phi.dst(), phi.args().stream().filter(a -> a.pred() != pred).toList()));
            }
        }
    }
}
