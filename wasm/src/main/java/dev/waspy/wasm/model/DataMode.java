package dev.waspy.wasm.model;

/** How a data segment is used: copied into a memory at instantiation, or only by memory.init. */
public sealed interface DataMode {
    record Active(int memoryIndex, ConstExpr offset) implements DataMode {
    }

    record Passive() implements DataMode {
    }
}
