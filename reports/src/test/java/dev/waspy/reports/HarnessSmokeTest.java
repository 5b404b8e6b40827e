package dev.waspy.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The harness end to end on one small benchmark, two rounds, on engines that need
 * no npm package: Waspy's module on Node, CPython, and C on Node (the Chicory runner has its own
 * test). It keeps the report's machinery working whatever state the compiler is in; whether Waspy's
 * output is right is the corpus tests' business. The full run is ./bench, not a test.
 */
class HarnessSmokeTest {
    @TempDir
    Path out;

    @Test
    void runsChecksAndReportsOneBenchmark() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        int status = new CommandLine(new BenchMain()).execute("--root", root.toString(), "--out", out.toString(),
                "--only", "fib", "--rounds", "2", "--timeout", "60", "--no-compiler-speed",
                "--engines", "waspy-node,cpython,c-node", "--quiet");
        assertEquals(0, status);
        String json = Files.readString(out.resolve("results.json"));
        assertEquals("ok", status(json, "fib", "cpython"), "CPython must reproduce its own expected output");
        // Waspy's cell holds a time or says why not: the compiler's error, or what went wrong running it.
        String waspy = status(json, "fib", "waspy-node");
        assertTrue(List.of("ok", "not compiled", "wrong output", "failed").contains(waspy), "waspy-node: " + waspy);
        if (!waspy.equals("ok")) {
            assertTrue(json.matches("(?s).*\"waspy-node\": \\{\\s*\"status\": \"[^\"]+\",\\s*\"detail\": \"[^\"]+\".*"),
                    "a missing figure must come with its reason");
        }
        String c = status(json, "fib", "c-node");
        assertTrue(c.equals("ok") || c.equals("unavailable"), "c-node: " + c);
        assertTrue(Files.readString(out.resolve("summary.md")).contains("| fib |"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
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
