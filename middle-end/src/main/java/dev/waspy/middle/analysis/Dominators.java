package dev.waspy.middle.analysis;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrFunction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dominator tree of a flow graph, by Cooper, Harvey and Kennedy, "A Simple, Fast Dominance
 * Algorithm" (2001): iterate immediate dominators over the reverse postorder, intersecting by
 * walking up the tree by reverse-postorder number. The one dominator computation of the compiler:
 * the middle-end runs it on a function's CFG ({@link #of}, exception edges included) and the
 * backend's structurer on its own view of the blocks. Nodes unreachable from the entry have no
 * dominator and dominate nothing.
 *
 * @param <N> the graph's nodes; the depth-first search follows {@code successors} in their order,
 *            so the reverse postorder (and whatever is built on it) is deterministic
 */
public final class Dominators<N> {
    private final List<N> order = new ArrayList<>();          // reverse postorder
    private final Map<N, Integer> rpo = new HashMap<>();
    private final Map<N, List<N>> preds = new HashMap<>();
    private final int[] idom;
    private List<List<N>> children;

    public Dominators(N entry, Function<N, ? extends List<N>> successors) {
        numberInReversePostorder(entry, successors);
        idom = immediateDominators();
    }

    /** The dominators of a function's CFG, following its edges (exception edges included). */
    public static Dominators<Block> of(IrFunction f) {
        return new Dominators<>(f.entry(), b -> f.cfg().outgoingEdgesOf(b).stream().map(e -> f.cfg().getEdgeTarget(e)).toList());
    }

    public boolean reachable(N b) { return rpo.containsKey(b); }

    /** Reachable nodes, entry first, each after all its forward-edge predecessors. */
    public List<N> reversePostorder() { return order; }

    /** The position of a reachable node in {@link #reversePostorder()}. */
    public int rpoNumber(N b) {
        Integer n = rpo.get(b);
        if (n == null) throw new IllegalArgumentException("node not reachable from the entry: " + b);
        return n;
    }

    /** The reachable predecessors of a reachable node, one per edge (an edge named twice counts twice). */
    public List<N> predecessors(N b) { return preds.getOrDefault(b, List.of()); }

    /** The immediate dominator; the entry is its own; null for an unreachable node. */
    public N idom(N b) {
        Integer n = rpo.get(b);
        return n == null ? null : order.get(idom[n]);
    }

    /** Whether {@code a} dominates {@code b} (reflexive). False when either is unreachable. */
    public boolean dominates(N a, N b) {
        Integer x = rpo.get(a);
        Integer y = rpo.get(b);
        if (x == null || y == null) return false;
        for (int z = y; ; z = idom[z]) {
            if (z == x) return true;
            if (z == 0) return false;
        }
    }

    /** Children in the dominator tree, in reverse postorder. */
    public List<N> children(N b) {
        if (children == null) {
            // Built on first use, all at once: one pass over the nodes, not one per question.
            children = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) children.add(new ArrayList<>());
            for (int i = 1; i < order.size(); i++) children.get(idom[i]).add(order.get(i));
        }
        return Collections.unmodifiableList(children.get(rpoNumber(b)));
    }

    private void numberInReversePostorder(N entry, Function<N, ? extends List<N>> successors) {
        // Iterative depth-first search: a frame is a node with the iterator over its successors.
        record Frame<N>(N node, Iterator<N> next) {}
        List<N> postorder = new ArrayList<>();
        Deque<Frame<N>> stack = new ArrayDeque<>();
        preds.put(entry, new ArrayList<>());
        stack.push(new Frame<>(entry, successors.apply(entry).iterator()));
        while (!stack.isEmpty()) {
            Frame<N> top = stack.peek();
            if (top.next().hasNext()) {
                N succ = top.next().next();
                List<N> p = preds.get(succ);
                boolean fresh = p == null;
                if (fresh) preds.put(succ, p = new ArrayList<>());
                p.add(top.node());
                if (fresh) stack.push(new Frame<>(succ, successors.apply(succ).iterator()));
            } else {
                postorder.add(stack.pop().node());
            }
        }
        for (int i = postorder.size() - 1; i >= 0; i--) {
            rpo.put(postorder.get(i), order.size());
            order.add(postorder.get(i));
        }
    }

    private int[] immediateDominators() {
        int[] dom = new int[order.size()];
        Arrays.fill(dom, -1);
        dom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < order.size(); b++) {
                int newIdom = -1;
                for (N p : preds.get(order.get(b))) {
                    int q = rpo.get(p);
                    if (dom[q] != -1) newIdom = newIdom == -1 ? q : intersect(dom, q, newIdom);
                }
                if (dom[b] != newIdom) {
                    dom[b] = newIdom;
                    changed = true;
                }
            }
        }
        return dom;
    }

    private static int intersect(int[] dom, int a, int b) {
        while (a != b) {
            while (a > b) a = dom[a];
            while (b > a) b = dom[b];
        }
        return a;
    }
}
