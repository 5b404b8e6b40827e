package dev.waspy.middle.dump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.middle.MiddleEnd;
import org.junit.jupiter.api.Test;

/** The DOT form names every block and labels branch edges. */
class DotExportTest {
    @Test
    void branchesAreLabelled() {
        var file = SourceFile.of("t.py", "def f(n):\n    if n > 0:\n        return 1\n    return 2\nprint(f(3))\n");
        var ir = MiddleEnd.compile(file, Parser.parse(file), MiddleEnd.Options.forTests());
        String dot = DotExport.toDot(ir.function("f[int]"));
        assertTrue(dot.startsWith("// def f[int](n: int) -> int: (t.py:1)"), dot);
        assertTrue(dot.contains("digraph \"f[int]\""), dot);
        assertTrue(dot.contains("b0 -> b1 [ label=\"true\" ]"), dot);
        assertTrue(dot.contains("b0 -> b2 [ label=\"false\" ]"), dot);
        assertTrue(dot.contains("int.gt"), dot);
    }
}
