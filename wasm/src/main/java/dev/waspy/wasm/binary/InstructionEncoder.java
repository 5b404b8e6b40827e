package dev.waspy.wasm.binary;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.MemoryAccess;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Parametric;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.TableAccess;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ValType;

/** Encodes one instruction in the binary format. */
final class InstructionEncoder {
    private static final int PREFIX_FC = 0xFC;

    private InstructionEncoder() {
    }

    static void encode(Instruction instruction, ByteWriter w) {
        switch (instruction) {
            case Control c -> control(c, w);
            case Parametric p -> parametric(p, w);
            case Variable v -> variable(v, w);
            case MemoryAccess m -> memory(m, w);
            case Numeric n -> numeric(n, w);
            case Reference r -> reference(r, w);
            case TableAccess t -> table(t, w);
            case BulkMemory b -> bulk(b, w);
        }
    }

    static void blockType(BlockType type, ByteWriter w) {
        switch (type) {
            case BlockType.Empty e -> w.u8(0x40);
            case BlockType.Value v -> w.u8(v.type().code());
            case BlockType.TypeIndex t -> w.s64(t.index());
        }
    }

    private static void control(Control c, ByteWriter w) {
        switch (c) {
            case Control.Unreachable u -> w.u8(0x00);
            case Control.Nop n -> w.u8(0x01);
            case Control.Block b -> {
                w.u8(0x02);
                blockType(b.type(), w);
            }
            case Control.Loop l -> {
                w.u8(0x03);
                blockType(l.type(), w);
            }
            case Control.If i -> {
                w.u8(0x04);
                blockType(i.type(), w);
            }
            case Control.Else e -> w.u8(0x05);
            case Control.End e -> w.u8(0x0B);
            case Control.Br b -> {
                w.u8(0x0C);
                w.u32(b.label());
            }
            case Control.BrIf b -> {
                w.u8(0x0D);
                w.u32(b.label());
            }
            case Control.BrTable b -> {
                w.u8(0x0E);
                w.u32(b.labels().size());
                for (int label : b.labels()) {
                    w.u32(label);
                }
                w.u32(b.defaultLabel());
            }
            case Control.Return r -> w.u8(0x0F);
            case Control.Call call -> {
                w.u8(0x10);
                w.u32(call.function());
            }
            case Control.CallIndirect ci -> {
                w.u8(0x11);
                w.u32(ci.typeIndex());
                w.u32(ci.table());
            }
        }
    }

    private static void parametric(Parametric p, ByteWriter w) {
        switch (p) {
            case Parametric.Drop d -> w.u8(0x1A);
            case Parametric.Select s -> {
                if (s.types() == null) {
                    w.u8(0x1B);
                } else {
                    w.u8(0x1C);
                    w.u32(s.types().size());
                    for (ValType t : s.types()) {
                        w.u8(t.code());
                    }
                }
            }
        }
    }

    private static void variable(Variable v, ByteWriter w) {
        w.u8(switch (v) {
            case Variable.LocalGet g -> 0x20;
            case Variable.LocalSet s -> 0x21;
            case Variable.LocalTee t -> 0x22;
            case Variable.GlobalGet g -> 0x23;
            case Variable.GlobalSet s -> 0x24;
        });
        w.u32(v.index());
    }

    private static void memory(MemoryAccess m, ByteWriter w) {
        switch (m) {
            case MemoryAccess.Load l -> {
                w.u8(l.op().opcode());
                w.u32(l.memArg().align());
                w.u32(l.memArg().offset());
            }
            case MemoryAccess.Store s -> {
                w.u8(s.op().opcode());
                w.u32(s.memArg().align());
                w.u32(s.memArg().offset());
            }
            case MemoryAccess.MemorySize s -> {
                w.u8(0x3F);
                w.u8(s.memory());
            }
            case MemoryAccess.MemoryGrow g -> {
                w.u8(0x40);
                w.u8(g.memory());
            }
        }
    }

    private static void numeric(Numeric n, ByteWriter w) {
        switch (n) {
            case Numeric.I32Const c -> {
                w.u8(0x41);
                w.s32(c.value());
            }
            case Numeric.I64Const c -> {
                w.u8(0x42);
                w.s64(c.value());
            }
            case Numeric.F32Const c -> {
                w.u8(0x43);
                w.f32(c.bits());
            }
            case Numeric.F64Const c -> {
                w.u8(0x44);
                w.f64(c.bits());
            }
            case Numeric.Op op -> {
                if (op.op().prefix() != 0) {
                    w.u8(op.op().prefix());
                    w.u32(op.op().opcode());
                } else {
                    w.u8(op.op().opcode());
                }
            }
        }
    }

    private static void reference(Reference r, ByteWriter w) {
        switch (r) {
            case Reference.RefNull n -> {
                w.u8(0xD0);
                w.u8(n.type().code());
            }
            case Reference.RefIsNull n -> w.u8(0xD1);
            case Reference.RefFunc f -> {
                w.u8(0xD2);
                w.u32(f.function());
            }
        }
    }

    private static void table(TableAccess t, ByteWriter w) {
        switch (t) {
            case TableAccess.TableGet g -> {
                w.u8(0x25);
                w.u32(g.table());
            }
            case TableAccess.TableSet s -> {
                w.u8(0x26);
                w.u32(s.table());
            }
            case TableAccess.TableInit i -> {
                fc(12, w);
                w.u32(i.element());
                w.u32(i.table());
            }
            case TableAccess.ElemDrop d -> {
                fc(13, w);
                w.u32(d.element());
            }
            case TableAccess.TableCopy c -> {
                fc(14, w);
                w.u32(c.destination());
                w.u32(c.source());
            }
            case TableAccess.TableGrow g -> {
                fc(15, w);
                w.u32(g.table());
            }
            case TableAccess.TableSize s -> {
                fc(16, w);
                w.u32(s.table());
            }
            case TableAccess.TableFill f -> {
                fc(17, w);
                w.u32(f.table());
            }
        }
    }

    private static void bulk(BulkMemory b, ByteWriter w) {
        switch (b) {
            case BulkMemory.MemoryInit i -> {
                fc(8, w);
                w.u32(i.data());
                w.u8(i.memory());
            }
            case BulkMemory.DataDrop d -> {
                fc(9, w);
                w.u32(d.data());
            }
            case BulkMemory.MemoryCopy c -> {
                fc(10, w);
                w.u8(c.destination());
                w.u8(c.source());
            }
            case BulkMemory.MemoryFill f -> {
                fc(11, w);
                w.u8(f.memory());
            }
        }
    }

    private static void fc(int subOpcode, ByteWriter w) {
        w.u8(PREFIX_FC);
        w.u32(subOpcode);
    }
}
