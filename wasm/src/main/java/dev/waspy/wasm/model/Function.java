package dev.waspy.wasm.model;

import dev.waspy.wasm.instr.Instruction;
import java.util.List;

/**
 * A function defined in the module: its type index, the types of its locals beyond the parameters
 * (one entry per local, in index order) and its body, the flat instruction list of the binary
 * format ending with the function's {@code end}.
 */
public record Function(int typeIndex, List<ValType> locals, List<Instruction> body) {
}
