package dev.waspy.wasm.instr;

import java.util.List;

/** Control instructions; label operands are relative depths, as in the binary format. */
public sealed interface Control extends Instruction {
    record Unreachable() implements Control {
    }

    record Nop() implements Control {
    }

    record Block(BlockType type) implements Control {
    }

    record Loop(BlockType type) implements Control {
    }

    record If(BlockType type) implements Control {
    }

    record Else() implements Control {
    }

    record End() implements Control {
    }

    record Br(int label) implements Control {
    }

    record BrIf(int label) implements Control {
    }

    record BrTable(List<Integer> labels, int defaultLabel) implements Control {
        public BrTable {
            labels = List.copyOf(labels);
        }
    }

    record Return() implements Control {
    }

    record Call(int function) implements Control {
    }

    record CallIndirect(int typeIndex, int table) implements Control {
    }
}
