package dev.waspy.wasm.model;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * A constant expression (global initialiser, segment offset, element item). Like a function body it
 * is the flat instruction list of the binary format, including the terminating {@code end}.
 */
public record ConstExpr(List<Instruction> instructions) {
    public ConstExpr {
        instructions = List.copyOf(instructions);
    }

    /** The expression made of {@code instrs} followed by {@code end}. */
    public static ConstExpr of(Instruction... instrs) {
        List<Instruction> list = new ArrayList<>(List.of(instrs));
        list.add(new Control.End());
        return new ConstExpr(list);
    }
}
