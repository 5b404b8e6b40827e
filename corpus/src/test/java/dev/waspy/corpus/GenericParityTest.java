package dev.waspy.corpus;

import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Chicory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.Engine;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.middle.MiddleEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ratchet of the generic path (middle-end/FOUNDATION.md, migration step 2): every program
 * listed in {@code corpus/generic-parity.txt} is compiled with {@code --frontend=generic} and must
 * behave as CPython did (the stored {@code .out}/{@code .exit}) in Chicory and in Node. A listed
 * program that stops doing so fails, so the list only grows.
 *
 * <p>With {@code -Dwaspy.generic.survey=true} every corpus program is tried instead, nothing fails,
 * and the programs that pass are printed (and written to {@code corpus/target/generic-survey.txt})
 * for adding to the list; the others are summarized with the first line of why.
 */
class GenericParityTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final boolean SURVEY = Boolean.getBoolean("waspy.generic.survey");
    private static final Map<String, String> SURVEYED = new ConcurrentHashMap<>();

    @TempDir
    static Path work;

    static Path listFile() {
        return Corpus.root().resolve("corpus/generic-parity.txt");
    }

    /** The names in the list: one per line, {@code #} comments and blank lines ignored. */
    static List<String> listed() throws IOException {
        return Files.readAllLines(listFile()).stream().map(l -> l.replaceAll("#.*", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    @TestFactory
    Stream<DynamicTest> listedProgramsRunAsInCPython() throws IOException {
        List<Path> programs = SURVEY ? Corpus.programs(Corpus.examples())
                : listed().stream().map(n -> Corpus.examples().resolve(n + ".py")).toList();
        return programs.stream().map(p -> DynamicTest.dynamicTest(Corpus.name(p), p.toUri(), () -> {
            String problem = differences(p);
            if (SURVEY) SURVEYED.put(Corpus.name(p), problem);
            else assertEquals("", problem, Corpus.name(p) + " on the generic path");
        }));
    }

    /** What differs from CPython on the generic path, or "" when nothing does. */
    private static String differences(Path program) throws IOException {
        String name = Corpus.name(program);
        byte[] wasm;
        try {
            SourceFile source = SourceFile.decode("corpus/examples/" + program.getFileName(), Files.readAllBytes(program));
            wasm = Compiler.compile(source, CompilerOptions.defaults().withFrontend(MiddleEnd.Frontend.GENERIC)).wasm();
        } catch (CompileError e) {
            return "[compile] " + e.format();
        } catch (RuntimeException | StackOverflowError e) {
            return "[compile] internal compiler error: " + e;
        }
        Expected expected = Expected.load(program);
        Path file = Files.write(work.resolve(name + ".wasm"), wasm);
        Processes.Running node = NodeWasi.available() ? NodeWasi.start(file, List.of()) : null;
        Engine engine = EngineChoice.forProgram(program);
        StringBuilder report = new StringBuilder();
        report.append(problem("Chicory", expected, () -> Chicory.run(wasm, name + ".py", engine, LIMIT)));
        if (node != null) report.append(problem("Node", expected, () -> node.await(LIMIT)));
        return report.toString();
    }

    private interface Run {
        Outcome get() throws Exception;
    }

    private static String problem(String engine, Expected expected, Run run) {
        try {
            return expected.mismatch(run.get()).map(m -> "[" + engine + "] " + m).orElse("");
        } catch (Exception | StackOverflowError e) {
            return "[" + engine + "] the run did not complete: " + e + "\n";
        }
    }

    @AfterAll
    static void printSurvey() throws IOException {
        if (!SURVEY || SURVEYED.isEmpty()) return;
        Map<String, String> rows = new TreeMap<>(SURVEYED);
        var passing = rows.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        var out = new StringBuilder();
        out.append("# ").append(passing.size()).append(" of ").append(rows.size())
                .append(" corpus programs run as in CPython on the generic path\n");
        passing.forEach(n -> out.append(n).append('\n'));
        out.append("\n# the others, with the first line of why\n");
        rows.forEach((n, why) -> {
            if (!why.isEmpty()) out.append("# ").append(n).append(": ").append(why.lines().findFirst().orElse("")).append('\n');
        });
        Path target = Corpus.root().resolve("corpus/target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("generic-survey.txt"), out.toString());
        System.err.println("GenericParityTest: " + passing.size() + " of " + rows.size()
                + " programs pass on the generic path; see " + target.resolve("generic-survey.txt"));
    }
}
