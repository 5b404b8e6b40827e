package dev.waspy.wasm.model;

/** How an element segment is used: copied into a table at instantiation, by table.init, or only declared. */
public sealed interface ElementMode {
    record Active(int tableIndex, ConstExpr offset) implements ElementMode {
    }

    record Passive() implements ElementMode {
    }

    /** Declares functions that ref.func may name; never copied into a table. */
    record Declarative() implements ElementMode {
    }
}
