package dev.waspy.backend.structure;

import java.util.List;

/**
 * Structured control flow, one-to-one with Wasm's control instructions. Branch depths count the
 * enclosing {@link Block}, {@link Loop} and {@link If} labels from the innermost (0) outwards, exactly
 * like Wasm's {@code br} immediates. The node-specific parts (a node's straight-line code, its
 * condition, its selector, its return) are left to whoever turns a shape into instructions.
 */
public sealed interface Shape<N> {
    /** The items one after another. */
    record Seq<N>(List<Shape<N>> items) implements Shape<N> {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** {@code block ... end}; a branch to it continues with the code of {@code follower}. */
    record Block<N>(Shape<N> body, N follower) implements Shape<N> {}

    /** {@code loop ... end}; a branch to it starts {@code header} again. */
    record Loop<N>(Shape<N> body, N header) implements Shape<N> {}

    /**
     * The node's code up to (excluding) its exit; {@code sideExitDepths} are the branch depths, at
     * this point, of the node's {@link FlowGraph#sideExits} in order.
     */
    record Code<N>(N node, List<Integer> sideExitDepths) implements Shape<N> {
        public Code {
            sideExitDepths = List.copyOf(sideExitDepths);
        }

        public Code(N node) {
            this(node, List.of());
        }
    }

    /** {@code if ... else ... end} on the condition of {@code node}'s {@link Exit.Branch}. */
    record If<N>(N node, Shape<N> then, Shape<N> otherwise) implements Shape<N> {}

    /**
     * Control passes along the edge {@code from -> to} here, right before the branch or the inlined
     * code that takes it: the place for code that belongs to the edge (SSA phi copies). Switch
     * edges have no such place: a target of a {@link BrTable} that needs edge code must be split.
     */
    record Edge<N>(N from, N to) implements Shape<N> {}

    /** {@code br depth}, going to {@code target}. */
    record Br<N>(int depth, N target) implements Shape<N> {}

    /** {@code br_table} on the selector of {@code node}'s {@link Exit.Switch}. */
    record BrTable<N>(N node, List<Integer> depths, int otherwise) implements Shape<N> {
        public BrTable {
            depths = List.copyOf(depths);
        }
    }

    /** The node's leaving of the function (its {@link Exit.Leave}). */
    record Leave<N>(N node) implements Shape<N> {}
}
