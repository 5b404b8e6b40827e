package dev.waspy.wasm.validate;

import static dev.waspy.wasm.model.ValType.FUNCREF;
import static dev.waspy.wasm.model.ValType.I32;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.MemArg;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.MemoryAccess;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Parametric;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.TableAccess;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.TableType;
import dev.waspy.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Type-checks one instruction sequence with the spec's algorithm (appendix "Validation
 * Algorithm"): an operand stack whose entries may be "unknown" (null) after unreachable code, and a
 * stack of control frames. The first error ends the check of that sequence, since the stack is
 * meaningless after it.
 */
final class CodeValidator {
    /** Signals the first error; caught by {@link Validator}, never escapes it. */
    static final class Invalid extends RuntimeException {
        final int instruction;

        Invalid(int instruction, String message) {
            super(message, null, false, false);
            this.instruction = instruction;
        }
    }

    private record Frame(Instruction opener, List<ValType> params, List<ValType> results, int height,
            boolean[] unreachable) {
        List<ValType> labelTypes() {
            return opener instanceof Control.Loop ? params : results;
        }
    }

    private final Module module;
    private final List<ValType> locals;
    private final Set<Integer> declaredRefs;
    private final List<ValType> vals = new ArrayList<>();
    private final List<Frame> ctrls = new ArrayList<>();
    private int at;

    CodeValidator(Module module, List<ValType> locals, Set<Integer> declaredRefs) {
        this.module = module;
        this.locals = locals;
        this.declaredRefs = declaredRefs;
    }

    /** Checks {@code code} (ending with its final end) against the result types; throws {@link Invalid}. */
    void check(List<Instruction> code, List<ValType> results) {
        ctrls.add(new Frame(new Control.Block(BlockType.EMPTY), List.of(), results, 0, new boolean[1]));
        for (at = 0; at < code.size(); at++) {
            if (ctrls.isEmpty()) {
                throw error("instructions after the function's end");
            }
            instruction(code.get(at));
        }
        if (!ctrls.isEmpty()) {
            at = code.size() - 1;
            throw error("missing end: " + ctrls.size() + " block(s) not closed");
        }
    }

    private Invalid error(String message) {
        return new Invalid(at, message);
    }

    private void push(ValType t) {
        vals.add(t);
    }

    private void pushAll(List<ValType> types) {
        vals.addAll(types);
    }

    private ValType pop() {
        Frame f = ctrls.get(ctrls.size() - 1);
        if (vals.size() == f.height()) {
            if (f.unreachable()[0]) {
                return null;
            }
            throw error("type mismatch: expected an operand, found none");
        }
        return vals.remove(vals.size() - 1);
    }

    private ValType pop(ValType expected) {
        ValType actual = pop();
        if (actual != null && expected != null && actual != expected) {
            throw error("type mismatch: expected " + expected + ", found " + actual);
        }
        return actual;
    }

    /** Pops {@code types} (last first); returns what was popped, null for "unknown" below unreachable code. */
    private List<ValType> popAll(List<ValType> types) {
        List<ValType> popped = new ArrayList<>(types);
        for (int i = types.size() - 1; i >= 0; i--) {
            popped.set(i, pop(types.get(i)));
        }
        return popped;
    }

    private void pushFrame(Instruction opener, List<ValType> params, List<ValType> results) {
        ctrls.add(new Frame(opener, params, results, vals.size(), new boolean[1]));
        pushAll(params);
    }

    private Frame popFrame() {
        Frame f = ctrls.get(ctrls.size() - 1);
        popAll(f.results());
        if (vals.size() != f.height()) {
            throw error("type mismatch: " + (vals.size() - f.height()) + " value(s) left on the stack at the end of the block");
        }
        ctrls.remove(ctrls.size() - 1);
        return f;
    }

    private void unreachable() {
        Frame f = ctrls.get(ctrls.size() - 1);
        while (vals.size() > f.height()) {
            vals.remove(vals.size() - 1);
        }
        f.unreachable()[0] = true;
    }

    private Frame label(int depth) {
        if (depth < 0 || depth >= ctrls.size()) {
            throw error("unknown label " + depth + " (" + ctrls.size() + " in scope)");
        }
        return ctrls.get(ctrls.size() - 1 - depth);
    }

    private FuncType blockSignature(BlockType type) {
        return switch (type) {
            case BlockType.Empty e -> FuncType.of(List.of(), List.of());
            case BlockType.Value v -> FuncType.of(List.of(), List.of(v.type()));
            case BlockType.TypeIndex t -> type(t.index());
        };
    }

    private FuncType type(int index) {
        if (index < 0 || index >= module.types().size()) {
            throw error("unknown type " + index);
        }
        return module.types().get(index);
    }

