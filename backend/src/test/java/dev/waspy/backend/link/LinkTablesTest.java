package dev.waspy.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementMode;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.TableType;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tree shaking through tables: indirect calls keep the element segments' functions alive. */
class LinkTablesTest {
    static final FuncType I32_I32 = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));

    /**
     * Runtime: 0 double(x), 1 negate(x) (both only in the table), 2 apply(i, x) = table[i](x),
     * 3 direct(x) = x + 7, 4 holder() returning ref.func 5 (never called), 5 target(x).
     */
    static Module runtime() {
        Module m = new Module();
        int t = m.typeIndex(I32_I32);
        int apply = m.typeIndex(FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)));
        int holder = m.typeIndex(FuncType.of(List.of(), List.of(ValType.FUNCREF)));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().localGet(0).i32Const(2).op(NumericOp.I32_MUL).finish()));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().i32Const(0).localGet(0).op(NumericOp.I32_SUB).finish()));
        m.functions().add(new Function(apply, List.of(), new CodeBuilder().localGet(1).localGet(0).callIndirect(t, 0).finish()));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().localGet(0).i32Const(7).op(NumericOp.I32_ADD).finish()));
        m.functions().add(new Function(holder, List.of(), new CodeBuilder().refFunc(5).finish()));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().localGet(0).finish()));
        m.tables().add(new TableType(ValType.FUNCREF, Limits.atLeast(2)));
        m.elements().add(new ElementSegment(ValType.FUNCREF,
                new ElementMode.Active(0, ConstExpr.of(new Numeric.I32Const(0))), new ElementItems.FuncIndices(List.of(0, 1))));
        m.elements().add(new ElementSegment(ValType.FUNCREF, new ElementMode.Declarative(),
                new ElementItems.FuncIndices(List.of(5))));
        m.exports().add(new Export("apply", ExternKind.FUNC, 2));
        m.exports().add(new Export("direct", ExternKind.FUNC, 3));
        m.exports().add(new Export("holder", ExternKind.FUNC, 4));
        for (String n : List.of("double", "negate", "apply", "direct", "holder", "target")) {
            m.names().functionNames().put(m.names().functionNames().size(), n);
        }
        return m;
    }

    static Module program(String imported, FuncType type, CodeBuilder body) {
        Module m = new Module();
        int t = m.typeIndex(type);
        m.imports().add(new Import("waspy_rt", imported, new ImportDesc.Func(t)));
        m.functions().add(new Function(t, List.of(), body.finish()));
        m.exports().add(new Export("main", ExternKind.FUNC, 1));
        return m;
    }

    @Test
    void indirectCallsKeepTheTableAndItsFunctions() {
        FuncType apply = FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
        Module linked = Linker.link(program("apply", apply, new CodeBuilder().localGet(0).localGet(1).call(0)), runtime());
        assertEquals(List.of(), Validator.validate(linked));
        assertEquals(1, linked.tables().size());
        assertEquals(List.of("double", "negate", "apply"),
                linked.names().functionNames().values().stream().toList());
        Instance inst = Instance.builder(Parser.parse(WasmWriter.write(linked))).build();
        assertEquals(10, inst.export("main").apply(0, 5)[0]);
        assertEquals(-5, (int) inst.export("main").apply(1, 5)[0]);
    }

    @Test
    void withoutIndirectCallsTablesAndSegmentsGo() {
        Module linked = Linker.link(program("direct", I32_I32, new CodeBuilder().localGet(0).call(0)), runtime());
        assertEquals(List.of(), Validator.validate(linked));
        assertTrue(linked.tables().isEmpty() && linked.elements().isEmpty());
        assertEquals(List.of("direct"), linked.names().functionNames().values().stream().toList());
        Instance inst = Instance.builder(Parser.parse(WasmWriter.write(linked))).build();
        assertEquals(12, inst.export("main").apply(5)[0]);
    }

    @Test
    void refFuncReachesItsTarget() {
        FuncType holder = FuncType.of(List.of(), List.of(ValType.FUNCREF));
        Module linked = Linker.link(program("holder", holder, new CodeBuilder().call(0)), runtime());
        assertEquals(List.of(), Validator.validate(linked), "ref.func needs its declaration kept");
        assertEquals(List.of("holder", "target"), linked.names().functionNames().values().stream().toList());
        assertTrue(linked.tables().isEmpty());
        assertEquals(1, linked.elements().size());
    }
}
