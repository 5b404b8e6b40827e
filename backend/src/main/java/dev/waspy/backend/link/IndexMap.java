package dev.waspy.backend.link;

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
import dev.waspy.wasm.model.ConstExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each index of one input module lands in the merged module, for every index space an
 * instruction can name. Arrays are indexed by the input index; -1 marks an entity that was
 * dropped (naming it is a linker bug and fails loudly).
 */
record IndexMap(String what, int[] types, int[] functions, int[] tables, int[] globals, int[] elements, int[] data) {

    List<Instruction> apply(List<Instruction> body) {
        List<Instruction> out = new ArrayList<>(body.size());
        for (Instruction i : body) {
            out.add(apply(i));
        }
        return out;
    }

    ConstExpr apply(ConstExpr e) {
        return new ConstExpr(apply(e.instructions()));
    }

    Instruction apply(Instruction i) {
        return switch (i) {
            case Control.Call c -> new Control.Call(map(functions, c.function(), "function"));
            case Control.CallIndirect c ->
                    new Control.CallIndirect(map(types, c.typeIndex(), "type"), map(tables, c.table(), "table"));
            case Control.Block b -> new Control.Block(block(b.type()));
            case Control.Loop b -> new Control.Loop(block(b.type()));
            case Control.If b -> new Control.If(block(b.type()));
            case Control c -> c;
            case Variable.GlobalGet g -> new Variable.GlobalGet(map(globals, g.index(), "global"));
            case Variable.GlobalSet g -> new Variable.GlobalSet(map(globals, g.index(), "global"));
            case Variable v -> v;
            case Reference.RefFunc r -> new Reference.RefFunc(map(functions, r.function(), "function"));
            case Reference r -> r;
            case TableAccess t -> table(t);
            case BulkMemory.MemoryInit m -> new BulkMemory.MemoryInit(map(data, m.data(), "data segment"), m.memory());
            case BulkMemory.DataDrop d -> new BulkMemory.DataDrop(map(data, d.data(), "data segment"));
            case BulkMemory b -> b;
            case Parametric p -> p;
            case MemoryAccess m -> m;
            case Numeric n -> n;
        };
    }

    private Instruction table(TableAccess t) {
        return switch (t) {
            case TableAccess.TableGet x -> new TableAccess.TableGet(map(tables, x.table(), "table"));
            case TableAccess.TableSet x -> new TableAccess.TableSet(map(tables, x.table(), "table"));
            case TableAccess.TableSize x -> new TableAccess.TableSize(map(tables, x.table(), "table"));
            case TableAccess.TableGrow x -> new TableAccess.TableGrow(map(tables, x.table(), "table"));
            case TableAccess.TableFill x -> new TableAccess.TableFill(map(tables, x.table(), "table"));
            case TableAccess.TableCopy x ->
                    new TableAccess.TableCopy(map(tables, x.destination(), "table"), map(tables, x.source(), "table"));
            case TableAccess.TableInit x ->
                    new TableAccess.TableInit(map(elements, x.element(), "element segment"), map(tables, x.table(), "table"));
            case TableAccess.ElemDrop x -> new TableAccess.ElemDrop(map(elements, x.element(), "element segment"));
        };
    }

    private BlockType block(BlockType t) {
        return t instanceof BlockType.TypeIndex(int index) ? new BlockType.TypeIndex(map(types, index, "type")) : t;
    }

    int map(int[] space, int index, String kind) {
        if (index < 0 || index >= space.length || space[index] < 0) {
            throw new LinkException("internal error: " + what + " refers to " + kind + " " + index
                    + " which the linker did not keep");
        }
        return space[index];
    }
}
