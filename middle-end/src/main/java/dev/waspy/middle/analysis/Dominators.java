package dev.waspy.middle.analysis;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dominator tree of a function's CFG (exception edges included), by Cooper, Harvey and
 * Kennedy, "A Simple, Fast Dominance Algorithm" (2001): iterate immediate dominators over the
 * reverse postorder, intersecting by walking up the tree by postorder number. Blocks unreachable
 * from the entry have no dominator and dominate nothing.
 */
public final class Dominators {
    private final Map<Block, Block> idom = new HashMap<>();
    private final Map<Block, Integer> postNumber = new HashMap<>();
    private final List<Block> reversePostorder;

    public Dominators(IrFunction f) {
        var post = new ArrayList<Block>();
        postorder(f, f.entry(), new HashSet<>(), post);
        for (int i = 0; i < post.size(); i++) postNumber.put(post.get(i), i);
        reversePostorder = post.reversed();
        Block entry = f.entry();
        idom.put(entry, entry);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : reversePostorder) {
                if (b == entry) continue;
                Block newIdom = null;
                for (var e : f.cfg().incomingEdgesOf(b)) {
                    Block p = f.cfg().getEdgeSource(e);
                    if (!idom.containsKey(p)) continue; // not processed yet, or unreachable
                    newIdom = newIdom == null ? p : intersect(p, newIdom);
                }
                if (newIdom != null && idom.get(b) != newIdom) {
                    idom.put(b, newIdom);
                    changed = true;
                }
            }
        }
    }

    // Iterative DFS would be kinder to deep CFGs; functions here are small, recursion is clearer.
    private static void postorder(IrFunction f, Block b, Set<Block> seen, List<Block> out) {
        if (b == null || !seen.add(b)) return;
        var succs = f.cfg().outgoingEdgesOf(b).stream().map(e -> f.cfg().getEdgeTarget(e)).toList();
        for (Block s : succs) postorder(f, s, seen, out);
        out.add(b);
    }

    private Block intersect(Block a, Block b) {
        while (a != b) {
            while (postNumber.get(a) < postNumber.get(b)) a = idom.get(a);
            while (postNumber.get(b) < postNumber.get(a)) b = idom.get(b);
        }
        return a;
    }

    public boolean reachable(Block b) { return idom.containsKey(b); }

    /** The immediate dominator; the entry block is its own; null for an unreachable block. */
    public Block idom(Block b) { return idom.get(b); }

    /** Whether {@code a} dominates {@code b} (reflexive). False when either is unreachable. */
    public boolean dominates(Block a, Block b) {
        if (!reachable(a) || !reachable(b)) return false;
        Block x = b;
        while (true) {
            if (x == a) return true;
            Block up = idom.get(x);
            if (up == x) return false;
            x = up;
        }
    }

    /** Reachable blocks, entry first, each after all its forward-edge predecessors. */
    public List<Block> reversePostorder() { return reversePostorder; }
}
