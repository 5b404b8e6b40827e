package dev.waspy.wasm.instr;

/** Bulk memory instructions on linear memory (memory index always 0 in Wasm 2.0). */
public sealed interface BulkMemory extends Instruction {
    record MemoryInit(int data, int memory) implements BulkMemory {
    }

    record DataDrop(int data) implements BulkMemory {
    }

    record MemoryCopy(int destination, int source) implements BulkMemory {
    }

    record MemoryFill(int memory) implements BulkMemory {
    }
}
