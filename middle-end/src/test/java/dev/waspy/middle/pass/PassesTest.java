package dev.waspy.middle.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The registry and the default pipeline stay consistent. */
class PassesTest {
    @Test
    void everyPassHasAKebabCaseNameAndADescription() {
        for (String name : Passes.names()) {
            Pass p = Passes.byName(name);
            assertEquals(name, p.name());
            assertTrue(name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), name);
            assertFalse(p.description().isBlank(), name);
        }
    }

    @Test
    void theDefaultPipelineNamesRegisteredPasses() {
        for (String name : Pipeline.DEFAULT) assertTrue(Passes.names().contains(name), name);
    }

    @Test
    void anUnknownPassIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class, () -> Passes.byName("no-such-pass"));
        assertTrue(e.getMessage().contains("const-fold"), e.getMessage());
    }

    @Test
    void theObserverSeesConstructionAndEveryPassInOrder() {
        var file = dev.waspy.frontend.diag.SourceFile.of("t.py", "x = 2 * 3\nprint(x)\n");
        var steps = new java.util.ArrayList<String>();
        var opts = dev.waspy.middle.MiddleEnd.Options.forTests().withObserver((step, ctx, nanos) -> steps.add(step));
        dev.waspy.middle.MiddleEnd.compile(file, dev.waspy.frontend.syntax.Parser.parse(file), opts);
        var expected = new java.util.ArrayList<String>(java.util.List.of("build"));
        expected.addAll(Pipeline.DEFAULT);
        assertEquals(expected, steps);
    }
}
