package dev.waspy.corpus;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.Chicory;
import dev.waspy.cli.run.Engine;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Processes;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test: every program under {@code corpus/examples} is compiled by Waspy, its
 * module checked by three validators ({@link ModuleValidators}: Waspy's, Chicory's, wabt's), then
 * run in Chicory (through {@code WasiRunner}, as {@code waspy run} does) and in Node (through
 * {@code tools/node/run-wasi.mjs}, as a user of {@code waspy build} would); stdout bytes, exit status and, for a non-zero status, the last stderr
 * line must equal CPython's, stored in the expected files. The Node run overlaps the Chicory run.
 *
 * <p>A run writes {@code target/corpus-report.md}: one row per program with its result, the stage
 * that failed and the first line of the failure, and the time each stage took.
 */
class CorpusTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final long SLOW_INTERPRETER_MS = 1500;
    private static final Map<String, Row> ROWS = new ConcurrentHashMap<>();
    private static final boolean NODE = NodeWasi.available();

    @TempDir
    static Path work;

    /** One program's result for the report. */
    record Row(String program, Optional<Stage> failedAt, String firstLine, long compileMs, long validateMs,
               long chicoryMs, long nodeMs, Engine engine) {}

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrints() {
        if (!NODE) {
            System.err.println("CorpusTest: node is not installed; the Node half of each test is skipped");
        }
        return Corpus.selected(Corpus.programs(Corpus.examples())).stream()
                .map(p -> DynamicTest.dynamicTest(Corpus.name(p), p.toUri(),
                        () -> KnownFailures.judge("examples/" + Corpus.name(p), differences(p))));
    }

    /** Everything that differs from CPython for one program, or "" when nothing does. */
    private static String differences(Path program) throws IOException {
        String name = Corpus.name(program);
        Expected expected = Expected.load(program);
        Engine engine = EngineChoice.forProgram(program);
        long t0 = System.nanoTime();
        Compilation compilation;
        try {
            // The path as a user in the repository root would type it, so reports stay short.
            SourceFile source = SourceFile.decode("corpus/examples/" + program.getFileName(), Files.readAllBytes(program));
            compilation = Compiler.compile(source, CompilerOptions.defaults());
        } catch (CompileError e) {
            return record(name, Stage.COMPILE, e.format(), ms(t0), 0, 0, 0, engine);
        } catch (RuntimeException | StackOverflowError e) {
            return record(name, Stage.COMPILE, "internal compiler error: " + e, ms(t0), 0, 0, 0, engine);
        }
        long compileMs = ms(t0);
        byte[] wasm = compilation.wasm();
        Path file = Files.write(work.resolve(name + ".wasm"), wasm);
        long tv = System.nanoTime();
        Optional<String> invalid = ModuleValidators.problems(compilation, file);
        long validateMs = ms(tv);
        if (invalid.isPresent()) {
            return record(name, Stage.VALIDATE, invalid.get(), compileMs, validateMs, 0, 0, engine);
        }

        Processes.Running node = NODE ? NodeWasi.start(file, List.of()) : null;
        long t1 = System.nanoTime();
        StringBuilder report = new StringBuilder();
        Stage failed = null;
        String chicoryProblem = outcomeProblem(expected, () -> Chicory.run(wasm, name + ".py", engine, LIMIT));
        long chicoryMs = ms(t1);
        if (!chicoryProblem.isEmpty()) {
            failed = Stage.CHICORY;
            report.append("[Chicory, ").append(engine.name().toLowerCase(java.util.Locale.ROOT)).append("] ").append(chicoryProblem);
        }
        long nodeMs = 0;
        if (node != null) {
            long t2 = System.nanoTime();
            String nodeProblem = outcomeProblem(expected, () -> node.await(LIMIT));
            // The Node process started before the Chicory run; count only the time spent waiting on top.
            nodeMs = ms(t2);
            if (!nodeProblem.isEmpty()) {
                failed = failed == null ? Stage.NODE : failed;
                report.append("[Node] ").append(nodeProblem);
            }
        }
        if (failed == null) {
            ROWS.put(name, new Row(name, Optional.empty(), "", compileMs, validateMs, chicoryMs, nodeMs, engine));
            return "";
        }
        ROWS.put(name, new Row(name, Optional.of(failed), firstLine(report.toString()), compileMs, validateMs, chicoryMs,
                nodeMs, engine));
        return report.toString();
    }

    private interface Run {
        Outcome get() throws Exception;
    }

    private static String outcomeProblem(Expected expected, Run run) {
        try {
            return expected.mismatch(run.get()).orElse("");
        } catch (Exception | StackOverflowError e) {
            return "the run did not complete: " + e + "\n";
        }
    }

    private static String record(String name, Stage stage, String message, long compileMs, long validateMs,
                                 long chicoryMs, long nodeMs, Engine engine) {
        ROWS.put(name, new Row(name, Optional.of(stage), firstLine(message), compileMs, validateMs, chicoryMs, nodeMs,
                engine));
        return "[" + stage.label + "] " + message;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @AfterAll
    static void writeReport() throws IOException {
        if (ROWS.isEmpty()) {
            return;
        }
        Map<String, Row> rows = new TreeMap<>(ROWS);
        long passed = rows.values().stream().filter(r -> r.failedAt().isEmpty()).count();
        StringBuilder md = new StringBuilder();
        md.append("# Corpus run\n\n").append(passed).append(" of ").append(rows.size())
                .append(" programs give CPython's output in Chicory").append(NODE ? " and Node" : "").append(".\n\n");
        md.append("| program | result | failed stage | first error line | compile ms | validate ms | Chicory ms (engine) | Node ms |\n");
        md.append("|---|---|---|---|---:|---:|---:|---:|\n");
        Map<String, String> failures = new TreeMap<>();
        for (Row r : rows.values()) {
            String stage = r.failedAt().map(s -> s.label).orElse("");
            md.append("| ").append(r.program()).append(" | ").append(r.failedAt().isEmpty() ? "pass" : "FAIL")
                    .append(" | ").append(stage).append(" | ").append(r.firstLine().replace("|", "\\|"))
                    .append(" | ").append(r.compileMs()).append(" | ").append(r.validateMs()).append(" | ").append(r.chicoryMs())
                    .append(" (").append(r.engine().name().toLowerCase(java.util.Locale.ROOT)).append(") | ").append(r.nodeMs()).append(" |\n");
            r.failedAt().ifPresent(s -> failures.put(r.program(), s.label + ": " + r.firstLine()));
        }
        List<String> slow = rows.values().stream()
                .filter(r -> r.engine() == Engine.INTERPRETER && r.chicoryMs() > SLOW_INTERPRETER_MS)
                .map(Row::program).toList();
        if (!slow.isEmpty() && System.getProperty("waspy.corpus.engine", "").isBlank()) {
            md.append("\nOver ").append(SLOW_INTERPRETER_MS).append(" ms in Chicory's interpreter (consider `")
                    .append(EngineChoice.HEADER).append(" compiler` in their header): ")
                    .append(String.join(", ", slow)).append('\n');
        }
        long total = rows.values().stream().mapToLong(r -> r.compileMs() + r.validateMs() + r.chicoryMs() + r.nodeMs()).sum();
        long validation = rows.values().stream().mapToLong(Row::validateMs).sum();
        md.append("\nCompile + validate + Chicory + extra Node wait, summed over programs: ").append(total)
                .append(" ms, of which the three validators: ").append(validation).append(" ms.\n");
        Path target = Corpus.root().resolve("corpus/target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("corpus-report.md"), md.toString());
        System.err.println("CorpusTest: " + passed + " of " + rows.size() + " programs pass; see "
                + target.resolve("corpus-report.md"));
        if (KnownFailures.recording()) {
            KnownFailures.record("examples", failures);
        }
    }
}
