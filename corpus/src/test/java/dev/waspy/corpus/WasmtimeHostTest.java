package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Processes;
import dev.waspy.frontend.diag.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiled modules run in wasmtime, through its Python package ({@code tools/wasmtime/run-wasmtime.py}),
 * and print CPython's stdout and exit status ({@code corpus/examples}); a hand-written module checks
 * argv and the {@code proc_exit} status. Skipped, with the reason, when the package is not installed
 * in {@code tools/wasmtime/site} ({@code ./run-tests} installs it with pip; PyPI may be unreachable).
 */
class WasmtimeHostTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Path TOOL = Corpus.root().resolve("tools/wasmtime");

    @TempDir
    static Path work;

    /** Per test, not per class: Surefire reports a skipped test with its reason, a skipped class with none. */
    @BeforeEach
    void needsWasmtime() {
        assumeTrue(Files.isDirectory(TOOL.resolve("site/wasmtime")), "the wasmtime Python package is not installed"
                + " in tools/wasmtime/site (./run-tests installs it with pip; PyPI may be unreachable)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "unicode_text", "zero_division", "dijkstra", "bigint_stress"})
    void wasmtimePrintsWhatCPythonPrints(String name) throws IOException {
        Path program = Corpus.examples().resolve(name + ".py");
        Path wasm = Files.write(work.resolve(name + ".wasm"), Compiler.compile(SourceFile.decode(
                "corpus/examples/" + name + ".py", Files.readAllBytes(program)), CompilerOptions.defaults()).wasm());
        Outcome run = run(wasm, List.of());
        Expected.load(program).mismatch(run).ifPresent(report -> {
            throw new AssertionError(name + " in wasmtime:\n" + report);
        });
    }

    @Test
    void passesArgvAndTheExitStatus() throws IOException {
        Path wasm = Files.write(work.resolve("echo.wasm"), Wat2Wasm.parse(EchoModule.WAT));
        Outcome run = run(wasm, List.of("alpha", "beta gamma"));
        assertEquals("echo.wasm\nalpha\nbeta gamma\n", new String(run.stdout(), StandardCharsets.UTF_8));
        assertEquals("to stderr\n", run.stderrText());
        assertEquals(43, run.status());
    }

    private static Outcome run(Path wasm, List<String> args) {
        List<String> command = new ArrayList<>(List.of("python3", TOOL.resolve("run-wasmtime.py").toString(),
                wasm.toString()));
        command.addAll(args);
        return Processes.run(command, work, LIMIT);
    }
}
