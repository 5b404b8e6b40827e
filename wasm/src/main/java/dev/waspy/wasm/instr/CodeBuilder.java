package dev.waspy.wasm.instr;

import dev.waspy.wasm.model.ValType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a flat instruction list for code generators. The nesting helpers emit the matching
 * {@code end} (and {@code else}) themselves, so a generator cannot forget one:
 *
 * <pre>{@code
 * CodeBuilder b = new CodeBuilder();
 * b.block(BlockType.EMPTY, inner -> inner.localGet(0).op(NumericOp.I32_EQZ).brIf(0).call(3));
 * List<Instruction> body = b.finish();   // ends with the function's own end
 * }</pre>
 */
public final class CodeBuilder {
    private final List<Instruction> code = new ArrayList<>();
    private int depth;

    public CodeBuilder emit(Instruction instruction) {
        code.add(instruction);
        return this;
    }

    /** Current nesting depth: the number of labels in scope inside the body being built. */
    public int depth() {
        return depth;
    }

    public CodeBuilder block(BlockType type, Consumer<CodeBuilder> body) {
        return nested(new Control.Block(type), body);
    }

    public CodeBuilder loop(BlockType type, Consumer<CodeBuilder> body) {
        return nested(new Control.Loop(type), body);
    }

    /** if ... end, without an else arm. */
    public CodeBuilder ifThen(BlockType type, Consumer<CodeBuilder> then) {
        return ifElse(type, then, null);
    }

    /** if ... else ... end; {@code otherwise} may be null for no else arm. */
    public CodeBuilder ifElse(BlockType type, Consumer<CodeBuilder> then, Consumer<CodeBuilder> otherwise) {
        code.add(new Control.If(type));
        depth++;
        then.accept(this);
        if (otherwise != null) {
            code.add(new Control.Else());
            otherwise.accept(this);
        }
        depth--;
        code.add(new Control.End());
        return this;
    }

    private CodeBuilder nested(Instruction opener, Consumer<CodeBuilder> body) {
        code.add(opener);
        depth++;
        body.accept(this);
        depth--;
        code.add(new Control.End());
        return this;
    }

    public CodeBuilder unreachable() {
        return emit(new Control.Unreachable());
    }

    public CodeBuilder nop() {
        return emit(new Control.Nop());
    }

    public CodeBuilder br(int label) {
        return emit(new Control.Br(label));
    }

    public CodeBuilder brIf(int label) {
        return emit(new Control.BrIf(label));
    }

    public CodeBuilder brTable(List<Integer> labels, int defaultLabel) {
        return emit(new Control.BrTable(labels, defaultLabel));
    }

    public CodeBuilder ret() {
        return emit(new Control.Return());
    }

    public CodeBuilder call(int function) {
        return emit(new Control.Call(function));
    }

    public CodeBuilder callIndirect(int typeIndex, int table) {
        return emit(new Control.CallIndirect(typeIndex, table));
    }

    public CodeBuilder drop() {
        return emit(new Parametric.Drop());
    }

    public CodeBuilder select() {
        return emit(Parametric.Select.untyped());
    }

    public CodeBuilder select(ValType type) {
        return emit(new Parametric.Select(List.of(type)));
    }

    public CodeBuilder localGet(int index) {
        return emit(new Variable.LocalGet(index));
    }

    public CodeBuilder localSet(int index) {
        return emit(new Variable.LocalSet(index));
    }

    public CodeBuilder localTee(int index) {
        return emit(new Variable.LocalTee(index));
    }

    public CodeBuilder globalGet(int index) {
        return emit(new Variable.GlobalGet(index));
    }

    public CodeBuilder globalSet(int index) {
        return emit(new Variable.GlobalSet(index));
    }

    public CodeBuilder i32Const(int value) {
        return emit(new Numeric.I32Const(value));
    }

    public CodeBuilder i64Const(long value) {
        return emit(new Numeric.I64Const(value));
    }

    public CodeBuilder f32Const(float value) {
        return emit(Numeric.F32Const.of(value));
    }

    public CodeBuilder f64Const(double value) {
        return emit(Numeric.F64Const.of(value));
    }

    public CodeBuilder op(NumericOp op) {
        return emit(new Numeric.Op(op));
    }

    /** Appends already-built instructions (for example another builder's {@link #instructions()}). */
    public CodeBuilder emitAll(List<Instruction> instructions) {
        code.addAll(instructions);
        return this;
    }

    /** A load or store with an explicit alignment (log2 of bytes, at most the natural one). */
    public CodeBuilder mem(MemOp op, long offset, int align) {
        MemArg arg = new MemArg(align, offset);
        return emit(op.isLoad() ? new MemoryAccess.Load(op, arg) : new MemoryAccess.Store(op, arg));
    }

    /** A load or store with natural alignment. */
    public CodeBuilder mem(MemOp op, long offset) {
        MemArg arg = MemArg.natural(op, offset);
        return emit(op.isLoad() ? new MemoryAccess.Load(op, arg) : new MemoryAccess.Store(op, arg));
    }

    public CodeBuilder memorySize() {
        return emit(new MemoryAccess.MemorySize(0));
    }

    public CodeBuilder memoryGrow() {
        return emit(new MemoryAccess.MemoryGrow(0));
    }

    public CodeBuilder memoryCopy() {
        return emit(new BulkMemory.MemoryCopy(0, 0));
    }

    public CodeBuilder memoryFill() {
        return emit(new BulkMemory.MemoryFill(0));
    }

    public CodeBuilder refNull(ValType type) {
        return emit(new Reference.RefNull(type));
    }

    public CodeBuilder refFunc(int function) {
        return emit(new Reference.RefFunc(function));
    }

    /** The instructions so far, without a final end (for splicing into other code). */
    public List<Instruction> instructions() {
        return Collections.unmodifiableList(code);
    }

    /** The instructions followed by the function's (or expression's) closing end. */
    public List<Instruction> finish() {
        if (depth != 0) {
            throw new IllegalStateException("finish() inside a nested block");
        }
        List<Instruction> result = new ArrayList<>(code);
        result.add(new Control.End());
        return result;
    }
}
