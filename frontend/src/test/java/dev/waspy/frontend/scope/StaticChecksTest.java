package dev.waspy.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Programs that parse but that CPython's compile() may reject (symbol table, compiler checks,
 * future imports, compile-time recursion limit), each run through Waspy and through python3 at
 * test time. syntax/compile-errors: CPython rejects each, and Waspy's scope analysis (what the
 * compiler runs first, before refusing what it does not support) must fail with the same
 * "file:line:col: message". syntax/compile-ok: near misses CPython accepts, which the static
 * checks must accept too. A RecursionError has no position in CPython: only its message is compared.
 */
class StaticChecksTest {
    @TestFactory
    List<DynamicTest> sameErrorAsCPythonCompile() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (var a : CPythonOracleAccess.compileAnswers(files("compile-errors"))) {
            tests.add(DynamicTest.dynamicTest(a.path().getFileName().toString(), () -> {
                String actual = waspy(a.path(), true);
                if (a.skip() != null) {
                    assertTrue(a.skip().startsWith("RecursionError"), a.skip());
                    assertTrue(actual != null && actual.endsWith(": maximum recursion depth exceeded during compilation"), actual);
                    return;
                }
                assertTrue(a.errMsg() != null, "CPython compiles " + a.path() + "; the case is not an error case");
                assertEquals(a.path() + ":" + a.errLine() + ":" + a.errOffset() + ": " + a.errMsg(), actual);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> acceptedAsByCPython() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (var a : CPythonOracleAccess.compileAnswers(files("compile-ok"))) {
            tests.add(DynamicTest.dynamicTest(a.path().getFileName().toString(), () -> {
                assertTrue(a.errMsg() == null && a.skip() == null, "CPython rejects " + a.path() + ": " + a.errMsg());
                assertEquals(null, waspy(a.path(), false));
            }));
        }
        return tests;
    }

    private static List<Path> files(String dirName) throws Exception {
        assumeTrue(pythonRuns(), "python3 (or $WASPY_PYTHON) does not run: no oracle for the static checks");
        Path dir = Path.of(StaticChecksTest.class.getResource("/syntax/" + dirName).toURI());
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /** Waspy's first error as "file:line:col: message", or null; {@code whole}: the whole scope analysis. */
    private static String waspy(Path path, boolean whole) throws Exception {
        SourceFile src = SourceFile.decode(path.toString(), Files.readAllBytes(path));
        try {
            var m = Parser.parse(src);
            if (whole) ScopeAnalysis.analyze(src, m);
            else StaticChecks.check(src, m);
            return null;
        } catch (CompileError e) {
            return path + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
        }
    }

    private static boolean pythonRuns() {
        String python = System.getenv("WASPY_PYTHON");
        try {
            Process p = new ProcessBuilder(python != null && !python.isBlank() ? python : "python3", "-c", "pass").start();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
