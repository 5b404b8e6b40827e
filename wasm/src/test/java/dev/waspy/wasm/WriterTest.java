package dev.waspy.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.text.WatPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A module built with CodeBuilder is written, run by an independent engine and printed. */
class WriterTest {
    /** fac(n) with a loop: acc = 1; while n > 1: acc *= n; n -= 1. */
    static Module factorial() {
        Module m = new Module();
        int type = m.typeIndex(FuncType.of(List.of(ValType.I64), List.of(ValType.I64)));
        CodeBuilder b = new CodeBuilder();
        b.i64Const(1).localSet(1);
        b.block(BlockType.EMPTY, exit -> exit.loop(BlockType.EMPTY, loop -> loop
                .localGet(0).i64Const(1).op(NumericOp.I64_LE_S).brIf(1)
                .localGet(1).localGet(0).op(NumericOp.I64_MUL).localSet(1)
                .localGet(0).i64Const(1).op(NumericOp.I64_SUB).localSet(0)
                .br(0)));
        b.localGet(1);
        m.functions().add(new Function(type, List.of(ValType.I64), b.finish()));
        m.exports().add(new Export("fac", ExternKind.FUNC, 0));
        m.names().setModuleName("math");
        m.names().functionNames().put(0, "fac");
        m.names().setLocalName(0, 0, "n");
        m.names().setLocalName(0, 1, "acc");
        return m;
    }

    @Test
    void writtenModuleRunsInChicory() {
        byte[] bytes = WasmWriter.write(factorial());
        Instance instance = Instance.builder(Parser.parse(bytes)).build();
        assertEquals(3628800L, instance.export("fac").apply(10)[0]);
        assertEquals(1L, instance.export("fac").apply(0)[0]);
    }

    @Test
    void watShowsNames() {
        String flat = WatPrinter.print(factorial());
        assertTrue(flat.contains("(func $fac (;0;) (type 0) (param $n i64) (result i64) (local $acc i64)"), flat);
        assertTrue(flat.contains("""
                    block  ;; label = @1
                      loop  ;; label = @2
                """), flat);
        assertTrue(flat.contains("        br_if 1 (;@1;)\n"), flat);
        assertTrue(flat.contains("        br 0 (;@2;)\n"), flat);
        String folded = WatPrinter.print(factorial(), WatPrinter.Style.FOLDED);
        assertTrue(folded.contains("(br_if 1 (;@1;) (i64.le_s (local.get $n) (i64.const 1)))"), folded);
        assertTrue(folded.contains("(loop  ;; label = @2\n"), folded);
        assertTrue(folded.contains("(local.set $acc (i64.mul (local.get $acc) (local.get $n)))"), folded);
    }
}
