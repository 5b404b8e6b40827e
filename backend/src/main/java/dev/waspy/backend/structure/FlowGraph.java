package dev.waspy.backend.structure;

import java.util.List;

/**
 * What the structurer needs to know about a function's control-flow graph: where it starts and how
 * each node ends. Nodes are compared with {@code equals}; everything unreachable from the entry is
 * ignored. The graph must be reducible (every cycle entered only through its header), which holds for
 * any CFG built from Python's structured statements.
 */
public interface FlowGraph<N> {
    N entry();

    Exit<N> exit(N node);

    /**
     * Nodes the node's code may branch to from its middle, before its exit (the handler of an
     * exception raised there). Each gets a label enclosing the node's code; {@link Shape.Code}
     * carries the branch depth of each, in this order.
     */
    default List<N> sideExits(N node) {
        return List.of();
    }
}
