package dev.waspy.middle.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every pipeline obeys the ordering table and runs the required passes; disabling passes is checked. */
class OrderingTest {
    private static final Map<String, List<String>> PIPELINES =
            Map.of("-O0", Pipeline.O0, "-O1", Pipeline.O1, "-O2", Pipeline.O2, "default", Pipeline.DEFAULT);

    @Test
    void everyPipelineObeysTheTable() {
        PIPELINES.forEach((name, p) -> assertEquals(List.of(), Ordering.violations(p), name));
    }

    @Test
    void everyPipelineRunsTheRequiredPasses() {
        PIPELINES.forEach((name, p) -> assertTrue(p.containsAll(Pipeline.REQUIRED), name));
        for (int level = 0; level <= 2; level++) assertEquals(Pipeline.forLevel(level), Pipeline.check(Pipeline.forLevel(level)));
    }

    @Test
    void everyRowNamesRegisteredPassesAndGivesAReason() {
        for (Ordering.Rule r : Ordering.TABLE) {
            assertTrue(Passes.names().contains(r.first()), r.toString());
            assertTrue(Passes.names().contains(r.second()), r.toString());
            assertFalse(r.reason().isBlank(), r.toString());
        }
    }

    private static Ordering.Rule rule(String first, String second) {
        return Ordering.TABLE.stream().filter(r -> r.first().equals(first) && r.second().equals(second)).findFirst().orElseThrow();
    }

    @Test
    void brokenOrdersAreReported() {
        var v = Ordering.violations(List.of("const-fold", "mem2reg", "dead-blocks", "dead-code"));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.getFirst().startsWith("mem2reg must run before const-fold: "), v.getFirst());
        v = Ordering.violations(List.of("mem2reg", "dead-blocks", "const-fold", "dead-code"));
        assertEquals(List.of("const-fold must be followed by dead-blocks: " + rule("const-fold", "dead-blocks").reason()), v);
        v = Ordering.violations(List.of("mem2reg", "range-loops", "specialize", "dead-code"));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.getFirst().startsWith("range-loops must be followed by mem2reg: "), v.getFirst());
    }

    @Test
    void disablingAPass() {
        assertEquals(List.of("range-loops", "mem2reg", "specialize", "list-loops", "mem2reg", "dead-blocks", "dead-code", "sink-boxes"),
                Pipeline.forLevel(2, List.of("const-fold")));
        assertEquals(List.of("range-loops", "mem2reg", "list-loops", "mem2reg", "const-fold", "dead-blocks", "dead-code", "sink-boxes"),
                Pipeline.forLevel(2, List.of("specialize")));
        assertEquals(List.of("mem2reg"),
                Pipeline.forLevel(1, List.of("range-loops", "specialize", "list-loops", "const-fold", "dead-blocks", "dead-code", "sink-boxes")));
        var e = assertThrows(Pipeline.InvalidPipeline.class, () -> Pipeline.forLevel(2, List.of("mem2reg")));
        assertTrue(e.getMessage().startsWith("pass 'mem2reg' cannot be disabled"), e.getMessage());
        e = assertThrows(Pipeline.InvalidPipeline.class, () -> Pipeline.forLevel(2, List.of("dead-blocks")));
        assertTrue(e.getMessage().contains("const-fold must be followed by dead-blocks"), e.getMessage());
        e = assertThrows(Pipeline.InvalidPipeline.class, () -> Pipeline.forLevel(2, List.of("no-such-pass")));
        assertTrue(e.getMessage().startsWith("unknown pass 'no-such-pass'"), e.getMessage());
        assertThrows(Pipeline.InvalidPipeline.class, () -> Pipeline.forLevel(3));
        assertThrows(Pipeline.InvalidPipeline.class, () -> Pipeline.check(List.of("const-fold", "dead-blocks")));
        e = assertThrows(Pipeline.InvalidPipeline.class, () -> Pipeline.forLevel(2, List.of("dead-code")));
        assertTrue(e.getMessage().contains("specialize must be followed by dead-code"), e.getMessage());
    }
}
