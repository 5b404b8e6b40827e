package dev.waspy.wasm.binary;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.MemArg;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.MemoryAccess;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.instr.Parametric;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.TableAccess;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/** Decodes instructions; the inverse of {@link InstructionEncoder}. */
final class InstructionDecoder {
    private InstructionDecoder() {
    }

    /**
     * Reads instructions up to and including the {@code end} that closes the expression, counting
     * nested block/loop/if so that their own ends do not stop it.
     */
    static List<Instruction> expression(ByteReader r) throws MalformedWasmException {
        List<Instruction> out = new ArrayList<>();
        int depth = 0;
        while (true) {
            Instruction i = decode(r);
            out.add(i);
            if (i instanceof Control.Block || i instanceof Control.Loop || i instanceof Control.If) {
                depth++;
            } else if (i instanceof Control.End) {
                if (depth == 0) {
                    return out;
                }
                depth--;
            }
        }
    }

    static Instruction decode(ByteReader r) throws MalformedWasmException {
        int start = r.pos();
        int op = r.u8();
        if (op >= 0x28 && op <= 0x3E) {
            MemOp memOp = MemOp.byOpcode(op);
            int alignAt = r.pos();
            long align = r.unsigned(32);
            // 2^align must fit the 32-bit address space; bit 6 would announce a memory index (multi-memory).
            if (align >= 32) {
                throw r.errorAt(alignAt, "malformed memop flags: alignment 2^" + align);
            }
            MemArg arg = new MemArg((int) align, r.unsigned(32));
            return memOp.isLoad() ? new MemoryAccess.Load(memOp, arg) : new MemoryAccess.Store(memOp, arg);
        }
        if (op >= 0x45 && op <= 0xC4) {
            return new Numeric.Op(NumericOp.byCode(0, op));
        }
        return switch (op) {
            case 0x00 -> new Control.Unreachable();
            case 0x01 -> new Control.Nop();
            case 0x02 -> new Control.Block(blockType(r));
            case 0x03 -> new Control.Loop(blockType(r));
            case 0x04 -> new Control.If(blockType(r));
            case 0x05 -> new Control.Else();
            case 0x0B -> new Control.End();
            case 0x0C -> new Control.Br(r.index());
            case 0x0D -> new Control.BrIf(r.index());
            case 0x0E -> {
                int n = r.count();
                List<Integer> labels = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    labels.add(r.index());
                }
                yield new Control.BrTable(labels, r.index());
            }
            case 0x0F -> new Control.Return();
            case 0x10 -> new Control.Call(r.index());
            case 0x11 -> {
                int type = r.index();
                yield new Control.CallIndirect(type, r.index());
            }
            case 0x1A -> new Parametric.Drop();
            case 0x1B -> Parametric.Select.untyped();
            case 0x1C -> {
                int n = r.count();
                List<ValType> types = new ArrayList<>(Math.min(n, 16));
                for (int i = 0; i < n; i++) {
                    types.add(WasmReader.valType(r));
                }
                yield new Parametric.Select(types);
            }
            case 0x20 -> new Variable.LocalGet(r.index());
            case 0x21 -> new Variable.LocalSet(r.index());
            case 0x22 -> new Variable.LocalTee(r.index());
            case 0x23 -> new Variable.GlobalGet(r.index());
            case 0x24 -> new Variable.GlobalSet(r.index());
            case 0x25 -> new TableAccess.TableGet(r.index());
            case 0x26 -> new TableAccess.TableSet(r.index());
            case 0x3F -> new MemoryAccess.MemorySize(zeroByte(r));
            case 0x40 -> new MemoryAccess.MemoryGrow(zeroByte(r));
            case 0x41 -> new Numeric.I32Const(r.s32());
            case 0x42 -> new Numeric.I64Const(r.s64());
            case 0x43 -> new Numeric.F32Const(r.f32());
            case 0x44 -> new Numeric.F64Const(r.f64());
            case 0xD0 -> new Reference.RefNull(WasmReader.refType(r));
            case 0xD1 -> new Reference.RefIsNull();
            case 0xD2 -> new Reference.RefFunc(r.index());
            case 0xFC -> prefixed(r, start);
            case 0xFD -> throw r.errorAt(start, "SIMD instructions (prefix 0xfd) are not supported");
            default -> throw r.errorAt(start, "illegal opcode 0x" + Integer.toHexString(op));
        };
    }

    private static Instruction prefixed(ByteReader r, int start) throws MalformedWasmException {
        long sub = r.unsigned(32);
        if (sub <= 7) {
            return new Numeric.Op(NumericOp.byCode(0xFC, (int) sub));
        }
        return switch ((int) sub) {
            case 8 -> {
                int data = r.index();
                yield new BulkMemory.MemoryInit(data, zeroByte(r));
            }
            case 9 -> new BulkMemory.DataDrop(r.index());
            case 10 -> {
                int dst = zeroByte(r);
                yield new BulkMemory.MemoryCopy(dst, zeroByte(r));
            }
            case 11 -> new BulkMemory.MemoryFill(zeroByte(r));
            case 12 -> {
                int elem = r.index();
                yield new TableAccess.TableInit(elem, r.index());
            }
            case 13 -> new TableAccess.ElemDrop(r.index());
            case 14 -> {
                int dst = r.index();
                yield new TableAccess.TableCopy(dst, r.index());
            }
            case 15 -> new TableAccess.TableGrow(r.index());
            case 16 -> new TableAccess.TableSize(r.index());
            case 17 -> new TableAccess.TableFill(r.index());
            default -> throw r.errorAt(start, "illegal opcode 0xfc " + sub);
        };
    }

    /** Memory immediates are a reserved byte that must be zero in Wasm 2.0 (one memory only). */
    private static int zeroByte(ByteReader r) throws MalformedWasmException {
        int start = r.pos();
        if (r.u8() != 0) {
            throw r.errorAt(start, "zero byte expected");
        }
        return 0;
    }

    /** 0x40 (empty), a value type byte, or a non-negative s33 type index. */
    private static BlockType blockType(ByteReader r) throws MalformedWasmException {
        int b = r.peek();
        if (b == 0x40) {
            r.u8();
            return BlockType.EMPTY;
        }
        ValType t = ValType.fromCode(b);
        if (t != null) {
            r.u8();
            return BlockType.of(t);
        }
        int start = r.pos();
        long index = r.signed(33);
        if (index < 0 || index > Integer.MAX_VALUE) {
            throw r.errorAt(start, "malformed block type");
        }
        return new BlockType.TypeIndex((int) index);
    }
}
