package dev.waspy.middle.analysis;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Edge;
import dev.waspy.middle.ir.IrFunction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The natural loops of a function's CFG. A back edge is an edge {@code t -> h} whose target
 * dominates its source; the loop of header {@code h} is {@code h} with every block that reaches
 * one of its back edges' sources without passing through {@code h} (back edges sharing a header
 * make one loop). Loops nest: a loop's parent is the smallest other loop holding its header. A
 * retreating edge whose target does not dominate its source (an irreducible cycle) makes no loop.
 */
public final class Loops {
    /**
     * One natural loop: its header, its blocks (header first, then in reverse postorder), the
     * sources of its back edges, the loop it is nested in (null at the outermost level), and its
     * depth (1 for an outermost loop).
     */
    public record Loop(Block header, Set<Block> blocks, List<Block> latches, Loop parent, int depth) {
        public boolean contains(Block b) { return blocks.contains(b); }

        @Override public String toString() { return "loop " + header + " (depth " + depth + ", " + blocks.size() + " blocks)"; }
    }

    private final List<Loop> loops = new ArrayList<>();
    private final Map<Block, Loop> innermost = new HashMap<>();

    public Loops(IrFunction f, Dominators<Block> dom) {
        Map<Block, List<Block>> latches = new LinkedHashMap<>();
        for (Block h : dom.reversePostorder()) {
            for (Block t : dom.predecessors(h)) {
                if (dom.dominates(h, t) && !latches.computeIfAbsent(h, k -> new ArrayList<>()).contains(t)) latches.get(h).add(t);
            }
        }
        // Bodies first, outermost (earliest header in reverse postorder) first, so parents exist before children.
        Map<Block, Set<Block>> bodies = new LinkedHashMap<>();
        for (var e : latches.entrySet()) bodies.put(e.getKey(), body(f, dom, e.getKey(), e.getValue()));
        for (var e : bodies.entrySet()) {
            Block h = e.getKey();
            Loop parent = null;
            for (Loop outer : loops) {
                if (outer.blocks().contains(h) && (parent == null || outer.blocks().size() < parent.blocks().size())) parent = outer;
            }
            var loop = new Loop(h, e.getValue(), List.copyOf(latches.get(h)), parent, parent == null ? 1 : parent.depth() + 1);
            loops.add(loop);
        }
        for (Loop l : loops) {
            for (Block b : l.blocks()) {
                Loop cur = innermost.get(b);
                if (cur == null || l.depth() > cur.depth()) innermost.put(b, l);
            }
        }
    }

    private static Set<Block> body(IrFunction f, Dominators<Block> dom, Block header, List<Block> latches) {
        Set<Block> body = new LinkedHashSet<>();
        body.add(header);
        var work = new ArrayDeque<Block>();
        for (Block t : latches) if (body.add(t)) work.push(t);
        while (!work.isEmpty()) {
            Block b = work.pop();
            for (Edge e : f.cfg().incomingEdgesOf(b)) {
                Block p = f.cfg().getEdgeSource(e);
                if (dom.reachable(p) && body.add(p)) work.push(p);
            }
        }
        var ordered = new LinkedHashSet<Block>();
        for (Block b : dom.reversePostorder()) if (body.contains(b)) ordered.add(b);
        return Collections.unmodifiableSet(ordered);
    }

    /** Every loop, outer loops before the loops they hold (headers in reverse postorder). */
    public List<Loop> loops() { return Collections.unmodifiableList(loops); }

    /** The innermost loop holding {@code b}, or null when it is in no loop. */
    public Loop loopOf(Block b) { return innermost.get(b); }

    /** How many loops hold {@code b} (0 outside every loop). */
    public int depth(Block b) {
        Loop l = innermost.get(b);
        return l == null ? 0 : l.depth();
    }

    public boolean isHeader(Block b) {
        Loop l = innermost.get(b);
        return l != null && l.header() == b;
    }
}
