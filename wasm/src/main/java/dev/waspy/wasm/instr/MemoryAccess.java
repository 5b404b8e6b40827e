package dev.waspy.wasm.instr;

/** Loads, stores, memory.size and memory.grow. In Wasm 2.0 the memory index is always 0. */
public sealed interface MemoryAccess extends Instruction {
    record Load(MemOp op, MemArg memArg) implements MemoryAccess {
    }

    record Store(MemOp op, MemArg memArg) implements MemoryAccess {
    }

    record MemorySize(int memory) implements MemoryAccess {
    }

    record MemoryGrow(int memory) implements MemoryAccess {
    }
}
