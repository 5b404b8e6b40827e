package dev.waspy.middle.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.pass.FunctionPass;
import dev.waspy.middle.pass.ModulePass;
import dev.waspy.middle.pass.PassContext;
import dev.waspy.middle.pass.PassManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analyses are computed once, kept while valid, and dropped after a change unless preserved. */
class AnalysisCacheTest {
    private static final String SOURCE = """
            def g(n):
                s = 0
                for i in range(n):
                    s += i
                return s

            def h(n):
                return g(n) + 1

            print(h(4))
            """;

    private final IrProgram ir = Programs.built(SOURCE);
    private final PassContext ctx = new PassContext(ir, true);
    private final AnalysisCache cache = ctx.analyses();
    private final IrFunction g = ir.function("g");
    private final IrFunction h = ir.function("h");

    /** A pass that claims to change the functions named, preserving what it is told. */
    private record Touch(Preserved preserves, List<String> changes) implements FunctionPass {
        @Override public String name() { return "touch"; }
        @Override public String description() { return "reports a change"; }
        @Override public boolean run(IrFunction f, PassContext ctx) { return changes.contains(f.name()); }
    }

    private void warm() {
        for (IrFunction f : List.of(g, h)) {
            cache.get(Analyses.DOMINATORS, f);
            cache.get(Analyses.LOOPS, f);
            cache.get(Analyses.LIVENESS, f);
        }
        cache.get(Analyses.CALL_GRAPH);
        cache.get(Analyses.TYPES);
    }

    @Test
    void anAnalysisIsComputedOnceWhileValid() {
        var d = cache.get(Analyses.DOMINATORS, g);
        assertSame(d, cache.get(Analyses.DOMINATORS, g));
        cache.get(Analyses.LOOPS, g); // reuses the cached dominators
        assertEquals(1, cache.computations().get("dominators"));
        assertEquals(1, cache.computations().get("loops"));
    }

    @Test
    void aChangeDropsWhatThePassDoesNotPreserveOfThatFunctionOnly() {
        warm();
        var before = cache.get(Analyses.DOMINATORS, g);
        PassManager.runPasses(List.of(new Touch(Preserved.controlFlow(), List.of("g"))), ctx);
        assertTrue(cache.isCached(Analyses.DOMINATORS, g));
        assertTrue(cache.isCached(Analyses.LOOPS, g));
        assertFalse(cache.isCached(Analyses.LIVENESS, g), "instructions changed: liveness is stale");
        assertFalse(cache.isCached(Analyses.CALL_GRAPH, null), "not preserved: the call graph goes");
        assertTrue(cache.isCached(Analyses.LIVENESS, h), "h did not change");
        assertSame(before, cache.get(Analyses.DOMINATORS, g));
    }

    @Test
    void aPassThatChangesNothingInvalidatesNothing() {
        warm();
        PassManager.runPasses(List.of(new Touch(Preserved.NONE, List.of())), ctx);
        for (Analysis<?> a : Analyses.ALL) assertTrue(cache.isCached(a, g), a.name());
    }

    @Test
    void droppingAnAnalysisDropsWhatWasComputedFromIt() {
        warm();
        PassManager.runPasses(List.of(new Touch(Preserved.of(Analyses.LOOPS, Analyses.CALL_GRAPH), List.of("g"))), ctx);
        assertFalse(cache.isCached(Analyses.DOMINATORS, g));
        assertFalse(cache.isCached(Analyses.LOOPS, g), "loops are built on the dominators");
        assertTrue(cache.isCached(Analyses.CALL_GRAPH, null));
        assertNotSame(null, cache.get(Analyses.LOOPS, g));
        assertEquals(3, cache.computations().get("dominators"), "g's and h's, then g's again for its loops");
    }

    @Test
    void aModulePassThatChangedSomethingChecksEveryFunction() {
        warm();
        ModulePass everything = new ModulePass() {
            @Override public String name() { return "module-touch"; }
            @Override public String description() { return "reports a change to the program"; }
            @Override public Preserved preserves() { return Preserved.of(Analyses.LIVENESS); }
            @Override public boolean run(IrProgram p, PassContext c) { return true; }
        };
        PassManager.runPasses(List.of(everything), ctx);
        for (IrFunction f : List.of(g, h)) {
            assertFalse(cache.isCached(Analyses.DOMINATORS, f));
            assertTrue(cache.isCached(Analyses.LIVENESS, f));
        }
        assertFalse(cache.isCached(Analyses.CALL_GRAPH, null));
    }

    @Test
    void theRealPassesSayWhatTheyKeep() {
        warm();
        PassManager.run(List.of("mem2reg"), ctx);
        assertTrue(cache.isCached(Analyses.DOMINATORS, g), "mem2reg leaves the CFG alone");
        assertTrue(cache.isCached(Analyses.CALL_GRAPH, null));
        assertFalse(cache.isCached(Analyses.LIVENESS, g));
        PassManager.run(List.of("dead-blocks"), ctx);
        assertTrue(cache.isCached(Analyses.DOMINATORS, g), "nothing was unreachable: no change, nothing dropped");
    }
}
