package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every program the project's Java code starts is installed by the project's own scripts: it is a
 * row of {@code scripts/requirements.tsv}, the one list {@code scripts/env.sh} installs from. A
 * program started by test code must be needed by {@code build} or {@code test}, the rows
 * {@code ./run-tests} installs; one only the benchmark harness starts may be a {@code bench} row.
 * This guards against a test that passes only on a machine where someone installed a tool by hand.
 */
class RequirementsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** A file starts processes if it names one of these. */
    private static final Pattern STARTS_PROCESSES =
            Pattern.compile("ProcessBuilder|Processes\\.(run|start)|ProcessRunner|runner\\.run");

    /** Where a program name stands as the first word of a command line that is started or probed. */
    private static final Pattern COMMAND = Pattern.compile("(?:"
            + "ProcessBuilder\\(\\s*(?:List\\.of\\()?"                      // new ProcessBuilder("x", ...)
            + "|\\.(?:run|start)\\(\\s*List\\.of\\("                       // runner.run(List.of("x", ...))
            + "|\\bprobe\\(\\s*\"[^\"]*\",\\s*List\\.of\\("                 // probe("key", List.of("x", ...))
            + "|command\\s*=[^;]*?List\\.of\\("                          // command = ...List.of("x", ...)
            + "|Processes\\.available\\(|command\\.add\\("               // available("x"), command.add("x")
            + ")\\s*\"([a-z][a-z0-9.+_-]*)\"");

    /** The rows that let clang build for wasm32-wasi. */
    private static final List<String> WASI_FILES = List.of("/usr/include/wasm32-wasi/stdio.h",
            "/usr/lib/llvm-14/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a");

    record Use(String command, Path file, boolean fromTest) {}

    @Test
    void everyStartedProgramIsInstalledByTheScripts() throws IOException {
        Map<String, String> needs = requirements();
        List<Use> uses = startedPrograms();
        Set<String> found = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Use u : uses) {
            found.add(u.command());
            String need = needs.get(u.command());
            String where = ROOT.relativize(u.file()).toString();
            if (need == null) {
                problems.add(u.command() + " (started in " + where + ") is not a row of scripts/requirements.tsv");
            } else if (u.fromTest() && !(need.equals("build") || need.equals("test"))) {
                problems.add(u.command() + " (started by the test " + where + ") is a '" + need
                        + "' row, which ./run-tests does not install");
            }
        }
        // The scan must see the programs the tests are known to start, or it has gone blind.
        assertTrue(found.containsAll(Set.of("python3", "node", "clang")), "the scan found only " + found);
        assertEquals(List.of(), problems, "programs started but not installed by the scripts");
    }

    @Test
    void everyRowSaysWhatProvidesIt() throws IOException {
        for (String line : Files.readAllLines(ROOT.resolve("scripts/requirements.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            assertEquals(4, cols.length, "four tab-separated columns: " + line);
            assertTrue(Set.of("build", "test", "bench").contains(cols[2]), "need is build, test or bench: " + line);
        }
    }

    /** probe -> need, from scripts/requirements.tsv. */
    private static Map<String, String> requirements() throws IOException {
        Map<String, String> needs = new TreeMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("scripts/requirements.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            needs.put(cols[0], cols[2]);
        }
        return needs;
    }

    private static List<Use> startedPrograms() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(RequirementsTest::isSource).toList()) {
                String text = read(f);
                if (!STARTS_PROCESSES.matcher(text).find()) {
                    continue;
                }
                boolean fromTest = f.toString().contains("/src/test/");
                Matcher m = COMMAND.matcher(text);
                while (m.find()) {
                    uses.add(new Use(m.group(1), f, fromTest));
                }
                if (text.contains("--target=wasm32-wasi")) {
                    // clang builds WASI programs only with wasi-libc and compiler-rt for wasm32 (files, not commands)
                    for (String file : WASI_FILES) {
                        uses.add(new Use(file, f, fromTest));
                    }
                }
            }
        }
        return uses;
    }

    private static boolean isSource(Path f) {
        String s = f.toString();
        return s.endsWith(".java") && s.contains("/src/") && !s.contains("/target/")
                && !s.contains("/node_modules/") && !s.endsWith("RequirementsTest.java");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
