package dev.waspy.backend.lower;

import dev.waspy.backend.link.Linker;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementMode;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.TableType;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.instr.Numeric;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's function table, for programs with function objects (classes, methods): table 0
 * holds, at index 0, an entry that calls nothing (a frame whose call the runtime already made),
 * then the table entries of {@link IrProgram#entries}, each {@code (frame: i32) -> i64}. The
 * dispatcher {@code (frame) -> object} reads the frame's table index and calls through the table;
 * compiled code's {@code CallIndirect} calls it, and it is exported as {@code waspy_prog.call}, the
 * import through which the runtime calls compiled code (the linker binds the two and drops the
 * export).
 */
final class TableEntries {
    static final String DISPATCH = "<dispatch>";
    static final String NO_CALL = "<no-call>";
    /** Where a frame's table index lies: the first item of the tuple (ABI.md). */
    private static final int INDEX_OFFSET = 8;

    private TableEntries() {}

    /** The backend's own functions the table needs, after the program's. */
    static List<String> symbols(IrProgram program) {
        return program.entries().isEmpty() ? List.of() : List.of(DISPATCH, NO_CALL);
    }

    private static FuncType entryType() {
        return FuncType.of(List.of(ValType.I32), List.of(ValType.I64));
    }

    /** The bodies of {@link #symbols}, in that order. */
    static List<Function> bodies(IrProgram program, Module m) {
        if (program.entries().isEmpty()) return List.of();
        int type = m.typeIndex(entryType());
        CodeBuilder dispatch = new CodeBuilder();
        dispatch.localGet(0).localGet(0).mem(MemOp.I64_LOAD, INDEX_OFFSET).i64Const(1).op(NumericOp.I64_SHR_S)
                .op(NumericOp.I32_WRAP_I64).callIndirect(type, 0);
        CodeBuilder none = new CodeBuilder();
        none.i64Const(0);
        return List.of(new Function(type, List.of(), dispatch.finish()), new Function(type, List.of(), none.finish()));
    }

    /** The table, its contents and the dispatcher's export, once every function has its index. */
    static void table(IrProgram program, Module m, Symbols symbols) {
        if (program.entries().isEmpty()) return;
        List<Integer> items = new ArrayList<>();
        items.add(symbols.indexOf(NO_CALL));
        for (String e : program.entries()) items.add(symbols.indexOf(e));
        m.tables().add(new TableType(ValType.FUNCREF, Limits.between(items.size(), items.size())));
        m.elements().add(new ElementSegment(ValType.FUNCREF, new ElementMode.Active(0, ConstExpr.of(new Numeric.I32Const(0))),
                new ElementItems.FuncIndices(items)));
        m.exports().add(new Export(Linker.PROGRAM_MODULE + ".call", ExternKind.FUNC, symbols.indexOf(DISPATCH)));
    }
}
