package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.jgrapht.traverse.DepthFirstIterator;

/**
 * Removes blocks that no path from the entry reaches (code after return, break or continue; the
 * arm of a branch on a constant), and their arguments in the phis of the blocks they jumped to.
 * <pre>
 * b0: return %1          b0: return %1
 * b1: jump b2      =>
 * </pre>
 */
public final class DeadBlocks implements FunctionPass {
    @Override public String name() { return "dead-blocks"; }

    /** Blocks go, and the calls in them. */
    @Override public Preserved preserves() { return Preserved.NONE; }

    @Override public String description() { return "remove blocks unreachable from the entry"; }

    @Override
    public boolean run(IrFunction f, PassContext ctx) {
        Set<Block> live = new HashSet<>();
        new DepthFirstIterator<>(f.cfg(), f.entry()).forEachRemaining(live::add);
        var dead = new ArrayList<Block>();
        for (Block b : f.blocks()) if (!live.contains(b)) dead.add(b);
        if (dead.isEmpty()) return false;
        for (Block b : live) {
            for (int i = 0; i < b.insts().size(); i++) {
                if (b.insts().get(i) instanceof Inst.Phi phi && phi.args().stream().anyMatch(a -> !live.contains(a.pred()))) {
                    b.insts().set(i, new Inst.Phi(phi.dst(), phi.args().stream().filter(a -> live.contains(a.pred())).toList()));
                }
            }
        }
        f.removeBlocks(dead);
        ctx.count("dead-blocks.removed", dead.size());
        return true;
    }
}
