package dev.waspy.corpus;

import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.PythonOracle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Displays of tens of thousands of items must compile to functions V8 accepts (at most 50,000
 * locals and 7,654,321 bytes of body): one local per item once made a 25,000-item list display a
 * module Node refused. Each program is compiled and run in Node; the output is CPython's, asked
 * of python3. (A 100,000-item display works too but takes about 40 s to compile: too long for
 * every test run.)
 */
class LargeDisplaysTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private static String items(int n, String format) {
        return IntStream.range(0, n).mapToObj(i -> String.format(format, i, i)).collect(Collectors.joining(", "));
    }

    @Test
    void listOf25000ComputedItemsRunsInNode() throws Exception {
        runsAsInCPython("list25k", "a = 3\nxs = [" + items(25_000, "a + %d") + "]\nprint(len(xs), sum(xs), xs[-1])\n");
    }

    @Test
    void dictOf25000ItemsRunsInNode() throws Exception {
        runsAsInCPython("dict25k", "a = 3\nd = {" + items(25_000, "%d: a * %d") + "}\nprint(len(d), d[24999])\n");
    }

    @Test
    void setOf25000ItemsRunsInNode() throws Exception {
        runsAsInCPython("set25k", "s = {" + items(25_000, "%d") + "}\nprint(len(s), 24999 in s)\n");
    }

    private void runsAsInCPython(String name, String program) throws Exception {
        assumeTrue(NodeWasi.available(), "node is not installed");
        assumeTrue(PythonOracle.unavailableReason().isEmpty(), "python3 3.11 is not available");
        Path py = dir.resolve(name + ".py");
        Files.writeString(py, program);
        Outcome expected = PythonOracle.start(py).await(LIMIT);
        byte[] wasm = Compiler.compile(SourceFile.decode(name + ".py", program.getBytes(StandardCharsets.UTF_8)),
                CompilerOptions.defaults()).wasm();
        Path module = dir.resolve(name + ".wasm");
        Files.write(module, wasm);
        Outcome actual = NodeWasi.start(module, List.of()).await(LIMIT);
        String err = new String(actual.stderr(), StandardCharsets.UTF_8);
        assertEquals(0, actual.status(), () -> name + " in Node: status " + actual.status() + ": " + err);
        assertEquals(new String(expected.stdout(), StandardCharsets.UTF_8), new String(actual.stdout(), StandardCharsets.UTF_8));
    }
}
