package dev.waspy.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.validate.ValidationError;
import dev.waspy.wasm.validate.ValidationReport;
import dev.waspy.wasm.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors name the function, the instruction and what was expected and found; nothing throws. */
class ValidatorTest {
    @Test
    void validModuleHasNoErrors() {
        assertEquals(List.of(), Validator.validate(WriterTest.factorial()));
    }

    @Test
    void typeErrorNamesFunctionInstructionAndTypes() {
        Module m = new Module();
        int t = m.typeIndex(FuncType.of(List.of(ValType.I32), List.of(ValType.I32)));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().localGet(0).f64Const(1.5)
                .op(NumericOp.I32_ADD).finish()));
        m.names().functionNames().put(0, "bad_add");
        List<ValidationError> errors = Validator.validate(m);
        assertEquals(1, errors.size());
        ValidationError e = errors.get(0);
        assertEquals(0, e.function());
        assertEquals(2, e.instruction());
        assertEquals("i32.add", e.opcode());
        assertEquals("function 0 ($bad_add), instruction 2 (i32.add): type mismatch: expected i32, found f64",
                e.toString());
    }

    @Test
    void reportShowsTheErrorUnderItsInstruction() {
        Module m = new Module();
        int t = m.typeIndex(FuncType.of(List.of(ValType.I32), List.of(ValType.I32)));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().localGet(0).f64Const(1.5)
                .op(NumericOp.I32_ADD).finish()));
        String report = ValidationReport.format(m, Validator.validate(m));
        assertTrue(report.contains("""
                    f64.const 1.5
                    i32.add
                    ;; ^^^ instruction 2: type mismatch: expected i32, found f64
                """), report);
    }

    @Test
    void reportsEveryFunctionAndModuleErrorWithoutThrowing() {
        Module m = new Module();
        int t = m.typeIndex(FuncType.of(List.of(), List.of()));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().call(7).finish()));
        m.functions().add(new Function(42, List.of(), new CodeBuilder().finish()));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().i32Const(1).finish()));
        m.exports().add(new Export("x", ExternKind.MEMORY, 0));
        m.exports().add(new Export("x", ExternKind.FUNC, 0));
        List<String> errors = Validator.validate(m).stream().map(ValidationError::toString).toList();
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.contains("duplicate export name \"x\""), errors.toString());
        assertTrue(errors.contains("export \"x\": unknown memory 0"), errors.toString());
        assertTrue(errors.contains("function 0, instruction 0 (call): unknown function 7"), errors.toString());
        assertTrue(errors.contains("function 1: unknown type 42"), errors.toString());
        assertTrue(errors.contains("function 2, instruction 1 (end): type mismatch: 1 value(s) left on the stack"
                + " at the end of the block"), errors.toString());
    }
}
