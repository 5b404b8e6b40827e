package dev.waspy.wasm.model;

import java.util.List;

/**
 * The items of an element segment, in one of the two binary encodings: plain function indices
 * (funcref only) or one constant expression per item.
 */
public sealed interface ElementItems {
    int size();

    record FuncIndices(List<Integer> indices) implements ElementItems {
        public int size() {
            return indices.size();
        }
    }

    record Expressions(List<ConstExpr> exprs) implements ElementItems {
        public int size() {
            return exprs.size();
        }
    }
}
