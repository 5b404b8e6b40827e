package dev.waspy.difftest.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reducer on synthetic predicates, with no compiler involved. */
class ReducerTest {
    private static final String PROGRAM = """
            a = 1
            if a:
                b = 2
                for i in range(3):
                    crash = (a + (7 * 3))
                    print(i)
                c = 4
            else:
                d = 5
            print(a)
            """;

    @Test
    void keepsOnlyWhatThePredicateNeeds() {
        Reducer reducer = new Reducer(p -> p.contains("crash") && p.contains("7"));
        assertEquals("crash = 7\n", reducer.reduce(PROGRAM));
        assertTrue(reducer.tests() > 0);
    }

    @Test
    void keepsTheBlocksThePredicateNeedsAndNoMore() {
        Reducer reducer = new Reducer(p -> p.contains("if a:") && p.contains("crash") && p.contains("7") && wellIndented(p));
        assertEquals("if a:\n    crash = 7\n", reducer.reduce(PROGRAM));
    }

    @Test
    void anEmptiedBlockGetsPass() {
        List<String> lines = PROGRAM.lines().toList();
        List<String> out = Statements.removeRange(lines, 8, 1);  // "    d = 5", alone in its else block
        assertEquals("    pass", out.get(8));
        assertEquals(lines.size(), out.size());
    }

    @Test
    void simplifierOffersOperandsCallArgumentsAndShortLiterals() {
        List<String> c = Simplifier.candidates("x = abs((a + 12345)) * 'long string'");
        assertTrue(c.contains("x = abs((a)) * 'long string'"), c::toString);
        assertTrue(c.contains("x = ((a + 12345)) * 'long string'"), c::toString);
        assertTrue(c.contains("x = abs((a + 1)) * 'long string'"), c::toString);
        assertTrue(c.contains("x = abs((a + 12345)) * 'a'"), c::toString);
    }

    /** A block header is followed by a deeper line: what CPython's parser would demand of these programs. */
    private static boolean wellIndented(String program) {
        List<String> lines = program.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(":") && (i + 1 >= lines.size()
                    || Statements.indent(lines.get(i + 1)) <= Statements.indent(lines.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
