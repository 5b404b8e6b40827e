package dev.waspy.middle.build.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** What the generic path does not handle yet is a compile error at the construct, never IR. */
class RefusalsTest {
    private record Case(String source, int line, int column, String what) {}

    private static final List<Case> CASES = List.of(
            new Case("g = (i for i in range(3))\n", 1, 5, "generator expressions as values (only a consuming builtin may take one)"),
            new Case("s = {1, (-8.0) ** 0.5, 4}\n", 1, 5, "set displays of constant expressions"),
            new Case("print('a'.encode())\n", 1, 7, "the method 'encode' on a value of unknown type"),
            new Case("print('a'.replace('a', 'b', count=1))\n", 1, 29, "keyword arguments of the method 'replace'"),
            new Case("e = enumerate([1])\n", 1, 5, "enumerate() as a value (only a loop or a consuming builtin may take it)"),
            new Case("print(len)\n", 1, 7, "functions and modules as values"),
            new Case("match 1:\n    case int(real=r):\n        pass\n", 2, 19, "keyword sub-patterns of class patterns"),
            new Case("import sys\nmatch {}:\n    case {sys.argv: 1}:\n        pass\n", 3, 11, "mapping pattern keys other than literals"),
            new Case("print(sorted([[1]], key=dict.fromkeys))\n", 1, 25, "this key function"));

    @TestFactory
    Stream<DynamicTest> refusedAtTheirPosition() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.what(), () -> {
            var file = SourceFile.of("t.py", c.source());
            var e = assertThrows(CompileError.class, () -> GenericBuilder.build(file, Parser.parse(file)));
            assertEquals(c.what() + ": not supported yet on the generic path", e.message());
            assertEquals(c.line(), e.line(), "line");
            assertEquals(c.column(), e.column(), "column");
        }));
    }
}
