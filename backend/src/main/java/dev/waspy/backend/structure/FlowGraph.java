package dev.waspy.backend.structure;

/**
 * What the structurer needs to know about a function's control-flow graph: where it starts and how
 * each node ends. Nodes are compared with {@code equals}; everything unreachable from the entry is
 * ignored. The graph must be reducible (every cycle entered only through its header), which holds for
 * any CFG built from Python's structured statements.
 */
public interface FlowGraph<N> {
    N entry();

    Exit<N> exit(N node);
}
