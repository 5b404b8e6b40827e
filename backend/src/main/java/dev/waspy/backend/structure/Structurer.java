package dev.waspy.backend.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Turns a reducible control-flow graph into Wasm's structured control flow without duplicating any
 * node, following Norman Ramsey, "Beyond Relooper: recursive translation of unstructured control flow
 * to structured control flow" (ICFP 2022).
 *
 * <p>The walk is over the dominator tree. A node {@code x} is emitted as its code, then the subtrees of
 * those dominator-tree children that are <em>merge nodes</em> (two or more forward in-edges), each
 * placed right after a {@code block} that encloses {@code x}'s code, latest in reverse postorder
 * outermost, so that every forward branch to a merge node is a {@code br} out of a block. A forward
 * edge to a node with a single in-edge simply inlines that node's subtree; a backward edge is a
 * {@code br} to the {@code loop} that wraps its header. For
 * <pre>
 *   A: if c goto B else C     B: goto D     C: goto D     D: return
 * </pre>
 * the result is {@code block (A; if (B; br 1) else (C; br 1) end) end; D; return}, and {@link Shapes#prune}
 * then drops the branches that merely fall through.
 */
public final class Structurer<N> {
    /** What encloses the code being emitted, innermost first; a label's depth is its index. */
    private sealed interface Frame {}

    private record BlockFollowedBy(Object node) implements Frame {}

    private record LoopHeadedBy(Object node) implements Frame {}

    private record IfThenElse() implements Frame {}

    private final FlowGraph<N> graph;
    private final DominatorTree<N> dom;

    private Structurer(FlowGraph<N> graph) {
        this.graph = graph;
        this.dom = new DominatorTree<>(graph);
    }

    /** The structured form of the whole graph, with fall-through branches removed. */
    public static <N> Shape<N> structure(FlowGraph<N> graph) {
        return Shapes.prune(structureUnpruned(graph));
    }

    /** The direct output of the algorithm, every transfer an explicit branch (for tests and dumps). */
    public static <N> Shape<N> structureUnpruned(FlowGraph<N> graph) {
        Structurer<N> s = new Structurer<>(graph);
        s.checkReducible();
        return s.doTree(graph.entry(), List.of());
    }

    private Shape<N> doTree(N x, List<Frame> context) {
        List<N> merges = new ArrayList<>();
        for (N child : dom.children(x)) {
            if (dom.isMergeNode(child)) {
                merges.add(child);
            }
        }
        merges.sort(Comparator.comparingInt((N n) -> dom.rpo(n)).reversed());
        if (dom.isLoopHeader(x)) {
            return new Shape.Loop<>(nodeWithin(x, merges, push(new LoopHeadedBy(x), context)), x);
        }
        return nodeWithin(x, merges, context);
    }

    /** {@code x}'s code inside one block per merge child, each child's subtree after its block. */
    private Shape<N> nodeWithin(N x, List<N> merges, List<Frame> context) {
        if (merges.isEmpty()) {
            List<Integer> sideDepths = new ArrayList<>();
            for (N target : graph.sideExits(x)) {
                sideDepths.add(labelDepth(x, target, context));
            }
            return seq(new Shape.Code<>(x, sideDepths), exitOf(x, context));
        }
        N follower = merges.getFirst();
        List<N> rest = merges.subList(1, merges.size());
        Shape<N> inner = nodeWithin(x, rest, push(new BlockFollowedBy(follower), context));
        return seq(new Shape.Block<>(inner, follower), doTree(follower, context));
    }

    private Shape<N> exitOf(N x, List<Frame> context) {
        return switch (graph.exit(x)) {
            case Exit.Leave<N> leave -> new Shape.Leave<>(x);
            case Exit.Jump<N> jump -> doBranch(x, jump.target(), context);
            case Exit.Branch<N> branch -> {
                List<Frame> inIf = push(new IfThenElse(), context);
                yield new Shape.If<>(x, doBranch(x, branch.ifTrue(), inIf), doBranch(x, branch.ifFalse(), inIf));
            }
            case Exit.Switch<N> sw -> switchWithin(x, sw, distinctInlined(x, sw), context);
        };
    }

    /**
     * A switch's targets that are neither loop headers reached backwards nor merge nodes have no label
     * yet: each gets a block, as merge children do, so that {@code br_table} can reach it.
     */
    private Shape<N> switchWithin(N x, Exit.Switch<N> sw, List<N> inlined, List<Frame> context) {
        if (inlined.isEmpty()) {
            List<Integer> depths = new ArrayList<>();
            for (N target : sw.cases()) {
                depths.add(labelDepth(x, target, context));
            }
            return new Shape.BrTable<>(x, depths, labelDepth(x, sw.otherwise(), context));
        }
        N follower = inlined.getFirst();
        Shape<N> inner = switchWithin(x, sw, inlined.subList(1, inlined.size()),
                push(new BlockFollowedBy(follower), context));
        return seq(new Shape.Block<>(inner, follower), doTree(follower, context));
    }

    private List<N> distinctInlined(N x, Exit.Switch<N> sw) {
        LinkedHashSet<N> targets = new LinkedHashSet<>();
        for (N t : sw.successors()) {
            if (!dom.isBackward(x, t) && !dom.isMergeNode(t)) {
                targets.add(t);
            }
        }
        List<N> list = new ArrayList<>(targets);
        list.sort(Comparator.comparingInt((N n) -> dom.rpo(n)).reversed());
        return list;
    }

    private Shape<N> doBranch(N from, N to, List<Frame> context) {
        Shape<N> edge = new Shape.Edge<>(from, to);
        if (dom.isBackward(from, to) || dom.isMergeNode(to)) {
            return seq(edge, new Shape.Br<>(labelDepth(from, to, context), to));
        }
        return seq(edge, doTree(to, context));
    }

    private int labelDepth(N from, N to, List<Frame> context) {
        boolean backward = dom.isBackward(from, to);
        for (int i = 0; i < context.size(); i++) {
            Frame f = context.get(i);
            if (backward ? f instanceof LoopHeadedBy(Object h) && h.equals(to)
                         : f instanceof BlockFollowedBy(Object b) && b.equals(to)) {
                return i;
            }
        }
        throw new IllegalStateException("no enclosing label for the edge " + from + " -> " + to);
    }

    /** Each backward edge must go to a node that dominates its source, else the graph is irreducible. */
    private void checkReducible() {
        for (N n : dom.reversePostorder()) {
            for (N s : dom.allSuccessors(n)) {
                if (dom.isBackward(n, s) && !dom.dominates(s, n)) {
                    throw new IllegalArgumentException(
                            "irreducible control flow: the edge " + n + " -> " + s + " enters a cycle not at its header");
                }
            }
        }
    }

    private static List<Frame> push(Frame f, List<Frame> context) {
        List<Frame> c = new ArrayList<>(context.size() + 1);
        c.add(f);
        c.addAll(context);
        return c;
    }

    @SafeVarargs
    private static <N> Shape<N> seq(Shape<N>... items) {
        List<Shape<N>> flat = new ArrayList<>();
        for (Shape<N> item : items) {
            Objects.requireNonNull(item);
            if (item instanceof Shape.Seq<N>(List<Shape<N>> inner)) {
                flat.addAll(inner);
            } else {
                flat.add(item);
            }
        }
        return flat.size() == 1 ? flat.getFirst() : new Shape.Seq<>(flat);
    }
}
