package dev.waspy.wasm.instr;

/** The immediate of a load or store: alignment as log2 of bytes, and the static offset (a u32). */
public record MemArg(int align, long offset) {
    public static MemArg natural(MemOp op) {
        return new MemArg(op.naturalAlign(), 0);
    }

    public static MemArg natural(MemOp op, long offset) {
        return new MemArg(op.naturalAlign(), offset);
    }
}
