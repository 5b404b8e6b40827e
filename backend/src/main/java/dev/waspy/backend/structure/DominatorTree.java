package dev.waspy.backend.structure;

import dev.waspy.middle.analysis.Dominators;

import java.util.ArrayList;
import java.util.List;

/**
 * The structurer's view of the dominator tree: reverse postorder, forward/back edges, loop headers
 * and merge nodes of the nodes reachable from the entry. The dominators are the middle-end's
 * ({@link Dominators}), run on the structurer's own graph: its edges are the exits and then the
 * side exits of each node, and the depth-first search follows them in that order, so the reverse
 * postorder, which decides the shape of the generated code, is the structurer's.
 */
final class DominatorTree<N> {
    private final FlowGraph<N> graph;
    private final Dominators<N> dom;

    DominatorTree(FlowGraph<N> graph) {
        this.graph = graph;
        this.dom = new Dominators<>(graph.entry(), this::allSuccessors);
    }

    List<N> reversePostorder() {
        return dom.reversePostorder();
    }

    int rpo(N node) {
        return dom.rpoNumber(node);
    }

    /** An edge is backward when it goes to a node not later in reverse postorder (a loop's back edge). */
    boolean isBackward(N from, N to) {
        return rpo(to) <= rpo(from);
    }

    boolean isLoopHeader(N node) {
        for (N p : dom.predecessors(node)) {
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
        return merges.computeIfAbsent(node, this::countsAsMerge);
    }

    /** Asked once per edge into a node: a join of n predecessors would cost n * n without it. */
    private final java.util.Map<N, Boolean> merges = new java.util.HashMap<>();

    private boolean countsAsMerge(N node) {
        int forward = 0;
        for (N p : dom.predecessors(node)) {
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
        return dom.children(node);
    }

    boolean dominates(N a, N b) {
        rpo(a);
        rpo(b); // both must be reachable: asking about others is a structurer bug
        return dom.dominates(a, b);
    }

    /** Exit edges, then side exits: every way control leaves the node. */
    List<N> allSuccessors(N node) {
        List<N> all = new ArrayList<>(graph.exit(node).successors());
        all.addAll(graph.sideExits(node));
        return all;
    }
}
