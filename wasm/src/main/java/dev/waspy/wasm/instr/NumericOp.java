package dev.waspy.wasm.instr;

import static dev.waspy.wasm.model.ValType.F32;
import static dev.waspy.wasm.model.ValType.F64;
import static dev.waspy.wasm.model.ValType.I32;
import static dev.waspy.wasm.model.ValType.I64;

import dev.waspy.wasm.model.ValType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every numeric instruction without immediates: comparisons, arithmetic, conversions, sign
 * extension (0xC0-0xC4) and non-trapping float-to-int conversions (prefix 0xFC, sub-opcodes 0-7).
 * Each carries its encoding and signature, so the writer, reader and validator need no table of
 * their own.
 */
public enum NumericOp {
    I32_EQZ(0x00, 0x45, "i32.eqz", I32, I32),
    I32_EQ(0x00, 0x46, "i32.eq", I32, I32, I32),
    I32_NE(0x00, 0x47, "i32.ne", I32, I32, I32),
    I32_LT_S(0x00, 0x48, "i32.lt_s", I32, I32, I32),
    I32_LT_U(0x00, 0x49, "i32.lt_u", I32, I32, I32),
    I32_GT_S(0x00, 0x4A, "i32.gt_s", I32, I32, I32),
    I32_GT_U(0x00, 0x4B, "i32.gt_u", I32, I32, I32),
    I32_LE_S(0x00, 0x4C, "i32.le_s", I32, I32, I32),
    I32_LE_U(0x00, 0x4D, "i32.le_u", I32, I32, I32),
    I32_GE_S(0x00, 0x4E, "i32.ge_s", I32, I32, I32),
    I32_GE_U(0x00, 0x4F, "i32.ge_u", I32, I32, I32),
    I64_EQZ(0x00, 0x50, "i64.eqz", I32, I64),
    I64_EQ(0x00, 0x51, "i64.eq", I32, I64, I64),
    I64_NE(0x00, 0x52, "i64.ne", I32, I64, I64),
    I64_LT_S(0x00, 0x53, "i64.lt_s", I32, I64, I64),
    I64_LT_U(0x00, 0x54, "i64.lt_u", I32, I64, I64),
    I64_GT_S(0x00, 0x55, "i64.gt_s", I32, I64, I64),
    I64_GT_U(0x00, 0x56, "i64.gt_u", I32, I64, I64),
    I64_LE_S(0x00, 0x57, "i64.le_s", I32, I64, I64),
    I64_LE_U(0x00, 0x58, "i64.le_u", I32, I64, I64),
    I64_GE_S(0x00, 0x59, "i64.ge_s", I32, I64, I64),
    I64_GE_U(0x00, 0x5A, "i64.ge_u", I32, I64, I64),
    F32_EQ(0x00, 0x5B, "f32.eq", I32, F32, F32),
    F32_NE(0x00, 0x5C, "f32.ne", I32, F32, F32),
    F32_LT(0x00, 0x5D, "f32.lt", I32, F32, F32),
    F32_GT(0x00, 0x5E, "f32.gt", I32, F32, F32),
    F32_LE(0x00, 0x5F, "f32.le", I32, F32, F32),
    F32_GE(0x00, 0x60, "f32.ge", I32, F32, F32),
    F64_EQ(0x00, 0x61, "f64.eq", I32, F64, F64),
    F64_NE(0x00, 0x62, "f64.ne", I32, F64, F64),
    F64_LT(0x00, 0x63, "f64.lt", I32, F64, F64),
    F64_GT(0x00, 0x64, "f64.gt", I32, F64, F64),
    F64_LE(0x00, 0x65, "f64.le", I32, F64, F64),
    F64_GE(0x00, 0x66, "f64.ge", I32, F64, F64),
    I32_CLZ(0x00, 0x67, "i32.clz", I32, I32),
    I32_CTZ(0x00, 0x68, "i32.ctz", I32, I32),
    I32_POPCNT(0x00, 0x69, "i32.popcnt", I32, I32),
    I32_ADD(0x00, 0x6A, "i32.add", I32, I32, I32),
    I32_SUB(0x00, 0x6B, "i32.sub", I32, I32, I32),
    I32_MUL(0x00, 0x6C, "i32.mul", I32, I32, I32),
    I32_DIV_S(0x00, 0x6D, "i32.div_s", I32, I32, I32),
    I32_DIV_U(0x00, 0x6E, "i32.div_u", I32, I32, I32),
    I32_REM_S(0x00, 0x6F, "i32.rem_s", I32, I32, I32),
    I32_REM_U(0x00, 0x70, "i32.rem_u", I32, I32, I32),
    I32_AND(0x00, 0x71, "i32.and", I32, I32, I32),
    I32_OR(0x00, 0x72, "i32.or", I32, I32, I32),
    I32_XOR(0x00, 0x73, "i32.xor", I32, I32, I32),
    I32_SHL(0x00, 0x74, "i32.shl", I32, I32, I32),
    I32_SHR_S(0x00, 0x75, "i32.shr_s", I32, I32, I32),
    I32_SHR_U(0x00, 0x76, "i32.shr_u", I32, I32, I32),
    I32_ROTL(0x00, 0x77, "i32.rotl", I32, I32, I32),
    I32_ROTR(0x00, 0x78, "i32.rotr", I32, I32, I32),
    I64_CLZ(0x00, 0x79, "i64.clz", I64, I64),
    I64_CTZ(0x00, 0x7A, "i64.ctz", I64, I64),
    I64_POPCNT(0x00, 0x7B, "i64.popcnt", I64, I64),
    I64_ADD(0x00, 0x7C, "i64.add", I64, I64, I64),
    I64_SUB(0x00, 0x7D, "i64.sub", I64, I64, I64),
    I64_MUL(0x00, 0x7E, "i64.mul", I64, I64, I64),
    I64_DIV_S(0x00, 0x7F, "i64.div_s", I64, I64, I64),
    I64_DIV_U(0x00, 0x80, "i64.div_u", I64, I64, I64),
    I64_REM_S(0x00, 0x81, "i64.rem_s", I64, I64, I64),
    I64_REM_U(0x00, 0x82, "i64.rem_u", I64, I64, I64),
    I64_AND(0x00, 0x83, "i64.and", I64, I64, I64),
    I64_OR(0x00, 0x84, "i64.or", I64, I64, I64),
    I64_XOR(0x00, 0x85, "i64.xor", I64, I64, I64),
    I64_SHL(0x00, 0x86, "i64.shl", I64, I64, I64),
    I64_SHR_S(0x00, 0x87, "i64.shr_s", I64, I64, I64),
    I64_SHR_U(0x00, 0x88, "i64.shr_u", I64, I64, I64),
    I64_ROTL(0x00, 0x89, "i64.rotl", I64, I64, I64),
    I64_ROTR(0x00, 0x8A, "i64.rotr", I64, I64, I64),
    F32_ABS(0x00, 0x8B, "f32.abs", F32, F32),
    F32_NEG(0x00, 0x8C, "f32.neg", F32, F32),
    F32_CEIL(0x00, 0x8D, "f32.ceil", F32, F32),
    F32_FLOOR(0x00, 0x8E, "f32.floor", F32, F32),
    F32_TRUNC(0x00, 0x8F, "f32.trunc", F32, F32),
    F32_NEAREST(0x00, 0x90, "f32.nearest", F32, F32),
    F32_SQRT(0x00, 0x91, "f32.sqrt", F32, F32),
    F32_ADD(0x00, 0x92, "f32.add", F32, F32, F32),
    F32_SUB(0x00, 0x93, "f32.sub", F32, F32, F32),
    F32_MUL(0x00, 0x94, "f32.mul", F32, F32, F32),
    F32_DIV(0x00, 0x95, "f32.div", F32, F32, F32),
    F32_MIN(0x00, 0x96, "f32.min", F32, F32, F32),
    F32_MAX(0x00, 0x97, "f32.max", F32, F32, F32),
    F32_COPYSIGN(0x00, 0x98, "f32.copysign", F32, F32, F32),
    F64_ABS(0x00, 0x99, "f64.abs", F64, F64),
    F64_NEG(0x00, 0x9A, "f64.neg", F64, F64),
    F64_CEIL(0x00, 0x9B, "f64.ceil", F64, F64),
    F64_FLOOR(0x00, 0x9C, "f64.floor", F64, F64),
    F64_TRUNC(0x00, 0x9D, "f64.trunc", F64, F64),
    F64_NEAREST(0x00, 0x9E, "f64.nearest", F64, F64),
    F64_SQRT(0x00, 0x9F, "f64.sqrt", F64, F64),
    F64_ADD(0x00, 0xA0, "f64.add", F64, F64, F64),
    F64_SUB(0x00, 0xA1, "f64.sub", F64, F64, F64),
    F64_MUL(0x00, 0xA2, "f64.mul", F64, F64, F64),
    F64_DIV(0x00, 0xA3, "f64.div", F64, F64, F64),
    F64_MIN(0x00, 0xA4, "f64.min", F64, F64, F64),
    F64_MAX(0x00, 0xA5, "f64.max", F64, F64, F64),
    F64_COPYSIGN(0x00, 0xA6, "f64.copysign", F64, F64, F64),
    I32_WRAP_I64(0x00, 0xA7, "i32.wrap_i64", I32, I64),
    I32_TRUNC_F32_S(0x00, 0xA8, "i32.trunc_f32_s", I32, F32),
    I32_TRUNC_F32_U(0x00, 0xA9, "i32.trunc_f32_u", I32, F32),
    I32_TRUNC_F64_S(0x00, 0xAA, "i32.trunc_f64_s", I32, F64),
    I32_TRUNC_F64_U(0x00, 0xAB, "i32.trunc_f64_u", I32, F64),
    I64_EXTEND_I32_S(0x00, 0xAC, "i64.extend_i32_s", I64, I32),
    I64_EXTEND_I32_U(0x00, 0xAD, "i64.extend_i32_u", I64, I32),
    I64_TRUNC_F32_S(0x00, 0xAE, "i64.trunc_f32_s", I64, F32),
    I64_TRUNC_F32_U(0x00, 0xAF, "i64.trunc_f32_u", I64, F32),
    I64_TRUNC_F64_S(0x00, 0xB0, "i64.trunc_f64_s", I64, F64),
    I64_TRUNC_F64_U(0x00, 0xB1, "i64.trunc_f64_u", I64, F64),
    F32_CONVERT_I32_S(0x00, 0xB2, "f32.convert_i32_s", F32, I32),
    F32_CONVERT_I32_U(0x00, 0xB3, "f32.convert_i32_u", F32, I32),
    F32_CONVERT_I64_S(0x00, 0xB4, "f32.convert_i64_s", F32, I64),
    F32_CONVERT_I64_U(0x00, 0xB5, "f32.convert_i64_u", F32, I64),
    F32_DEMOTE_F64(0x00, 0xB6, "f32.demote_f64", F32, F64),
    F64_CONVERT_I32_S(0x00, 0xB7, "f64.convert_i32_s", F64, I32),
    F64_CONVERT_I32_U(0x00, 0xB8, "f64.convert_i32_u", F64, I32),
    F64_CONVERT_I64_S(0x00, 0xB9, "f64.convert_i64_s", F64, I64),
    F64_CONVERT_I64_U(0x00, 0xBA, "f64.convert_i64_u", F64, I64),
    F64_PROMOTE_F32(0x00, 0xBB, "f64.promote_f32", F64, F32),
    I32_REINTERPRET_F32(0x00, 0xBC, "i32.reinterpret_f32", I32, F32),
    I64_REINTERPRET_F64(0x00, 0xBD, "i64.reinterpret_f64", I64, F64),
    F32_REINTERPRET_I32(0x00, 0xBE, "f32.reinterpret_i32", F32, I32),
    F64_REINTERPRET_I64(0x00, 0xBF, "f64.reinterpret_i64", F64, I64),
    I32_EXTEND8_S(0x00, 0xC0, "i32.extend8_s", I32, I32),
    I32_EXTEND16_S(0x00, 0xC1, "i32.extend16_s", I32, I32),
    I64_EXTEND8_S(0x00, 0xC2, "i64.extend8_s", I64, I64),
    I64_EXTEND16_S(0x00, 0xC3, "i64.extend16_s", I64, I64),
    I64_EXTEND32_S(0x00, 0xC4, "i64.extend32_s", I64, I64),
    I32_TRUNC_SAT_F32_S(0xFC, 0x00, "i32.trunc_sat_f32_s", I32, F32),
    I32_TRUNC_SAT_F32_U(0xFC, 0x01, "i32.trunc_sat_f32_u", I32, F32),
    I32_TRUNC_SAT_F64_S(0xFC, 0x02, "i32.trunc_sat_f64_s", I32, F64),
    I32_TRUNC_SAT_F64_U(0xFC, 0x03, "i32.trunc_sat_f64_u", I32, F64),
    I64_TRUNC_SAT_F32_S(0xFC, 0x04, "i64.trunc_sat_f32_s", I64, F32),
    I64_TRUNC_SAT_F32_U(0xFC, 0x05, "i64.trunc_sat_f32_u", I64, F32),
    I64_TRUNC_SAT_F64_S(0xFC, 0x06, "i64.trunc_sat_f64_s", I64, F64),
    I64_TRUNC_SAT_F64_U(0xFC, 0x07, "i64.trunc_sat_f64_u", I64, F64);

    private static final Map<Integer, NumericOp> BY_CODE = new HashMap<>();

    static {
        for (NumericOp op : values()) {
            BY_CODE.put(op.prefix << 16 | op.opcode, op);
        }
    }

    private final int prefix;
    private final int opcode;
    private final String text;
    private final ValType result;
    private final List<ValType> params;

    NumericOp(int prefix, int opcode, String text, ValType result, ValType... params) {
        this.prefix = prefix;
        this.opcode = opcode;
        this.text = text;
        this.result = result;
        this.params = List.of(params);
    }

    /** 0 for single-byte opcodes, 0xFC for the saturating conversions. */
    public int prefix() {
        return prefix;
    }

    /** The opcode byte, or the sub-opcode (a u32 in the binary) after the prefix. */
    public int opcode() {
        return opcode;
    }

    public String text() {
        return text;
    }

    public List<ValType> params() {
        return params;
    }

    public ValType result() {
        return result;
    }

    /** The op encoded as {@code prefix} (0 for none) and {@code opcode}, or null. */
    public static NumericOp byCode(int prefix, int opcode) {
        return BY_CODE.get(prefix << 16 | opcode);
    }
}
