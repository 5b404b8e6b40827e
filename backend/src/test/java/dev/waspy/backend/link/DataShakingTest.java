package dev.waspy.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.Numeric;
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
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Data tree shaking on a hand-built runtime whose references are given directly: what a kept
 * function names is kept, and what kept data points to, transitively; exported addresses are
 * roots; the rest is dropped and kept neighbours are joined.
 */
class DataShakingTest {
    // Segments: 0 "a" at 1000 (read by reader), 1 "b" at 1004 (pointed to by a),
    // 2 "c" at 2000 (read only by unused), 3 "d" at 3000 (an exported address), 4 "e" at 4000 (nobody).
    private static final int[] AT = {1000, 1004, 2000, 3000, 4000};

    private static Module runtime() {
        Module m = new Module();
        m.memories().add(new MemoryType(Limits.atLeast(1)));
        int t = m.typeIndex(FuncType.of(List.of(), List.of(ValType.I32)));
        // function 0 reader: loads a; function 1 unused: loads c
        m.functions().add(new Function(t, List.of(), new CodeBuilder().i32Const(AT[0]).mem(MemOp.I32_LOAD, 0).finish()));
        m.functions().add(new Function(t, List.of(), new CodeBuilder().i32Const(AT[2]).mem(MemOp.I32_LOAD, 0).finish()));
        m.exports().add(new Export("reader", ExternKind.FUNC, 0));
        m.exports().add(new Export("unused", ExternKind.FUNC, 1));
        m.globals().add(new Global(new GlobalType(ValType.I32, false), ConstExpr.of(new Numeric.I32Const(AT[3]))));
        m.exports().add(new Export("d_addr", ExternKind.GLOBAL, 0));
        for (int i = 0; i < AT.length; i++) {
            m.data().add(new DataSegment(new DataMode.Active(0, ConstExpr.of(new Numeric.I32Const(AT[i]))),
                    new byte[] {(byte) ('a' + i), 1, 2, 3}));
        }
        return m;
    }

    private static DataReferences refs() {
        BitSet[] byFunction = {bits(0), bits(2)};
        BitSet[] bySegment = {bits(1), bits(), bits(), bits(), bits()};
        return new DataReferences(byFunction, bySegment, List.of("a", "b", "c", "d", "e"), -1, Map.of());
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        Arrays.stream(set).forEach(b::set);
        return b;
    }

    private static Module program() {
        Module p = new Module();
        int t = p.typeIndex(FuncType.of(List.of(), List.of(ValType.I32)));
        p.imports().add(new Import(Linker.RUNTIME_MODULE, "reader", new ImportDesc.Func(t)));
        p.functions().add(new Function(t, List.of(), new CodeBuilder().call(0).finish()));
        p.exports().add(new Export("main", ExternKind.FUNC, 1));
        return p;
    }

    @Test
    void keepsWhatKeptCodeAndKeptDataReach() {
        Module linked = Linker.link(program(), runtime(), refs());
        assertEquals(List.of(), Validator.validate(linked));
        // a and b are 4 bytes apart, closer than a segment header: one segment from 1000 to 1008.
        List<String> kept = linked.data().stream()
                .map(d -> DataShaking.constantAddress(d) + ":" + new String(d.bytes(), 0, 1)
                        + ":" + d.bytes().length)
                .toList();
        assertEquals(List.of("1000:a:8", "3000:d:4"), kept);
    }

    @Test
    void withoutReferencesAllDataStays() {
        Module linked = Linker.link(program(), runtime());
        List<Integer> starts = linked.data().stream().map(DataShaking::constantAddress).toList();
        assertEquals(List.of(1000, 2000, 3000, 4000), starts); // a and b joined, nothing dropped
    }
}
