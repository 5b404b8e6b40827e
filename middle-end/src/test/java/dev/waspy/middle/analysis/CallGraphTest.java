package dev.waspy.middle.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Call edges, SCCs (mutual and self recursion) and the bottom-up order of a small program. */
class CallGraphTest {
    private static final String SOURCE = """
            def leaf(x):
                return x + 1

            def even(n):
                if n == 0:
                    return True
                return odd(n - 1)

            def odd(n):
                if n == 0:
                    return False
                return even(n - 1)

            def fact(n):
                if n <= 1:
                    return 1
                return n * fact(n - 1)

            def top(n):
                if even(n):
                    return leaf(n) + fact(n)
                return 0

            print(top(5))
            """;

    private final IrProgram ir = Programs.built(SOURCE);
    private final CallGraph cg = new CallGraph(ir);

    private IrFunction fn(String name) { return ir.function(name); }

    private List<String> names(List<IrFunction> fs) { return fs.stream().map(IrFunction::name).toList(); }

    @Test
    void edgesAreTheDirectCalls() {
        assertEquals(List.of("leaf", "even", "fact"), names(cg.callees(fn("top"))));
        assertEquals(List.of("odd", "top"), names(cg.callers(fn("even"))));
        assertEquals(List.of("top"), names(cg.callees(fn(IrProgram.MODULE))));
        assertEquals(List.of(), cg.callees(fn("leaf")));
    }

    @Test
    void mutualAndSelfRecursionAreComponents() {
        assertEquals(List.of("even", "odd"), names(cg.scc(fn("odd"))));
        assertTrue(cg.recursive(fn("even")));
        assertTrue(cg.recursive(fn("fact")), "a self-loop is recursion");
        assertEquals(List.of("fact"), names(cg.scc(fn("fact"))));
        assertFalse(cg.recursive(fn("leaf")));
        assertFalse(cg.recursive(fn("top")));
    }

    @Test
    void componentsComeBottomUpCalleesFirst() {
        List<List<IrFunction>> order = cg.sccsBottomUp();
        assertEquals(5, order.size(), order.toString());
        for (IrFunction f : ir.functions()) {
            for (IrFunction g : cg.callees(f)) {
                if (cg.scc(f) != cg.scc(g)) {
                    assertTrue(order.indexOf(cg.scc(g)) < order.indexOf(cg.scc(f)), g.name() + " before its caller " + f.name());
                }
            }
        }
        assertEquals(List.of(IrProgram.MODULE), names(order.getLast()));
    }
}
