package dev.waspy.middle.analysis;

import dev.waspy.middle.infer.Infer;
import dev.waspy.middle.infer.Inference;
import dev.waspy.middle.ir.Block;
import java.util.List;

/** The registry of analyses passes may ask the {@link AnalysisCache} for. */
public final class Analyses {
    private Analyses() {}

    /** The dominator tree of the function's CFG. */
    public static final Analysis.OfFunction<Dominators<Block>> DOMINATORS =
            new Analysis.OfFunction<>("dominators", List.of(), (f, cache) -> Dominators.of(f));

    /** Natural loops, their headers and nesting; computed from the dominators. */
    public static final Analysis.OfFunction<Loops> LOOPS =
            new Analysis.OfFunction<>("loops", List.of(DOMINATORS), (f, cache) -> new Loops(f, cache.get(DOMINATORS, f)));

    /** Live temps and local slots at block boundaries. */
    public static final Analysis.OfFunction<Liveness> LIVENESS =
            new Analysis.OfFunction<>("liveness", List.of(), (f, cache) -> Liveness.of(f));

    /** Direct calls between functions, their SCCs bottom-up. */
    public static final Analysis.OfModule<CallGraph> CALL_GRAPH =
            new Analysis.OfModule<>("call-graph", List.of(), (p, cache) -> new CallGraph(p));

    /** Type inference: the function instances, a type per value in each, return types (infer.Infer). */
    public static final Analysis.OfModule<Inference> TYPES =
            new Analysis.OfModule<>("types", List.of(), (p, cache) -> Infer.run(p));

    public static final List<Analysis<?>> ALL = List.of(DOMINATORS, LOOPS, LIVENESS, CALL_GRAPH, TYPES);
}
