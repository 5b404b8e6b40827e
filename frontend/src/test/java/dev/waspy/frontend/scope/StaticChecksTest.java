package dev.waspy.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.CPythonOracleAccess;
import dev.waspy.frontend.syntax.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each file under syntax/compile-errors parses but CPython's compile() rejects it (symbol table,
 * compiler checks, compile-time recursion limit); StaticChecks (with the SymbolTable it builds,
 * which raises the errors of its own rules: nonlocal without binding, walrus targets in
 * comprehensions, ...) must give the same message at CPython's line and offset. A RecursionError has no position in CPython: only its message is compared.
 */
class StaticChecksTest {
    @TestFactory
    List<DynamicTest> sameErrorAsCPythonCompile() throws Exception {
        Path dir = Path.of(StaticChecksTest.class.getResource("/syntax/compile-errors").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (var a : CPythonOracleAccess.compileAnswers(files)) {
            tests.add(DynamicTest.dynamicTest(a.path().getFileName().toString(), () -> {
                SourceFile src = SourceFile.decode(a.path().toString(), Files.readAllBytes(a.path()));
                String actual = null;
                try {
                    StaticChecks.check(src, Parser.parse(src));
                } catch (CompileError e) {
                    actual = e.line() + ":" + e.column() + ": " + e.getMessage();
                }
                if (a.skip() != null) {
                    assertTrue(a.skip().startsWith("RecursionError"), a.skip());
                    assertTrue(actual != null && actual.endsWith(": maximum recursion depth exceeded during compilation"), actual);
                    return;
                }
                assertTrue(a.errMsg() != null, "CPython compiles " + a.path() + "; the case is not an error case");
                assertEquals(a.errLine() + ":" + a.errOffset() + ": " + a.errMsg(), actual);
            }));
        }
        return tests;
    }
}