    private void instruction(Instruction instr) {
        switch (instr) {
            case Control c -> control(c);
            case Parametric p -> parametric(p);
            case Variable v -> variable(v);
            case MemoryAccess m -> memory(m);
            case Numeric n -> numeric(n);
            case Reference r -> reference(r);
            case TableAccess t -> table(t);
            case BulkMemory b -> bulk(b);
        }
    }

    private void control(Control c) {
        switch (c) {
            case Control.Unreachable u -> unreachable();
            case Control.Nop n -> {
            }
            case Control.Block b -> {
                FuncType sig = blockSignature(b.type());
                popAll(sig.params());
                pushFrame(b, sig.params(), sig.results());
            }
            case Control.Loop l -> {
                FuncType sig = blockSignature(l.type());
                popAll(sig.params());
                pushFrame(l, sig.params(), sig.results());
            }
            case Control.If i -> {
                FuncType sig = blockSignature(i.type());
                pop(I32);
                popAll(sig.params());
                pushFrame(i, sig.params(), sig.results());
            }
            case Control.Else e -> {
                Frame f = ctrls.get(ctrls.size() - 1);
                if (!(f.opener() instanceof Control.If)) {
                    throw error("else without a matching if");
                }
                popFrame();
                pushFrame(e, f.params(), f.results());
            }
            case Control.End e -> {
                Frame f = popFrame();
                if (f.opener() instanceof Control.If && !f.params().equals(f.results())) {
                    throw error("type mismatch: if without else must leave its parameters unchanged, "
                            + "expected " + f.results() + ", found " + f.params());
                }
                pushAll(f.results());
            }
            case Control.Br b -> {
                popAll(label(b.label()).labelTypes());
                unreachable();
            }
            case Control.BrIf b -> {
                pop(I32);
                List<ValType> types = label(b.label()).labelTypes();
                popAll(types);
                pushAll(types);
            }
            case Control.BrTable b -> {
                pop(I32);
                int arity = label(b.defaultLabel()).labelTypes().size();
                for (int l : b.labels()) {
                    List<ValType> types = label(l).labelTypes();
                    if (types.size() != arity) {
                        throw error("type mismatch: br_table targets of different arity (" + types.size()
                                + " vs " + arity + ")");
                    }
                    pushAll(popAll(types));
                }
                popAll(label(b.defaultLabel()).labelTypes());
                unreachable();
            }
            case Control.Return r -> {
                popAll(ctrls.get(0).results());
                unreachable();
            }
            case Control.Call call -> {
                if (call.function() < 0 || call.function() >= module.functionCount()) {
                    throw error("unknown function " + call.function());
                }
                FuncType t = module.functionType(call.function());
                if (t == null) {
                    throw error("unknown type of function " + call.function());
                }
                popAll(t.params());
                pushAll(t.results());
            }
            case Control.CallIndirect ci -> {
                TableType table = table(ci.table());
                if (table.elemType() != FUNCREF) {
                    throw error("type mismatch: call_indirect needs a funcref table, table " + ci.table()
                            + " holds " + table.elemType());
                }
                FuncType t = type(ci.typeIndex());
                pop(I32);
                popAll(t.params());
                pushAll(t.results());
            }
        }
    }

    private void parametric(Parametric p) {
        switch (p) {
            case Parametric.Drop d -> pop();
            case Parametric.Select s -> {
                if (s.types() != null) {
                    if (s.types().size() != 1) {
                        throw error("invalid result arity: select takes exactly one type, found " + s.types().size());
                    }
                    ValType t = s.types().get(0);
                    pop(I32);
                    pop(t);
                    pop(t);
                    push(t);
                    return;
                }
                pop(I32);
                ValType t1 = pop();
                ValType t2 = pop();
                if ((t1 != null && t1.isReference()) || (t2 != null && t2.isReference())) {
                    throw error("type mismatch: untyped select needs numeric operands, found "
                            + (t1 != null && t1.isReference() ? t1 : t2));
                }
                if (t1 != null && t2 != null && t1 != t2) {
                    throw error("type mismatch: select operands differ: " + t2 + " and " + t1);
                }
                push(t1 == null ? t2 : t1);
            }
        }
    }

    private ValType local(int index) {
        if (index < 0 || index >= locals.size()) {
            throw error("unknown local " + index + " (" + locals.size() + " locals)");
        }
        return locals.get(index);
    }

    private GlobalType global(int index) {
        GlobalType g = module.globalType(index);
        if (g == null) {
            throw error("unknown global " + index);
        }
        return g;
    }

    private void variable(Variable v) {
        switch (v) {
            case Variable.LocalGet g -> push(local(g.index()));
            case Variable.LocalSet s -> pop(local(s.index()));
            case Variable.LocalTee t -> {
                ValType type = local(t.index());
                pop(type);
                push(type);
            }
            case Variable.GlobalGet g -> push(global(g.index()).type());
            case Variable.GlobalSet s -> {
                GlobalType g = global(s.index());
                if (!g.mutable()) {
                    throw error("global is immutable: global " + s.index());
                }
                pop(g.type());
            }
        }
    }

