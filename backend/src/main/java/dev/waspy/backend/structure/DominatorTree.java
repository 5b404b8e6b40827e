package dev.waspy.backend.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reverse postorder, forward/back edges and immediate dominators of the nodes reachable from the
 * entry. Dominators are computed with the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple,
 * Fast Dominance Algorithm", 2001), which converges in two or three passes over reducible graphs.
 */
final class DominatorTree<N> {
    private final FlowGraph<N> graph;
    private final List<N> order = new ArrayList<>();          // reverse postorder
    private final Map<N, Integer> rpo = new HashMap<>();
    private final Map<N, List<N>> preds = new HashMap<>();
    private final int[] idom;

    DominatorTree(FlowGraph<N> graph) {
        this.graph = graph;
        numberInReversePostorder();
        idom = immediateDominators();
    }

    List<N> reversePostorder() {
        return order;
    }

    int rpo(N node) {
        Integer n = rpo.get(node);
        if (n == null) {
            throw new IllegalArgumentException("node not reachable from the entry: " + node);
        }
        return n;
    }

    /** An edge is backward when it goes to a node not later in reverse postorder (a loop's back edge). */
    boolean isBackward(N from, N to) {
        return rpo(to) <= rpo(from);
    }

    boolean isLoopHeader(N node) {
        for (N p : preds.get(node)) {
            if (isBackward(p, node)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two or more forward edges come in (an edge named twice by one exit counts twice), or a side
     * exit does: code cannot be inlined into the middle of another node's code, so a side-exit
     * target always gets a label of its own.
     */
    boolean isMergeNode(N node) {
        int forward = 0;
        for (N p : preds.get(node)) {
            if (!isBackward(p, node)) {
                forward++;
                if (graph.sideExits(p).contains(node)) {
                    return true;
                }
            }
        }
        return forward >= 2;
    }

    /** Children in the dominator tree, in reverse postorder. */
    List<N> children(N node) {
        int n = rpo(node);
        List<N> kids = new ArrayList<>();
        for (int i = n + 1; i < order.size(); i++) {
            if (idom[i] == n) {
                kids.add(order.get(i));
            }
        }
        return kids;
    }

    boolean dominates(N a, N b) {
        int x = rpo(a);
        for (int y = rpo(b); ; y = idom[y]) {
            if (y == x) {
                return true;
            }
            if (y == 0) {
                return x == 0;
            }
        }
    }

    /** Exit edges, then side exits: every way control leaves the node. */
    List<N> allSuccessors(N node) {
        List<N> all = new ArrayList<>(graph.exit(node).successors());
        all.addAll(graph.sideExits(node));
        return all;
    }

    private void numberInReversePostorder() {
        // Iterative depth-first search: a frame is a node with the iterator over its successors.
        record Frame<N>(N node, Iterator<N> next) {}
        Map<N, Boolean> seen = new HashMap<>();
        List<N> postorder = new ArrayList<>();
        Deque<Frame<N>> stack = new ArrayDeque<>();
        N entry = graph.entry();
        seen.put(entry, true);
        preds.put(entry, new ArrayList<>());
        stack.push(new Frame<>(entry, allSuccessors(entry).iterator()));
        while (!stack.isEmpty()) {
            Frame<N> top = stack.peek();
            if (top.next().hasNext()) {
                N succ = top.next().next();
                preds.computeIfAbsent(succ, k -> new ArrayList<>()).add(top.node());
                if (seen.putIfAbsent(succ, true) == null) {
                    stack.push(new Frame<>(succ, allSuccessors(succ).iterator()));
                }
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
        java.util.Arrays.fill(dom, -1);
        dom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < order.size(); b++) {
                int newIdom = -1;
                for (N p : preds.get(order.get(b))) {
                    int q = rpo.get(p);
                    if (dom[q] != -1) {
                        newIdom = newIdom == -1 ? q : intersect(dom, q, newIdom);
                    }
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
            while (a > b) {
                a = dom[a];
            }
            while (b > a) {
                b = dom[b];
            }
        }
        return a;
    }
}
