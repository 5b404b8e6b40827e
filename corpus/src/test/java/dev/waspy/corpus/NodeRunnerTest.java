package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code tools/node/run-wasi.mjs} on hand-written WASI modules, independently of the compiler:
 * argv (with {@code --argv0}), stdin, stdout, stderr, the exit status from {@code proc_exit}, a plain
 * return, a trap and a bad file.
 */
class NodeRunnerTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static final String RETURNS = """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "done\\n")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 5))
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
            """;

    /** Copies up to 256 bytes of stdin to stdout. */
    private static final String CAT = """
            (module
              (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 64))
                (i32.store (i32.const 4) (i32.const 256))
                (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
                (i32.store (i32.const 4) (i32.load (i32.const 8)))
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
            """;

    private static final String TRAPS = """
            (module
              (memory (export "memory") 1)
              (func (export "_start") unreachable))
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsNode() {
        boolean node = NodeWasi.available();
        if (!node) {
            System.err.println("NodeRunnerTest skipped: node is not installed");
        }
        assumeTrue(node, "node is not installed");
    }

    @Test
    void passesArgvStdoutStderrAndTheExitStatus() throws IOException {
        Path wasm = assemble("echo_args.wasm", EchoModule.WAT);
        Outcome o = NodeWasi.start(wasm, List.of("alpha", "beta gamma")).await(LIMIT);
        assertEquals("echo_args.wasm\nalpha\nbeta gamma\n", new String(o.stdout(), StandardCharsets.UTF_8));
        assertEquals("to stderr\n", o.stderrText(), "stderr carries only the program's own output");
        assertEquals(43, o.status());
    }

    @Test
    void argv0CanBeTheScriptsNameAndStdinComesFromAFile() throws IOException {
        Path wasm = assemble("echo_args.wasm", EchoModule.WAT);
        Outcome o = NodeWasi.start(wasm, "prog.py", List.of("x"), null).await(LIMIT);
        assertEquals("prog.py\nx\n", new String(o.stdout(), StandardCharsets.UTF_8));
        assertEquals(42, o.status());

        Path input = Files.writeString(dir.resolve("input.txt"), "from a file\n");
        Outcome cat = NodeWasi.start(assemble("cat.wasm", CAT), null, List.of(), input).await(LIMIT);
        assertEquals("from a file\n", new String(cat.stdout(), StandardCharsets.UTF_8));
    }

    @Test
    void returningFromStartMeansStatusZero() throws IOException {
        Outcome o = NodeWasi.start(assemble("returns.wasm", RETURNS), List.of()).await(LIMIT);
        assertEquals("done\n", new String(o.stdout(), StandardCharsets.UTF_8));
        assertEquals(0, o.status());
        assertEquals("", o.stderrText());
    }

    @Test
    void aTrapIsReportedWithItsOwnStatus() throws IOException {
        Outcome o = NodeWasi.start(assemble("traps.wasm", TRAPS), List.of()).await(LIMIT);
        assertEquals(NodeWasi.TRAP_STATUS, o.status());
        assertTrue(o.lastStderrLine().startsWith("run-wasi: trap: "), o.stderrText());
    }

    @Test
    void aMissingOrBrokenFileIsAUsageError() throws IOException {
        Outcome missing = NodeWasi.start(dir.resolve("absent.wasm"), List.of()).await(LIMIT);
        assertEquals(2, missing.status());
        assertTrue(missing.lastStderrLine().startsWith("run-wasi: cannot read "), missing.stderrText());

        Path broken = Files.write(dir.resolve("broken.wasm"), new byte[] {0, 'a', 's', 'm', 9, 9, 9, 9});
        Outcome bad = NodeWasi.start(broken, List.of()).await(LIMIT);
        assertEquals(2, bad.status());
        assertTrue(bad.lastStderrLine().startsWith("run-wasi: "), bad.stderrText());
    }

    private static Path assemble(String name, String wat) throws IOException {
        return Files.write(dir.resolve(name), Wat2Wasm.parse(wat));
    }
}
