package dev.waspy.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.backend.runtime.RuntimeLibrary;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-written program linked with the real runtime.wasm, run as a WASI command in Chicory and
 * compared with python3 running the same program:
 * <pre>print(2**70); print(0.1); print(2**70 // 0)</pre>
 */
class LinkRealRuntimeTest {
    private static final String PYTHON = "print(2**70)\nprint(0.1)\nprint(2**70 // 0)\n";

    /** Imports runtime function {@code name} with the runtime's own type; returns its index. */
    private static int importRt(Module m, String name) {
        FuncType t = RuntimeLibrary.functionType(name);
        m.imports().add(new Import(RuntimeLibrary.IMPORT_MODULE, name, new ImportDesc.Func(m.typeIndex(t))));
        return m.importCount(ExternKind.FUNC) - 1;
    }

    static Module program() {
        Module m = new Module();
        int init = importRt(m, "rt_init");
        int lshift = importRt(m, "rt_int_lshift");
        int writeInt = importRt(m, "rt_write_int");
        int writeChar = importRt(m, "rt_write_char");
        int repr = importRt(m, "rt_float_repr");
        int writeStr = importRt(m, "rt_write_str");
        int floordiv = importRt(m, "rt_int_floordiv");
        int uncaught = importRt(m, "rt_uncaught");
        int exit = importRt(m, "rt_exit");
        m.imports().add(new Import(RuntimeLibrary.IMPORT_MODULE, "rt_exc_addr",
                new ImportDesc.Global(new GlobalType(ValType.I32, false))));
        CodeBuilder b = new CodeBuilder();
        b.i32Const(0).i32Const(0).i32Const(0).call(init);
        b.i64Const(1 << 1).i64Const(70 << 1).call(lshift).localTee(0).call(writeInt);
        b.i32Const('\n').call(writeChar);
        b.f64Const(0.1).call(repr).call(writeStr).i32Const('\n').call(writeChar);
        b.localGet(0).i64Const(0).call(floordiv).localSet(0);
        // The exception check every may-raise call gets (ABI.md).
        b.globalGet(0).mem(MemOp.I32_LOAD, 0).ifThen(BlockType.EMPTY, t -> t.call(uncaught));
        b.localGet(0).call(writeInt).i32Const('\n').call(writeChar);
        b.i32Const(0).call(exit);
        int start = m.typeIndex(FuncType.of(List.of(), List.of()));
        m.functions().add(new Function(start, List.of(ValType.I64), b.finish()));
        int startIndex = m.functionCount() - 1;
        m.exports().add(new Export("_start", ExternKind.FUNC, startIndex));
        m.names().functionNames().put(startIndex, "_start");
        return m;
    }

    @Test
    void runsLikeCPython() throws Exception {
        Module linked = Linker.link(program());
        assertEquals(List.of(), Validator.validate(linked));
        WasiRun run = WasiRun.run(linked);

        WasiRun cpython = WasiRun.python3(PYTHON);

        assertEquals(cpython.stdout(), run.stdout());
        assertEquals(cpython.exitCode(), run.exitCode());
        String[] lines = cpython.stderr().strip().split("\n");
        assertTrue(run.stderr().startsWith("Traceback (most recent call last):\n"), run.stderr());
        assertTrue(run.stderr().endsWith(lines[lines.length - 1] + "\n"), run.stderr());
    }

    @Test
    void keepsOnlyWhatTheProgramReaches() {
        Module linked = Linker.link(program());
        int runtimeSize = RuntimeLibrary.bytes().length;
        int linkedSize = WasmWriter.write(linked).length;
        assertTrue(linkedSize < runtimeSize * 3 / 4, "linked " + linkedSize + " bytes, runtime " + runtimeSize);
        List<String> names = linked.names().functionNames().values().stream().toList();
        assertTrue(names.contains("rt_int_lshift") && names.contains("_start"), names.toString());
        assertTrue(!names.contains("rt_float_format") && !names.contains("rt_str_repr"), names.toString());
    }
}
