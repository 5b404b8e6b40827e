package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.Chicory;
import dev.waspy.cli.run.Engine;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.PythonOracle;
import dev.waspy.frontend.diag.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs that read their input: every {@code corpus/input/NAME.py} runs with {@code NAME.stdin}
 * as stdin (empty when absent) and the lines of {@code NAME.args} as arguments (none when absent),
 * under CPython ({@code python3 -X utf8 NAME.py ARGS < NAME.stdin}, run now: the expectation is
 * made fresh each time, never stored), then compiled by both paths (typed and generic) and run in
 * Chicory and in Node. stdout bytes, the exit status and
 * the last line of stderr must agree; {@code sys.argv[0]} is {@code NAME.py} in all three.
 */
class ProgramInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> everyProgramReadsItsInputAsCPythonDoes() {
        Optional<String> noOracle = PythonOracle.unavailableReason();
        Assumptions.assumeTrue(noOracle.isEmpty(), () -> "ProgramInputTest needs CPython: " + noOracle.orElse(""));
        List<Path> programs = Corpus.programs(Corpus.root().resolve("corpus/input"));
        assertTrue(programs.size() >= 8, "corpus/input lost programs: " + programs);
        return programs.stream().map(p -> DynamicTest.dynamicTest(Corpus.name(p), p.toUri(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        String name = Corpus.name(program);
        Path stdinFile = Corpus.sibling(program, ".stdin");
        Path stdin = Files.exists(stdinFile) ? stdinFile : null;
        List<String> args = arguments(Corpus.sibling(program, ".args"));
        byte[] input = stdin == null ? new byte[0] : Files.readAllBytes(stdin);
        Processes.Running python = PythonOracle.start(program, args, stdin);
        SourceFile source = SourceFile.decode("corpus/input/" + program.getFileName(), Files.readAllBytes(program));
        StringBuilder problems = new StringBuilder();
        byte[] wasm = Compiler.compile(source, CompilerOptions.defaults()).wasm();
        Path file = Files.write(work.resolve(name + ".wasm"), wasm);
        Processes.Running node = NodeWasi.available() ? NodeWasi.start(file, name + ".py", args, stdin) : null;
        Outcome chicory = Chicory.run(wasm, name + ".py", args, input, Engine.INTERPRETER, LIMIT);
        Outcome expected = python.await(LIMIT);
        compare("Chicory", expected, chicory, problems);
        if (node != null) compare("Node", expected, node.await(LIMIT), problems);
        assertEquals("", problems.toString(), name + " differs from CPython");
    }

    /** One argument per line of the file (UTF-8); an empty line is an empty argument. */
    private static List<String> arguments(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        return List.of(text.split("\n", -1));
    }

    private static void compare(String engine, Outcome python, Outcome waspy, StringBuilder problems) {
        String at = "[" + engine + "] ";
        if (waspy.status() != python.status()) {
            problems.append(at).append("exit status ").append(waspy.status()).append(", CPython's ").append(python.status()).append('\n');
        }
        if (!Arrays.equals(waspy.stdout(), python.stdout())) {
            problems.append(at).append(TextDiff.describe("stdout (- CPython, + Waspy)", python.stdout(), waspy.stdout()));
        }
        if (!waspy.lastStderrLine().equals(python.lastStderrLine())) {
            problems.append(at).append("last stderr line ").append(TextDiff.quote(waspy.lastStderrLine()))
                    .append(", CPython's ").append(TextDiff.quote(python.lastStderrLine())).append('\n');
        }
    }
}
