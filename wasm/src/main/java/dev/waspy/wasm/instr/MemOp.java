package dev.waspy.wasm.instr;

import static dev.waspy.wasm.model.ValType.F32;
import static dev.waspy.wasm.model.ValType.F64;
import static dev.waspy.wasm.model.ValType.I32;
import static dev.waspy.wasm.model.ValType.I64;

import dev.waspy.wasm.model.ValType;

/** Loads and stores: opcode, value type, natural alignment (log2 of the access width in bytes). */
public enum MemOp {
    I32_LOAD(0x28, "i32.load", I32, 2, true),
    I64_LOAD(0x29, "i64.load", I64, 3, true),
    F32_LOAD(0x2A, "f32.load", F32, 2, true),
    F64_LOAD(0x2B, "f64.load", F64, 3, true),
    I32_LOAD8_S(0x2C, "i32.load8_s", I32, 0, true),
    I32_LOAD8_U(0x2D, "i32.load8_u", I32, 0, true),
    I32_LOAD16_S(0x2E, "i32.load16_s", I32, 1, true),
    I32_LOAD16_U(0x2F, "i32.load16_u", I32, 1, true),
    I64_LOAD8_S(0x30, "i64.load8_s", I64, 0, true),
    I64_LOAD8_U(0x31, "i64.load8_u", I64, 0, true),
    I64_LOAD16_S(0x32, "i64.load16_s", I64, 1, true),
    I64_LOAD16_U(0x33, "i64.load16_u", I64, 1, true),
    I64_LOAD32_S(0x34, "i64.load32_s", I64, 2, true),
    I64_LOAD32_U(0x35, "i64.load32_u", I64, 2, true),
    I32_STORE(0x36, "i32.store", I32, 2, false),
    I64_STORE(0x37, "i64.store", I64, 3, false),
    F32_STORE(0x38, "f32.store", F32, 2, false),
    F64_STORE(0x39, "f64.store", F64, 3, false),
    I32_STORE8(0x3A, "i32.store8", I32, 0, false),
    I32_STORE16(0x3B, "i32.store16", I32, 1, false),
    I64_STORE8(0x3C, "i64.store8", I64, 0, false),
    I64_STORE16(0x3D, "i64.store16", I64, 1, false),
    I64_STORE32(0x3E, "i64.store32", I64, 2, false);

    private final int opcode;
    private final String text;
    private final ValType type;
    private final int naturalAlign;
    private final boolean load;

    MemOp(int opcode, String text, ValType type, int naturalAlign, boolean load) {
        this.opcode = opcode;
        this.text = text;
        this.type = type;
        this.naturalAlign = naturalAlign;
        this.load = load;
    }

    public int opcode() {
        return opcode;
    }

    public String text() {
        return text;
    }

    /** The type loaded onto or stored from the stack. */
    public ValType type() {
        return type;
    }

    /** log2 of the access width in bytes: the largest alignment a memarg may declare. */
    public int naturalAlign() {
        return naturalAlign;
    }

    public boolean isLoad() {
        return load;
    }

    /** The load or store with this opcode, or null. */
    public static MemOp byOpcode(int opcode) {
        for (MemOp op : values()) {
            if (op.opcode == opcode) {
                return op;
            }
        }
        return null;
    }
}
