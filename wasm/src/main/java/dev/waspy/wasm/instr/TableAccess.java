package dev.waspy.wasm.instr;

/** Table instructions (reference types and bulk memory proposals). */
public sealed interface TableAccess extends Instruction {
    record TableGet(int table) implements TableAccess {
    }

    record TableSet(int table) implements TableAccess {
    }

    record TableSize(int table) implements TableAccess {
    }

    record TableGrow(int table) implements TableAccess {
    }

    record TableFill(int table) implements TableAccess {
    }

    record TableCopy(int destination, int source) implements TableAccess {
    }

    record TableInit(int element, int table) implements TableAccess {
    }

    record ElemDrop(int element) implements TableAccess {
    }
}
