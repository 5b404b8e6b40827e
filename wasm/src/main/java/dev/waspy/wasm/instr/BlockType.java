package dev.waspy.wasm.instr;

import dev.waspy.wasm.model.ValType;

/** The type of a block, loop or if: empty, one result, or a type index (multi-value). */
public sealed interface BlockType {
    BlockType EMPTY = new Empty();

    static BlockType of(ValType result) {
        return new Value(result);
    }

    record Empty() implements BlockType {
    }

    record Value(ValType type) implements BlockType {
    }

    record TypeIndex(int index) implements BlockType {
    }
}
