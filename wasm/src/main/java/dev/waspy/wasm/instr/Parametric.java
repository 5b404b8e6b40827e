package dev.waspy.wasm.instr;

import dev.waspy.wasm.model.ValType;
import java.util.List;

/** drop and select, which work on any operand type. */
public sealed interface Parametric extends Instruction {
    record Drop() implements Parametric {
    }

    /**
     * select; {@code types} is null for the untyped form (0x1B, numeric operands only) and holds the
     * annotation of the typed form (0x1C, required for reference operands).
     */
    record Select(List<ValType> types) implements Parametric {
        public Select {
            types = types == null ? null : List.copyOf(types);
        }

        public static Select untyped() {
            return new Select(null);
        }
    }
}
