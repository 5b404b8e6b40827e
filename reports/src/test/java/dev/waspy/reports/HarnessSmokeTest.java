package dev.waspy.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The harness end to end on one small benchmark, two rounds, on engines that need
 * no npm package: Waspy's module on Node, CPython, and C on Node (the Chicory runner has its own
 * test). It keeps the report's machinery working whatever state the compiler is in; whether Waspy's
 * output is right is the corpus tests' business. The full run is ./bench, not a test. An engine the
 * machine cannot run (C needs wasi-libc and compiler-rt for wasm32, which ./run-tests installs) makes
 * its test skipped with the harness's reason, never a failure and never a silent pass.
 */
class HarnessSmokeTest {
    @TempDir
    static Path out;

    static int status;
    static String json;

    @BeforeAll
    static void runHarness() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        status = new CommandLine(new BenchMain()).execute("--root", root.toString(), "--out", out.toString(),
                "--only", "fib", "--rounds", "2", "--timeout", "60", "--no-compiler-speed",
                "--engines", "waspy-node,cpython,c-node", "--quiet");
        json = Files.exists(out.resolve("results.json")) ? Files.readString(out.resolve("results.json")) : "";
    }

    @Test
    void runsChecksAndReportsOneBenchmark() throws Exception {
        assertEquals(0, status);
        assertEquals("ok", status(json, "fib", "cpython"), "CPython must reproduce its own expected output");
        // Waspy's cell holds a time or says why not: the compiler's error, or what went wrong running it.
        String waspy = status(json, "fib", "waspy-node");
        assertTrue(List.of("ok", "not compiled", "wrong output", "failed").contains(waspy), "waspy-node: " + waspy);
        if (!waspy.equals("ok")) {
            assertTrue(json.matches("(?s).*\"waspy-node\": \\{\\s*\"status\": \"[^\"]+\",\\s*\"detail\": \"[^\"]+\".*"),
                    "a missing figure must come with its reason");
        }
        assertTrue(Files.readString(out.resolve("summary.md")).contains("| fib |"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
    }

    /** The C baseline runs where the toolchain is complete; where it is not, the reason is reported. */
    @Test
    void cBaselineRunsOrSaysWhyNot() {
        assertEquals(0, status);
        String c = status(json, "fib", "c-node");
        Assumptions.assumeFalse(c.equals("unavailable"), () -> "c-node unavailable: " + detail(json, "c-node"));
        assertEquals("ok", c, "c-node: " + detail(json, "c-node"));
    }

    /** The detail line of an engine's first cell, or empty. */
    private static String detail(String json, String engine) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(engine) + "\": \\{\\s*\"status\": \"[^\"]+\",\\s*\"detail\": \"([^\"]*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : "";
    }

    /** The status of one engine's cell for one benchmark in results.json. */
    private static String status(String json, String benchmark, String engine) {
        int at = json.indexOf("\"name\": \"" + benchmark + "\"");
        assertTrue(at >= 0, "no " + benchmark + " in results.json");
        Matcher m = Pattern.compile("\"" + Pattern.quote(engine) + "\": \\{\\s*\"status\": \"([^\"]+)\"")
                .matcher(json);
        assertTrue(m.find(at), "no " + engine + " cell for " + benchmark);
        return m.group(1);
    }
}