    private void requireMemory(int index) {
        if (module.memoryType(index) == null) {
            throw error("unknown memory " + index);
        }
    }

    private void alignment(MemOp op, MemArg arg) {
        if (arg.align() < 0 || arg.align() > op.naturalAlign()) {
            throw error("alignment must not be larger than natural: 2^" + Integer.toUnsignedString(arg.align())
                    + " > " + (1 << op.naturalAlign()));
        }
    }

    private void memory(MemoryAccess m) {
        switch (m) {
            case MemoryAccess.Load l -> {
                requireMemory(0);
                alignment(l.op(), l.memArg());
                pop(I32);
                push(l.op().type());
            }
            case MemoryAccess.Store s -> {
                requireMemory(0);
                alignment(s.op(), s.memArg());
                pop(s.op().type());
                pop(I32);
            }
            case MemoryAccess.MemorySize s -> {
                requireMemory(s.memory());
                push(I32);
            }
            case MemoryAccess.MemoryGrow g -> {
                requireMemory(g.memory());
                pop(I32);
                push(I32);
            }
        }
    }

    private void numeric(Numeric n) {
        switch (n) {
            case Numeric.I32Const c -> push(I32);
            case Numeric.I64Const c -> push(ValType.I64);
            case Numeric.F32Const c -> push(ValType.F32);
            case Numeric.F64Const c -> push(ValType.F64);
            case Numeric.Op op -> {
                popAll(op.op().params());
                push(op.op().result());
            }
        }
    }

    private void reference(Reference r) {
        switch (r) {
            case Reference.RefNull n -> push(n.type());
            case Reference.RefIsNull n -> {
                ValType t = pop();
                if (t != null && !t.isReference()) {
                    throw error("type mismatch: ref.is_null needs a reference, found " + t);
                }
                push(I32);
            }
            case Reference.RefFunc f -> {
                if (f.function() < 0 || f.function() >= module.functionCount()) {
                    throw error("unknown function " + f.function());
                }
                if (declaredRefs != null && !declaredRefs.contains(f.function())) {
                    throw error("undeclared function reference " + f.function());
                }
                push(FUNCREF);
            }
        }
    }

    private TableType table(int index) {
        TableType t = module.tableType(index);
        if (t == null) {
            throw error("unknown table " + index);
        }
        return t;
    }

    private ValType element(int index) {
        if (index < 0 || index >= module.elements().size()) {
            throw error("unknown elem segment " + index);
        }
        return module.elements().get(index).type();
    }

    private void table(TableAccess t) {
        switch (t) {
            case TableAccess.TableGet g -> {
                ValType type = table(g.table()).elemType();
                pop(I32);
                push(type);
            }
            case TableAccess.TableSet s -> {
                ValType type = table(s.table()).elemType();
                pop(type);
                pop(I32);
            }
            case TableAccess.TableSize s -> {
                table(s.table());
                push(I32);
            }
            case TableAccess.TableGrow g -> {
                ValType type = table(g.table()).elemType();
                pop(I32);
                pop(type);
                push(I32);
            }
            case TableAccess.TableFill f -> {
                ValType type = table(f.table()).elemType();
                pop(I32);
                pop(type);
                pop(I32);
            }
            case TableAccess.TableCopy c -> {
                ValType dst = table(c.destination()).elemType();
                ValType src = table(c.source()).elemType();
                if (dst != src) {
                    throw error("type mismatch: table.copy from a " + src + " table to a " + dst + " table");
                }
                pop(I32);
                pop(I32);
                pop(I32);
            }
            case TableAccess.TableInit i -> {
                ValType tableType = table(i.table()).elemType();
                ValType elemType = element(i.element());
                if (tableType != elemType) {
                    throw error("type mismatch: table.init of " + elemType + " segment into a " + tableType + " table");
                }
                pop(I32);
                pop(I32);
                pop(I32);
            }
            case TableAccess.ElemDrop d -> element(d.element());
        }
    }

    private void data(int index) {
        Integer count = module.dataCount();
        if (count == null) {
            throw error("data count section required (Module.setDataCount(data().size()))");
        }
        if (index < 0 || index >= count) {
            throw error("unknown data segment " + index);
        }
    }

    private void bulk(BulkMemory b) {
        switch (b) {
            case BulkMemory.MemoryInit i -> {
                requireMemory(i.memory());
                data(i.data());
                pop(I32);
                pop(I32);
                pop(I32);
            }
            case BulkMemory.DataDrop d -> data(d.data());
            case BulkMemory.MemoryCopy c -> {
                requireMemory(c.destination());
                requireMemory(c.source());
                pop(I32);
                pop(I32);
                pop(I32);
            }
            case BulkMemory.MemoryFill f -> {
                requireMemory(f.memory());
                pop(I32);
                pop(I32);
                pop(I32);
            }
        }
    }
}
