package dev.waspy.spectest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official WebAssembly spec suite against Waspy's reader, validator and writer, with the
 * rewritten modules run in Chicory. One dynamic test per script file; the summary line and a
 * per-file table go to stdout and to spec-tests/target/.
 */
class SpecSuiteTest {
    private record FileRow(String file, int passed, int failed, int skipped, long millis, String note) {
    }

    private static final List<FileRow> ROWS = new ArrayList<>();
    private static final List<String> FAILURES = new ArrayList<>();
    private static final List<String> SKIPS = new ArrayList<>();
    private static final KnownDeviations DEVIATIONS = KnownDeviations.chicory();
    private static long started;

    @TestFactory
    Stream<DynamicTest> specSuite() throws IOException {
        Path suite = SuiteLocation.resolve();
        assertTrue(Files.isDirectory(suite), "WebAssembly spec suite not found at " + suite
                + ": set -D" + SuiteLocation.PROPERTY + "=DIR or $" + SuiteLocation.ENVIRONMENT
                + " (see spec-tests/README.md)");
        started = System.nanoTime();
        WastConverter converter = new WastConverter(Path.of("target", "spec-json"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(suite)) {
            files = walk.filter(p -> p.toString().endsWith(".wast")).map(suite::relativize).sorted().toList();
        }
        return files.stream().map(rel -> DynamicTest.dynamicTest(rel.toString(), () -> runFile(suite, rel, converter)));
    }

    private static void runFile(Path suite, Path relative, WastConverter converter) throws IOException {
        String name = relative.toString();
        String skip = SkipList.reason(relative);
        if (skip != null) {
            ROWS.add(new FileRow(name, 0, 0, WastForms.count(suite.resolve(relative)), 0, skip));
            return;
        }
        long start = System.nanoTime();
        Path json = converter.convert(suite.resolve(relative));
        List<ScriptRunner.Result> results = onOwnStack(() -> new ScriptRunner(name, json, DEVIATIONS).run(json));
        int passed = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (ScriptRunner.Result r : results) {
            switch (r.outcome()) {
                case Outcome.Passed p -> passed++;
                case Outcome.Skipped s -> {
                    skipped++;
                    SKIPS.add(name + ":" + r.line() + " " + r.command() + ": " + s.reason());
                }
                case Outcome.Failed f -> failures.add(name + ":" + r.line() + " " + r.command() + ": " + f.message());
            }
        }
        ROWS.add(new FileRow(name, passed, failures.size(), skipped, (System.nanoTime() - start) / 1_000_000, ""));
        FAILURES.addAll(failures);
        if (!failures.isEmpty()) {
            fail(failures.size() + " command(s) failed:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    /**
     * Scripts run on a thread with a 2 MB stack: ample for every legitimate call depth in the suite,
     * while assert_exhaustion's runaway recursion overflows it within seconds (on the test
     * JVM's 16 MB default it took close to a minute).
     */
    private static <T> T onOwnStack(Callable<T> work) throws IOException {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "spec-script", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (thrown[0] instanceof IOException io) {
            throw io;
        }
        if (thrown[0] != null) {
            throw new IllegalStateException("script runner crashed", thrown[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static final long STACK_BYTES = 2L << 20;

    @AfterAll
    static void summary() throws IOException {
        if (ROWS.isEmpty()) {
            return;
        }
        int passed = ROWS.stream().mapToInt(FileRow::passed).sum();
        int failed = ROWS.stream().mapToInt(FileRow::failed).sum();
        int skipped = ROWS.stream().mapToInt(FileRow::skipped).sum();
        String line = "wasm spec suite: " + passed + " passed, " + failed + " failed, " + skipped + " skipped ("
                + ROWS.size() + " files)";
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println(line);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("spec-summary.txt"), line + "\n");
        StringBuilder table = new StringBuilder("# WebAssembly spec suite, per file\n\n")
                .append(line).append(" in ").append(seconds).append(" s\n\n")
                .append("| file | passed | failed | skipped | ms | note |\n|---|---:|---:|---:|---:|---|\n");
        for (FileRow r : ROWS) {
            table.append("| ").append(r.file()).append(" | ").append(r.passed()).append(" | ").append(r.failed())
                    .append(" | ").append(r.skipped()).append(" | ").append(r.millis()).append(" | ").append(r.note())
                    .append(" |\n");
        }
        Files.writeString(target.resolve("spec-files.md"), table.toString());
        Files.write(target.resolve("spec-failures.txt"), FAILURES);
        Files.write(target.resolve("spec-skipped.txt"), SKIPS);
        Files.write(target.resolve("spec-message-mismatches.txt"), ScriptRunner.MESSAGE_MISMATCHES);
    }
}
