package dev.waspy.wasm.instr;

import dev.waspy.wasm.model.ValType;

/** Reference-types instructions. */
public sealed interface Reference extends Instruction {
    record RefNull(ValType type) implements Reference {
    }

    record RefIsNull() implements Reference {
    }

    record RefFunc(int function) implements Reference {
    }
}
