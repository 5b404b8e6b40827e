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
 * The harness end to end on one small benchmark plus hello world, two rounds, on the engines that
 * need no npm package: Waspy's module on Node and on Chicory, CPython, and C on Node. It keeps the
 * full report's machinery working; the full run is ./bench, not a test.
 */
class HarnessSmokeTest {
    @TempDir
    Path out;

    @Test
    void runsChecksAndReportsOneBenchmark() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        int status = new CommandLine(new BenchMain()).execute("--root", root.toString(), "--out", out.toString(),
                "--only", "fib,hello", "--rounds", "2", "--timeout", "60", "--no-compiler-speed",
                "--engines", "waspy-node,waspy-chicory,cpython,c-node", "--quiet");
        assertEquals(0, status);
        String json = Files.readString(out.resolve("results.json"));
        assertEquals("ok", status(json, "fib", "cpython"), "CPython must reproduce its own expected output");
        // Waspy's module either ran correctly or was refused with the compiler's message: never a wrong answer.
        for (String engine : List.of("waspy-node", "waspy-chicory")) {
            String s = status(json, "fib", engine);
            assertTrue(s.equals("ok") || s.equals("not compiled"), engine + ": " + s);
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
