package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.PythonOracle;
import dev.waspy.frontend.diag.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Waspy cannot answer as CPython does and cannot know at compile time stops the program at
 * that point, with status 3 and {@code waspy: unsupported at run time: ...} on stderr, after
 * printing what came before: never a guess. {@code is} between two equal ints is the case: CPython's
 * answer depends on whether both are the same object (its small-int cache, how each was made),
 * which values held unboxed do not record. Unequal values, and equal ones from -5 to 256 (CPython's
 * small-int cache: one object each), are answered.
 */
class RuntimeRefusalsTest {
    @TempDir
    Path dir;

    @Test
    void isBetweenEqualBigIntsStopsTheProgram() throws Exception {
        assumeTrue(NodeWasi.available(), "node is not installed");
        assumeTrue(PythonOracle.unavailableReason().isEmpty(), "python3 3.11 is not available");
        String program = """
                a = 1000
                b = a + 0
                print(a is b - 1, a is not b + 1)
                print(a is b)
                print("not reached")
                """;
        byte[] wasm = Compiler.compile(SourceFile.decode("is.py", program.getBytes(StandardCharsets.UTF_8)),
                CompilerOptions.defaults()).wasm();
        Path module = dir.resolve("is.wasm");
        Files.write(module, wasm);
        Path source = Files.writeString(dir.resolve("is.py"), program);
        String cpython = new String(PythonOracle.start(source).await(Duration.ofSeconds(60)).stdout(), StandardCharsets.UTF_8);
        Outcome run = NodeWasi.start(module, List.of()).await(Duration.ofSeconds(60));
        String err = new String(run.stderr(), StandardCharsets.UTF_8);
        // What CPython prints before the refused line (its first line), and nothing after it.
        assertEquals(cpython.substring(0, cpython.indexOf('\n') + 1), new String(run.stdout(), StandardCharsets.UTF_8), err);
        assertEquals(3, run.status(), err);
        assertTrue(err.startsWith("waspy: unsupported at run time: 'is' between two equal ints"), err);
    }
}
