package dev.waspy.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.backend.runtime.RuntimeLibrary;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tree shaking on the smallest program: hello world keeps a small fraction of the runtime. */
class LinkSizeTest {
    @Test
    void helloWorldKeepsLittleOfTheRuntime() {
        Module m = new Module();
        String[] names = {"rt_init", "rt_write_ascii", "rt_exit"};
        for (String n : names) {
            m.imports().add(new Import(RuntimeLibrary.IMPORT_MODULE, n,
                    new ImportDesc.Func(m.typeIndex(RuntimeLibrary.functionType(n)))));
        }
        byte[] text = "Hello, world!\n".getBytes(StandardCharsets.US_ASCII);
        int at = RuntimeLibrary.heapBase();
        m.data().add(new DataSegment(new DataMode.Active(0, dev.waspy.wasm.model.ConstExpr.of(
                new dev.waspy.wasm.instr.Numeric.I32Const(at))), text));
        CodeBuilder b = new CodeBuilder()
                .i32Const(at + 64).i32Const(at + 64 + 65536).i32Const(0).call(0)
                .i32Const(at).i32Const(text.length).call(1)
                .i32Const(0).call(2);
        m.functions().add(new Function(m.typeIndex(FuncType.of(List.of(), List.of())), List.of(), b.finish()));
        m.exports().add(new Export("_start", ExternKind.FUNC, 3));
        Module linked = Linker.link(m);
        assertEquals(List.of(), Validator.validate(linked));
        WasiRun run = WasiRun.run(linked);
        assertEquals("Hello, world!\n", run.stdout());
        assertEquals(0, run.exitCode());
        int size = WasmWriter.write(linked).length;
        int full = RuntimeLibrary.bytes().length;
        System.out.printf("hello world: %d bytes linked, runtime.wasm %d bytes, %d of %d runtime functions kept%n",
                size, full, linked.functions().size() - 1, RuntimeLibrary.sharedModule().functions().size());
        assertTrue(size < full / 4, size + " bytes");
    }

    /** The real hello world, compiled from Python: under 1 KiB, and it still says hello. */
    @Test
    void compiledHelloWorldIsUnderOneKilobyte() {
        Compilation c = Compiler.compile(SourceFile.of("hello.py", "print(\"Hello, world!\")\n"),
                CompilerOptions.defaults());
        assertEquals(List.of(), Validator.validate(c.module()));
        WasiRun run = WasiRun.run(c.module());
        assertEquals("Hello, world!\n", run.stdout());
        assertEquals(0, run.exitCode());
        System.out.printf("hello.py: %d bytes%n", c.wasm().length);
        assertTrue(c.wasm().length < 1024, c.wasm().length + " bytes:\n"
                + dev.waspy.backend.size.SizeReport.of(c.wasm(), c.programModule().functions().size()).format());
    }

    /**
     * A program that raises keeps its exception checks, the uncaught report and the messages it
     * prints: the folding of checks only happens when nothing kept can raise.
     */
    @Test
    void aProgramThatRaisesKeepsItsReport() {
        Compilation c = Compiler.compile(SourceFile.of("zero.py", "x = 0\nprint(\"before\")\nprint(1 // x)\n"),
                CompilerOptions.defaults());
        assertEquals(List.of(), Validator.validate(c.module()));
        WasiRun run = WasiRun.run(c.module());
        assertEquals("before\n", run.stdout());
        assertEquals(1, run.exitCode());
        String[] lines = run.stderr().strip().split("\n");
        assertEquals("ZeroDivisionError: integer division or modulo by zero", lines[lines.length - 1]);
    }

    /** runtime.wasm carries its relocations, and the ABI's objects are where its symbols say. */
    @Test
    void runtimeCarriesItsRelocations() {
        DataReferences refs = Linker.runtimeDataReferences();
        assertNotNull(refs, "runtime.wasm has no usable relocations (build.sh must pass --emit-relocs)");
        assertEquals(RuntimeLibrary.sharedModule().data().size(), refs.bySegment().length);
        assertTrue(refs.segmentOf("rt_none_addr") >= 0 && refs.segmentOf("rt_none_addr") < refs.bySegment().length);
        // rt_exc is zero-initialised: a symbol with no bytes in the data section
        assertTrue(refs.segmentOf("rt_exc_addr") >= refs.bySegment().length);
        assertTrue(refs.stackPointerGlobal() >= 0);
    }

    @Test
    void programDataMustNotOverlapTheRuntimes() {
        Module m = new Module();
        m.data().add(new DataSegment(new DataMode.Active(0, dev.waspy.wasm.model.ConstExpr.of(
                new dev.waspy.wasm.instr.Numeric.I32Const(RuntimeLibrary.heapBase() - 8))), new byte[] {1}));
        LinkException e = org.junit.jupiter.api.Assertions.assertThrows(LinkException.class, () -> Linker.link(m));
        assertTrue(e.getMessage().contains("overlaps the runtime's static data"), e.getMessage());
    }
}
