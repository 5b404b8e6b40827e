package dev.waspy.wasm.instr;

/** Access to locals (parameters first) and globals (imports first). */
public sealed interface Variable extends Instruction {
    int index();

    record LocalGet(int index) implements Variable {
    }

    record LocalSet(int index) implements Variable {
    }

    record LocalTee(int index) implements Variable {
    }

    record GlobalGet(int index) implements Variable {
    }

    record GlobalSet(int index) implements Variable {
    }
}
