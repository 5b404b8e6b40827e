package dev.waspy.middle.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Natural loops and their nesting, and the dominators they are built on. */
class LoopsTest {
    private static final String SOURCE = """
            def f(n):
                t = 0
                for i in range(n):
                    j = 0
                    while j < i:
                        t += j
                        j += 1
                while t > 100:
                    t = t // 2
                return t

            print(f(30))
            """;

    private final IrFunction f = Programs.built(SOURCE).function("f");
    private final Loops loops = new Loops(f, Dominators.of(f));

    @Test
    void nestedAndSiblingLoopsAreFound() {
        assertEquals(3, loops.loops().size(), loops.loops().toString());
        Loops.Loop inner = loops.loops().stream().filter(l -> l.depth() == 2).findFirst().orElseThrow();
        Loops.Loop outer = inner.parent();
        Loops.Loop after = loops.loops().stream().filter(l -> l != inner && l != outer).findFirst().orElseThrow();
        assertTrue(loops.loops().indexOf(outer) < loops.loops().indexOf(inner), "outer loops first");
        assertNull(outer.parent());
        assertEquals(1, outer.depth());
        assertEquals(2, inner.depth());
        assertNull(after.parent(), "the second while is not inside the for");
        assertTrue(outer.blocks().containsAll(inner.blocks()));
        assertFalse(outer.blocks().contains(after.header()));
        for (Loops.Loop l : loops.loops()) {
            assertTrue(loops.isHeader(l.header()), l.toString());
            for (Block latch : l.latches()) assertTrue(l.contains(latch));
        }
        assertSame(inner, loops.loopOf(inner.header()));
        assertEquals(0, loops.depth(f.entry()));
        assertEquals(2, loops.depth(inner.latches().getFirst()));
    }

    @Test
    void dominatorsOfAHandMadeGraph() {
        // 0 -> 1 -> 2 -> 1 (a loop), 1 -> 3, 0 -> 3; 4 unreachable.
        Map<Integer, List<Integer>> succ = Map.of(0, List.of(1, 3), 1, List.of(2, 3), 2, List.of(1), 3, List.of(), 4, List.of(3));
        var dom = new Dominators<Integer>(0, succ::get);
        assertEquals(0, dom.idom(1));
        assertEquals(1, dom.idom(2));
        assertEquals(0, dom.idom(3), "3 is reached from 0 directly and through the loop");
        assertTrue(dom.dominates(1, 2));
        assertFalse(dom.dominates(2, 1));
        assertFalse(dom.reachable(4));
        assertFalse(dom.dominates(0, 4));
        assertEquals(List.of(0, 2), dom.predecessors(1).stream().sorted().toList());
        assertEquals(List.of(0, 1, 2, 3), dom.reversePostorder().stream().sorted().toList());
    }
}
