package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each of the three validators the corpus modules pass is really consulted, and says why it rejects. */
class ModuleValidatorsTest {
    @TempDir
    Path work;

    @Test
    void aWellTypedModulePassesAllThree() throws IOException {
        assertEquals(Optional.empty(), check(increment(new CodeBuilder().localGet(0).i32Const(1))));
    }

    @Test
    void aTypeErrorIsReportedByEachValidator() throws IOException {
        // i32.add given an f64: every validator must refuse it, each in its own words.
        String said = check(increment(new CodeBuilder().localGet(0).f64Const(1.5))).orElseThrow();
        assertTrue(said.contains("Waspy's validator: 1 errors, first: function 0"), said);
        assertTrue(said.contains("Chicory's validator: "), said);
        assertTrue(said.contains("wabt's wasm-validate (status 1): "), said);
        assertTrue(said.contains("type mismatch"), said);
    }

    /** A module of one function (i32) -> i32 whose body is {@code operands} then i32.add. */
    private static Module increment(CodeBuilder operands) {
        Module m = new Module();
        int t = m.typeIndex(FuncType.of(List.of(ValType.I32), List.of(ValType.I32)));
        m.functions().add(new Function(t, List.of(), operands.op(NumericOp.I32_ADD).finish()));
        return m;
    }

    private Optional<String> check(Module m) throws IOException {
        byte[] wasm = WasmWriter.write(m);
        return ModuleValidators.problems(m, wasm, Files.write(work.resolve("m.wasm"), wasm));
    }
}
