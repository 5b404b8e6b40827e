package dev.waspy.backend.structure;

import java.util.ArrayList;
import java.util.List;

/** How control leaves a node of a {@link FlowGraph}. */
public sealed interface Exit<N> {
    /** Unconditionally to {@code target}. */
    record Jump<N>(N target) implements Exit<N> {}

    /** To {@code ifTrue} when the node's condition (an i32) is non-zero, else to {@code ifFalse}. */
    record Branch<N>(N ifTrue, N ifFalse) implements Exit<N> {}

    /** To {@code cases.get(i)} when the node's selector is {@code i}, to {@code otherwise} for any other value. */
    record Switch<N>(List<N> cases, N otherwise) implements Exit<N> {
        public Switch {
            cases = List.copyOf(cases);
        }
    }

    /** Out of the function (return, or a call that never comes back). */
    record Leave<N>() implements Exit<N> {}

    /** Successor edges in order, one per edge (a target named twice counts twice). */
    default List<N> successors() {
        return switch (this) {
            case Jump<N> j -> List.of(j.target());
            case Branch<N> b -> List.of(b.ifTrue(), b.ifFalse());
            case Switch<N> s -> {
                List<N> all = new ArrayList<>(s.cases());
                all.add(s.otherwise());
                yield all;
            }
            case Leave<N> l -> List.of();
        };
    }
}
