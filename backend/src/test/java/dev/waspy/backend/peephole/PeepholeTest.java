package dev.waspy.backend.peephole;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The local clean-ups must only remove traffic whose removal cannot be observed. */
class PeepholeTest {
    private static Instruction get(int x) {
        return new Variable.LocalGet(x);
    }

    private static Instruction set(int x) {
        return new Variable.LocalSet(x);
    }

    private static final Instruction ONE = new Numeric.I32Const(1);
    private static final Instruction ADD = new Numeric.Op(NumericOp.I32_ADD);

    @Test
    void aValueWrittenAndReadOnceStaysOnTheStack() {
        // %1 = 1; %2 = %1 + %1 is not single-use; %3 = 1 is.
        List<Instruction> in = List.of(ONE, set(1), get(1), ONE, set(2), get(2), ADD, set(3), get(3), get(1), ADD);
        assertEquals(List.of(ONE, new Variable.LocalTee(1), ONE, ADD, get(1), ADD), LocalTraffic.run(in, 4));
    }

    @Test
    void aLocalWrittenOnTwoPathsKeepsItsWrites() {
        // A phi-like local set on two paths and read once: only a tee, never removal.
        List<Instruction> in = List.of(ONE, set(0), get(0), new dev.waspy.wasm.instr.Parametric.Drop(), ONE, set(0));
        assertEquals(List.of(ONE, new Variable.LocalTee(0), new dev.waspy.wasm.instr.Parametric.Drop(), ONE, set(0)), LocalTraffic.run(in, 1));
    }

    @Test
    void aCopyOfALocalOntoItselfGoesAndATeeBeforeASetOfTheSameLocalIsASet() {
        // A phi copied onto the local it already lives in; a tee whose value is stored again at once.
        List<Instruction> in = List.of(get(0), set(0), ONE, new Variable.LocalTee(1), set(1), get(2), set(0), get(1), get(1), ADD);
        assertEquals(List.of(ONE, set(1), get(2), set(0), get(1), get(1), ADD), LocalTraffic.run(in, 3));
    }

    @Test
    void aConstantWrittenOnceIsReadAsTheConstant() {
        // Local 1 holds 1 (read twice, a one-byte immediate), local 2 a big constant read once,
        // local 3 a big constant read twice (kept: repeating it would grow the code), local 4 a
        // constant written twice (a phi: kept), local 0 a parameter (kept: read before the write).
        var big = new Numeric.I64Const(1L << 40);
        List<Instruction> in = List.of(get(0), ONE, set(1), big, set(2), big, set(3), ONE, set(4), ONE, set(4), ONE, set(0),
                get(1), get(1), get(2), get(3), get(3), get(4), get(0));
        assertEquals(List.of(get(0), big, set(3), ONE, set(4), ONE, set(4), ONE, set(0),
                ONE, ONE, big, get(3), get(3), get(4), get(0)), ConstantLocals.run(in, 1, 5));
    }

    @Test
    void unusedLocalsAreDroppedAndTheRestRenumbered() {
        var names = new TreeMap<Integer, String>();
        names.put(0, "p");
        names.put(1, "dead");
        names.put(2, "live");
        var r = UnusedLocals.run(1, List.of(ValType.I64, ValType.F64), List.of(get(2), set(0)), names);
        assertEquals(List.of(ValType.F64), r.declared());
        assertEquals(List.of(get(1), set(0)), r.body());
        assertEquals("{0=p, 1=live}", r.names().toString());
    }
}
