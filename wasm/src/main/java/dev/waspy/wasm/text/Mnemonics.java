package dev.waspy.wasm.text;

import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.MemoryAccess;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Parametric;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.TableAccess;
import dev.waspy.wasm.instr.Variable;

/** The text-format mnemonic of each instruction ("i32.add", "br_table"), used by the printer and in messages. */
public final class Mnemonics {
    private Mnemonics() {
    }

    public static String of(Instruction instruction) {
        return switch (instruction) {
            case Control c -> switch (c) {
                case Control.Unreachable u -> "unreachable";
                case Control.Nop n -> "nop";
                case Control.Block b -> "block";
                case Control.Loop l -> "loop";
                case Control.If i -> "if";
                case Control.Else e -> "else";
                case Control.End e -> "end";
                case Control.Br b -> "br";
                case Control.BrIf b -> "br_if";
                case Control.BrTable b -> "br_table";
                case Control.Return r -> "return";
                case Control.Call call -> "call";
                case Control.CallIndirect ci -> "call_indirect";
            };
            case Parametric p -> switch (p) {
                case Parametric.Drop d -> "drop";
                case Parametric.Select s -> "select";
            };
            case Variable v -> switch (v) {
                case Variable.LocalGet g -> "local.get";
                case Variable.LocalSet s -> "local.set";
                case Variable.LocalTee t -> "local.tee";
                case Variable.GlobalGet g -> "global.get";
                case Variable.GlobalSet s -> "global.set";
            };
            case MemoryAccess m -> switch (m) {
                case MemoryAccess.Load l -> l.op().text();
                case MemoryAccess.Store s -> s.op().text();
                case MemoryAccess.MemorySize s -> "memory.size";
                case MemoryAccess.MemoryGrow g -> "memory.grow";
            };
            case Numeric n -> switch (n) {
                case Numeric.I32Const c -> "i32.const";
                case Numeric.I64Const c -> "i64.const";
                case Numeric.F32Const c -> "f32.const";
                case Numeric.F64Const c -> "f64.const";
                case Numeric.Op op -> op.op().text();
            };
            case Reference r -> switch (r) {
                case Reference.RefNull n -> "ref.null";
                case Reference.RefIsNull n -> "ref.is_null";
                case Reference.RefFunc f -> "ref.func";
            };
            case TableAccess t -> switch (t) {
                case TableAccess.TableGet g -> "table.get";
                case TableAccess.TableSet s -> "table.set";
                case TableAccess.TableSize s -> "table.size";
                case TableAccess.TableGrow g -> "table.grow";
                case TableAccess.TableFill f -> "table.fill";
                case TableAccess.TableCopy c -> "table.copy";
                case TableAccess.TableInit i -> "table.init";
                case TableAccess.ElemDrop d -> "elem.drop";
            };
            case BulkMemory b -> switch (b) {
                case BulkMemory.MemoryInit i -> "memory.init";
                case BulkMemory.DataDrop d -> "data.drop";
                case BulkMemory.MemoryCopy c -> "memory.copy";
                case BulkMemory.MemoryFill f -> "memory.fill";
            };
        };
    }
}
