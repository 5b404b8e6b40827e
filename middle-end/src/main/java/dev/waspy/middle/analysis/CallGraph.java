package dev.waspy.middle.analysis;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Who calls whom: an edge {@code f -> g} for each function {@code f} holding a direct call of
 * {@code g} (a JGraphT graph, self-loops for direct recursion), its strongly connected components
 * (mutually recursive functions, by Kosaraju's algorithm) and those components bottom-up, callees
 * before their callers: the order an interprocedural analysis summarizes functions in.
 */
public final class CallGraph {
    private final IrProgram program;
    private final Graph<IrFunction, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final List<List<IrFunction>> bottomUp = new ArrayList<>();
    private final Map<IrFunction, List<IrFunction>> sccOf = new HashMap<>();

    public CallGraph(IrProgram program) {
        this.program = program;
        for (IrFunction f : program.functions()) graph.addVertex(f);
        for (IrFunction f : program.functions()) {
            for (Block b : f.blocks()) {
                for (Inst i : b.insts()) {
                    if (i instanceof Inst.Call c && program.function(c.callee()) instanceof IrFunction g) graph.addEdge(f, g);
                }
            }
        }
        var sccs = new KosarajuStrongConnectivityInspector<>(graph);
        List<Graph<IrFunction, DefaultEdge>> topDown = new ArrayList<>();
        new TopologicalOrderIterator<>(sccs.getCondensation()).forEachRemaining(topDown::add);
        for (Graph<IrFunction, DefaultEdge> scc : topDown.reversed()) {
            List<IrFunction> members = inProgramOrder(scc.vertexSet());
            bottomUp.add(members);
            for (IrFunction f : members) sccOf.put(f, members);
        }
    }

    private List<IrFunction> inProgramOrder(Set<IrFunction> set) {
        var out = new ArrayList<IrFunction>();
        for (IrFunction f : program.functions()) if (set.contains(f)) out.add(f);
        return Collections.unmodifiableList(out);
    }

    /** The graph itself (read only: it is rebuilt, not updated, when calls change). */
    public Graph<IrFunction, DefaultEdge> graph() { return graph; }

    /** The functions {@code f} calls directly, in program order. */
    public List<IrFunction> callees(IrFunction f) {
        var out = new ArrayList<IrFunction>();
        for (DefaultEdge e : graph.outgoingEdgesOf(f)) out.add(graph.getEdgeTarget(e));
        return inProgramOrder(Set.copyOf(out));
    }

    /** The functions that call {@code f} directly, in program order. */
    public List<IrFunction> callers(IrFunction f) {
        var out = new ArrayList<IrFunction>();
        for (DefaultEdge e : graph.incomingEdgesOf(f)) out.add(graph.getEdgeSource(e));
        return inProgramOrder(Set.copyOf(out));
    }

    /** Strongly connected components, each in program order, every callee's before its callers'. */
    public List<List<IrFunction>> sccsBottomUp() { return Collections.unmodifiableList(bottomUp); }

    /** The component holding {@code f}. */
    public List<IrFunction> scc(IrFunction f) { return sccOf.get(f); }

    /** Whether {@code f} can call itself, directly or through others. */
    public boolean recursive(IrFunction f) { return sccOf.get(f).size() > 1 || graph.containsEdge(f, f); }
}
