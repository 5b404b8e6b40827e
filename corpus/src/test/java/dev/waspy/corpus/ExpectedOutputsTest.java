package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.PythonOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the expected files against going stale: reruns CPython on every corpus program and fails,
 * naming the files, when a stored {@code .out} or {@code .exit} no longer matches what CPython does.
 * The fix is {@code corpus/bless.sh NAME} (and a look at the diff before committing it).
 */
class ExpectedOutputsTest {
    private static final int PARALLEL = 4;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void expectedFilesMatchWhatCPythonPrintsNow() {
        Optional<String> missing = PythonOracle.unavailableReason();
        if (missing.isPresent()) {
            System.err.println("ExpectedOutputsTest skipped: " + missing.get());
        }
        assumeTrue(missing.isEmpty(), () -> "cannot check the expected files: " + missing.get());

        List<Path> programs = Corpus.programs(Corpus.examples());
        List<String> stale = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (int from = 0; from < programs.size(); from += PARALLEL) {
            List<Path> batch = programs.subList(from, Math.min(programs.size(), from + PARALLEL));
            List<Processes.Running> runs = batch.stream().map(PythonOracle::start).toList();
            for (int i = 0; i < batch.size(); i++) {
                Path program = batch.get(i);
                Expected now = Expected.of(runs.get(i).await(LIMIT));
                List<String> files = staleFiles(program, now);
                if (!files.isEmpty()) {
                    stale.addAll(files);
                    details.append(Corpus.name(program)).append(": ").append(whatChanged(storedOrEmpty(program), now));
                }
            }
        }
        if (!stale.isEmpty()) {
            fail("stale expected files (regenerate with corpus/bless.sh and review the diff): "
                    + String.join(", ", stale) + "\n" + details);
        }
    }

    @Test
    void everyProgramHasItsExpectedFilesAndNoFileIsOrphaned() throws IOException {
        Path dir = Corpus.examples();
        List<Path> programs = Corpus.programs(dir);
        assertTrue(programs.size() >= 35, "the corpus should hold at least 35 programs, has " + programs.size());
        assertTrue(Files.exists(dir.resolve("hello.py")), "hello.py belongs in the corpus");
        List<String> problems = new ArrayList<>();
        for (Path p : programs) {
            if (!Files.exists(Corpus.sibling(p, ".out"))) {
                problems.add(Corpus.name(p) + ".out is missing");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith(".out") || file.endsWith(".exit")) {
                    String stem = file.substring(0, file.lastIndexOf('.'));
                    if (!Files.exists(dir.resolve(stem + ".py"))) {
                        problems.add(file + " has no program " + stem + ".py");
                    }
                } else if (!file.endsWith(".py")) {
                    problems.add(file + " does not belong in corpus/examples");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void someProgramsEndWithAnUncaughtExceptionAndSomeWithSysExit() {
        long exceptions = 0;
        long exits = 0;
        for (Path p : Corpus.programs(Corpus.examples())) {
            Expected e = Expected.load(p);
            if (e.status() == 1 && e.lastStderrLine().matches("[A-Za-z]+Error: .*")) {
                exceptions++;
            } else if (e.status() == 3) {
                exits++;
            }
        }
        assertTrue(exceptions >= 3, "programs ending with an uncaught exception: " + exceptions);
        assertTrue(exits >= 2, "programs ending with sys.exit(3): " + exits);
    }

    /** The names of the stored files that disagree with CPython's outcome now. */
    private static List<String> staleFiles(Path program, Expected now) {
        List<String> files = new ArrayList<>();
        Path out = Corpus.sibling(program, ".out");
        Path exit = Corpus.sibling(program, ".exit");
        try {
            if (!Files.exists(out) || !Arrays.equals(Files.readAllBytes(out), now.stdout())) {
                files.add("corpus/examples/" + out.getFileName());
            }
            Optional<String> want = now.exitFileText();
            Optional<String> have = Files.exists(exit)
                    ? Optional.of(Files.readString(exit, StandardCharsets.UTF_8)) : Optional.empty();
            if (!want.equals(have)) {
                files.add("corpus/examples/" + exit.getFileName());
            }
        } catch (IOException e) {
            files.add(program.getFileName() + " (unreadable expected files: " + e.getMessage() + ")");
        }
        return files;
    }

    private static String whatChanged(Expected stored, Expected now) {
        StringBuilder out = new StringBuilder();
        if (!Arrays.equals(stored.stdout(), now.stdout())) {
            out.append(TextDiff.describe("stdout (- stored, + CPython now)", stored.stdout(), now.stdout()));
        }
        if (stored.status() != now.status() || !stored.lastStderrLine().equals(now.lastStderrLine())) {
            out.append("exit: stored ").append(stored.status()).append(' ').append(TextDiff.quote(stored.lastStderrLine()))
                    .append(", CPython now ").append(now.status()).append(' ').append(TextDiff.quote(now.lastStderrLine()))
                    .append('\n');
        }
        return out.toString();
    }

    private static Expected storedOrEmpty(Path program) {
        try {
            return Expected.load(program);
        } catch (RuntimeException e) {
            return new Expected(new byte[0], 0, "");
        }
    }
}
