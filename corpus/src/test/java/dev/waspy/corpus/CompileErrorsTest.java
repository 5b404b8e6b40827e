package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.cli.Main;
import dev.waspy.cli.Streams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs under {@code corpus/errors} use constructs outside the supported language. Each must be
 * refused by {@code waspy build} the way the contract says: exit status 2, no module written, and on
 * stderr {@code FILE:LINE:COL: error: MESSAGE} (at the position in the program's header, naming the
 * construct), the source line, and a caret under the column; never a Java stack trace.
 */
class CompileErrorsTest {
    private static final Map<String, String> FAILURES = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyUnsupportedConstructIsAPositionedCompileError() {
        return Corpus.programs(Corpus.errors()).stream()
                .map(p -> DynamicTest.dynamicTest(Corpus.name(p), p.toUri(),
                        () -> KnownFailures.judge("errors/" + Corpus.name(p), problems(p))));
    }

    @AfterAll
    static void recordKnownFailures() {
        if (KnownFailures.recording()) {
            KnownFailures.record("errors", FAILURES);
        }
    }

    /** What is wrong with Waspy's report on one program, or "" when it is as the contract says. */
    private String problems(Path program) throws Exception {
        ErrorExpectation expect = ErrorExpectation.of(program);
        Path wasm = work.resolve(Corpus.name(program) + ".wasm");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Relative to the working directory, as a user would type it.
        String path = Path.of("").toAbsolutePath().relativize(program.toAbsolutePath()).toString();
        int status = Main.execute(new String[] {"build", path, "-o", wasm.toString()},
                new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        String stderr = err.toString(StandardCharsets.UTF_8);
        StringBuilder problems = new StringBuilder();
        if (stderr.contains("\tat ") || stderr.contains("Exception")) {
            problems.append("a stack trace reached the user\n");
        }
        problems.append(expect.problems(path, Files.readAllLines(program, StandardCharsets.UTF_8), stderr));
        if (status != 2) {
            problems.append("exit status: expected 2, got ").append(status).append('\n');
        }
        if (Files.exists(wasm)) {
            problems.append("a module was written despite the error\n");
        }
        if (!problems.isEmpty()) {
            FAILURES.put(Corpus.name(program), firstLine(problems.toString()));
            problems.append("stderr was:\n").append(TextDiff.tail(stderr, 8));
        }
        return problems.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Test
    void theExpectationCheckerItselfRejectsWrongReports() {
        ErrorExpectation e = new ErrorExpectation(3, 5, java.util.List.of("list"));
        java.util.List<String> src = java.util.List.of("", "", "x = [1]");
        String good = "f.py:3:5: error: list literals are not supported\n    x = [1]\n        ^\n";
        assertEquals("", e.problems("f.py", src, good));
        assertTrue(e.problems("f.py", src, good.replace("3:5", "3:4")).contains("position"));
        assertTrue(e.problems("f.py", src, good.replace("list literals", "this")).contains("does not name"));
        assertTrue(e.problems("f.py", src, good.replace("        ^", "       ^")).contains("caret"));
        assertTrue(e.problems("f.py", src, "f.py:3:5: error: list\n").contains("source line and a caret"));
        assertTrue(e.problems("f.py", src, "error: list\n").contains("first stderr line"));

        ErrorExpectation either = new ErrorExpectation(java.util.List.of(new ErrorExpectation.Position(3, 1),
                new ErrorExpectation.Position(3, 5)), java.util.List.of("list"));
        assertEquals("", either.problems("f.py", src, good));
        assertEquals("", either.problems("f.py", src, "f.py:3:1: error: list\n    x = [1]\n    ^\n"));
        assertTrue(either.problems("f.py", src, good.replace("3:5", "3:2")).contains("expected 3:1 or 3:5"));
    }
}
