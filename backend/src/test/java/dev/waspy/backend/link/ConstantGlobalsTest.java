package dev.waspy.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads of immutable constant globals become constants; every other global read stays. */
class ConstantGlobalsTest {
    private static final FuncType TO_F64 = FuncType.of(List.of(), List.of(ValType.F64));

    /**
     * Globals: 0 an imported immutable i32; 1 immutable i32 7; 2 mutable i32 5; 3 immutable f64 0.5
     * (exported); 4 immutable i32 initialised from global 0. f() = g1 + g2 + g4 + g0, as f64, + g3.
     */
    private static Module module() {
        Module m = new Module();
        m.imports().add(new Import("env", "base", new ImportDesc.Global(new GlobalType(ValType.I32, false))));
        m.globals().add(new Global(new GlobalType(ValType.I32, false), ConstExpr.of(new Numeric.I32Const(7))));
        m.globals().add(new Global(new GlobalType(ValType.I32, true), ConstExpr.of(new Numeric.I32Const(5))));
        m.globals().add(new Global(new GlobalType(ValType.F64, false), ConstExpr.of(Numeric.F64Const.of(0.5))));
        m.globals().add(new Global(new GlobalType(ValType.I32, false), ConstExpr.of(new Variable.GlobalGet(0))));
        m.functions().add(new Function(m.typeIndex(TO_F64), List.of(), new CodeBuilder()
                .globalGet(1).globalGet(2).op(NumericOp.I32_ADD).globalGet(4).op(NumericOp.I32_ADD)
                .globalGet(0).op(NumericOp.I32_ADD).op(NumericOp.F64_CONVERT_I32_S)
                .globalGet(3).op(NumericOp.F64_ADD).finish()));
        m.exports().add(new Export("f", ExternKind.FUNC, 0));
        m.exports().add(new Export("half", ExternKind.GLOBAL, 3));
        return m;
    }

    private static List<Instruction> reads(Module m) {
        return m.functions().get(0).body().stream()
                .filter(i -> i instanceof Variable.GlobalGet || i instanceof Numeric.I32Const || i instanceof Numeric.F64Const)
                .toList();
    }

    @Test
    void foldsOnlyImmutableGlobalsWithAConstantValue() {
        Module m = module();
        ConstantGlobals.fold(m);
        assertEquals(List.of(new Numeric.I32Const(7), new Variable.GlobalGet(2), new Variable.GlobalGet(4),
                new Variable.GlobalGet(0), Numeric.F64Const.of(0.5)), reads(m));
        assertEquals(List.of(), Validator.validate(m));
    }

    @Test
    void theLinkedModuleKeepsOnlyTheGlobalsStillReadOrExported() {
        Module m = module();
        ConstantGlobals.fold(m);
        UnusedGlobals.remove(m);
        // Global 1 is gone; the exported one stays although nothing reads it any more.
        assertEquals(3, m.globals().size());
        assertTrue(m.exports().contains(new Export("half", ExternKind.GLOBAL, 2)));
        assertEquals(List.of(), Validator.validate(m));
    }

    @Test
    void aLinkedProgramReadsTheRuntimeAddressAsAConstant() {
        // LinkerTest's program reads the runtime's immutable base_addr (1).
        Module linked = Linker.link(LinkerTest.program(), LinkerTest.fakeRuntime());
        assertTrue(linked.globals().isEmpty(), "base_addr is folded into its readers and dropped");
        for (Function f : linked.functions()) {
            assertTrue(f.body().stream().noneMatch(i -> i instanceof Variable.GlobalGet), f.body().toString());
        }
        Instance instance = Instance.builder(Parser.parse(WasmWriter.write(linked))).build();
        assertEquals(61, instance.export("main").apply(5)[0]);
    }
}
