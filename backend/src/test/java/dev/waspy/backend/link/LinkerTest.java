package dev.waspy.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.MemoryType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linker on small hand-built modules: a stand-in runtime and programs importing from it. */
class LinkerTest {
    static final FuncType I32_I32 = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
    static final FuncType NONE = FuncType.of(List.of(), List.of());
    static final FuncType FD_WRITE = FuncType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32),
            List.of(ValType.I32));

    /**
     * A stand-in runtime: imports fd_write; defines unused (calls fd_write), helper (x * 3),
     * triple (calls helper), plus1 (x + global base); a memory, a data segment, a global.
     */
    static Module fakeRuntime() {
        Module m = new Module();
        m.imports().add(new Import("wasi_snapshot_preview1", "fd_write", new ImportDesc.Func(m.typeIndex(FD_WRITE))));
        int t = m.typeIndex(I32_I32);
        m.functions().add(new Function(t, List.of(), new CodeBuilder()
                .localGet(0).localGet(0).localGet(0).localGet(0).call(0).finish()));         // 1 unused
        m.functions().add(new Function(t, List.of(), new CodeBuilder()
                .localGet(0).i32Const(3).op(NumericOp.I32_MUL).finish()));                    // 2 helper
        m.functions().add(new Function(t, List.of(), new CodeBuilder().localGet(0).call(2).finish())); // 3 triple
        m.functions().add(new Function(t, List.of(), new CodeBuilder()
                .localGet(0).globalGet(0).op(NumericOp.I32_ADD).finish()));                   // 4 plus1
        m.memories().add(new MemoryType(Limits.atLeast(1)));
        m.globals().add(new Global(new GlobalType(ValType.I32, false), ConstExpr.of(
                new dev.waspy.wasm.instr.Numeric.I32Const(1))));
        m.data().add(new DataSegment(new DataMode.Active(0, ConstExpr.of(
                new dev.waspy.wasm.instr.Numeric.I32Const(16))), new byte[] {42}));
        m.exports().add(new Export("unused", ExternKind.FUNC, 1));
        m.exports().add(new Export("triple", ExternKind.FUNC, 3));
        m.exports().add(new Export("plus1", ExternKind.FUNC, 4));
        m.exports().add(new Export("base_addr", ExternKind.GLOBAL, 0));
        m.names().functionNames().put(0, "fd_write");
        m.names().functionNames().put(1, "unused");
        m.names().functionNames().put(2, "helper");
        m.names().functionNames().put(3, "triple");
        m.names().functionNames().put(4, "plus1");
        return m;
    }

    /** main(x) = triple(plus1(x)) + memory[16] + base_addr, using runtime imports only. */
    static Module program() {
        Module m = new Module();
        int t = m.typeIndex(I32_I32);
        m.imports().add(new Import("waspy_rt", "plus1", new ImportDesc.Func(t)));
        m.imports().add(new Import("waspy_rt", "triple", new ImportDesc.Func(t)));
        m.imports().add(new Import("waspy_rt", "base_addr", new ImportDesc.Global(new GlobalType(ValType.I32, false))));
        m.imports().add(new Import("waspy_rt", "memory", new ImportDesc.Memory(new MemoryType(Limits.atLeast(1)))));
        m.functions().add(new Function(t, List.of(), new CodeBuilder()
                .localGet(0).call(0).call(1)
                .i32Const(16).mem(dev.waspy.wasm.instr.MemOp.I32_LOAD8_U, 0).op(NumericOp.I32_ADD)
                .globalGet(0).op(NumericOp.I32_ADD).finish()));
        m.exports().add(new Export("main", ExternKind.FUNC, 2));
        m.names().setModuleName("prog");
        m.names().functionNames().put(2, "main");
        return m;
    }

    @Test
    void linksRunsAndShakesTheTree() {
        Module linked = Linker.link(program(), fakeRuntime());
        assertEquals(List.of(), Validator.validate(linked));
        // Kept: main, plus1, triple, helper. Dropped: unused and therefore the fd_write import.
        assertEquals(4, linked.functions().size());
        assertTrue(linked.imports().isEmpty(), "fd_write is only needed by an unreachable function");
        assertEquals(List.of("main", "helper", "triple", "plus1"),
                linked.names().functionNames().values().stream().toList());
        assertTrue(linked.exports().contains(new Export("memory", ExternKind.MEMORY, 0)));
        Instance instance = Instance.builder(Parser.parse(WasmWriter.write(linked))).build();
        // (5 + 1) * 3 + 42 + 1
        assertEquals(61, instance.export("main").apply(5)[0]);
    }

    @Test
    void deduplicatesWasiImports() {
        Module p = program();
        int ft = p.typeIndex(FD_WRITE);
        p.imports().add(0, new Import("wasi_snapshot_preview1", "fd_write", new ImportDesc.Func(ft)));
        // Shift the program's own indices: main is now function 3 and calls 1 and 2.
        int t = p.typeIndex(I32_I32);
        p.imports().add(new Import("waspy_rt", "unused", new ImportDesc.Func(t)));
        p.functions().set(0, new Function(t, List.of(), new CodeBuilder().localGet(0).call(1).call(2).call(3).finish()));
        p.exports().set(0, new Export("main", ExternKind.FUNC, 4));
        Module linked = Linker.link(p, fakeRuntime());
        assertEquals(List.of(), Validator.validate(linked));
        assertEquals(1, linked.importCount(ExternKind.FUNC), "one fd_write import for both sides");
    }

    @Test
    void theMemoryGrowsToWhatTheProgramImports() {
        Module p = program();
        p.imports().set(3, new Import("waspy_rt", "memory", new ImportDesc.Memory(new MemoryType(Limits.between(5, 100)))));
        Module linked = Linker.link(p, fakeRuntime());
        assertEquals(new MemoryType(Limits.between(5, 100)), linked.memories().get(0));
        assertEquals(List.of(), Validator.validate(linked));
    }

    @Test
    void refusesASignatureMismatchNamingBoth() {
        Module p = new Module();
        int bad = p.typeIndex(FuncType.of(List.of(ValType.I64), List.of(ValType.I32)));
        p.imports().add(new Import("waspy_rt", "triple", new ImportDesc.Func(bad)));
        LinkException e = assertThrows(LinkException.class, () -> Linker.link(p, fakeRuntime()));
        assertTrue(e.getMessage().contains("waspy_rt.triple"), e.getMessage());
        assertTrue(e.getMessage().contains("[i64] -> [i32]") && e.getMessage().contains("[i32] -> [i32]"), e.getMessage());
    }

    @Test
    void refusesAnUnknownImport() {
        Module p = new Module();
        p.imports().add(new Import("waspy_rt", "nope", new ImportDesc.Func(p.typeIndex(NONE))));
        LinkException e = assertThrows(LinkException.class, () -> Linker.link(p, fakeRuntime()));
        assertTrue(e.getMessage().contains("no such export"), e.getMessage());
    }

    @Test
    void refusesAProgramMemory() {
        Module p = new Module();
        p.memories().add(new MemoryType(Limits.atLeast(1)));
        assertThrows(LinkException.class, () -> Linker.link(p, fakeRuntime()));
    }

    @Test
    void keepsTheInputsUnchanged() {
        Module r = fakeRuntime();
        Module p = program();
        byte[] before = WasmWriter.write(r);
        Linker.link(p, r);
        assertFalse(r.functions().isEmpty());
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(WasmWriter.write(r)));
    }
}
