package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.cli.Main;
import dev.waspy.cli.Streams;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's path through the {@code waspy} command, in-process: {@code waspy run} gives CPython's
 * output and status (plain, with an uncaught exception, with sys.exit), and a module written by
 * {@code waspy build} runs in Node, and in {@code waspy run}, with the same result. These wait for {@code hello.py} to compile:
 * while it is listed in {@code corpus/known-failures.txt} they are skipped with its reason.
 */
class CliTest {
    @TempDir
    Path work;

    @BeforeEach
    void helloCompiles() {
        String reason = KnownFailures.load().get("examples/hello");
        assumeTrue(reason == null, () -> "examples/hello is a known failure: " + reason);
    }

    private static Outcome waspy(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        return new Outcome(out.toByteArray(), status, err.toByteArray());
    }

    private static void assertLikeCPython(Path program, Outcome actual) {
        Expected.load(program).mismatch(actual).ifPresent(report -> {
            throw new AssertionError(Corpus.name(program) + ":\n" + report);
        });
    }

    @Test
    void runGivesCPythonsOutput() {
        Path hello = Corpus.examples().resolve("hello.py");
        assertLikeCPython(hello, waspy("run", hello.toString()));
    }

    @Test
    void runPassesOnAnUncaughtExceptionAndSysExit() {
        Path zero = Corpus.examples().resolve("zero_division.py");
        assertLikeCPython(zero, waspy("run", zero.toString()));
        Path exit = Corpus.examples().resolve("exit_three.py");
        assertLikeCPython(exit, waspy("run", exit.toString()));
    }

    @Test
    void runTakesTheModuleBuildWrote() {
        Path zero = Corpus.examples().resolve("zero_division.py");
        Path wasm = work.resolve("zero_division.wasm");
        Outcome build = waspy("build", zero.toString(), "-o", wasm.toString());
        assertEquals(0, build.status(), build.stderrText());
        assertLikeCPython(zero, waspy("run", wasm.toString()));
    }

    @Test
    void buildWritesAModuleThatNodeRunsLikeCPython() {
        Path hello = Corpus.examples().resolve("hello.py");
        Path wasm = work.resolve("hello.wasm");
        Outcome build = waspy("build", hello.toString(), "-o", wasm.toString());
        assertEquals(0, build.status(), build.stderrText());
        assertEquals("", build.stderrText());
        assumeTrue(NodeWasi.available(), "node is not installed");
        assertLikeCPython(hello, NodeWasi.start(wasm, List.of()).await(Duration.ofSeconds(60)));
    }
}
