package dev.waspy.backend.locals;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.pass.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Colouring must share locals (fewer than one per value) and never between values live at the
 * same time; the second property is checked end to end by the corpus and LoweringRunTest runs,
 * and here on the loop whose phis read each other.
 */
class InterferenceColouringTest {
    private static final String SOURCE = """
            def bezout(a: int, b: int) -> int:
                old_r, r = a, b
                old_s, s = 1, 0
                while r != 0:
                    q = old_r // r
                    old_r, r = r, old_r - q * r
                    old_s, s = s, old_s - q * s
                total = 0
                for i in range(old_r):
                    total += i
                for j in range(old_s):
                    total -= j
                return total
            print(bezout(240, 46))
            """;

    private static IrFunction bezout() {
        SourceFile src = SourceFile.of("t.py", SOURCE);
        var ir = MiddleEnd.compile(src, Parser.parse(src), new MiddleEnd.Options(Pipeline.DEFAULT, true));
        return ir.function("bezout[int, int]");
    }

    @Test
    void valuesWithDisjointLifetimesShareLocals() {
        IrFunction f = bezout();
        int perValue = new OneLocalPerValue().allocate(f).declared().size();
        int coloured = new InterferenceColouring().allocate(f).declared().size();
        assertTrue(coloured < perValue, coloured + " locals coloured, " + perValue + " one per value");
    }

    @Test
    void phisOfOneBlockAndTheValuesTheyReadNeverShare() {
        IrFunction f = bezout();
        FunctionLocals locals = new InterferenceColouring().allocate(f);
        for (Block b : f.blocks()) {
            Map<Integer, Temp> byLocal = new HashMap<>();
            for (Inst i : b.insts()) {
                if (i instanceof Inst.Phi p && FunctionLocals.valType(p.dst().type()) != null) {
                    Temp before = byLocal.put(locals.of(p.dst()), p.dst());
                    assertTrue(before == null, p.dst() + " and " + before + " share a local");
                }
            }
        }
    }
}
