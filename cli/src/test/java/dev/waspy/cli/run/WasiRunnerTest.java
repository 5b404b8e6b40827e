package dev.waspy.cli.run;

import com.dylibso.chicory.wabt.Wat2Wasm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WASI command semantics on hand-written modules: output streams, exit status, arguments, traps. */
class WasiRunnerTest {
    private static final String IMPORTS = """
            (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
            (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
            (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
            (memory (export "memory") 1)
            (func $write (param $fd i32) (param $ptr i32) (param $len i32)
              (i32.store (i32.const 0) (local.get $ptr))
              (i32.store (i32.const 4) (local.get $len))
              (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))
            """;

    private record Result(int status, String out, String err) {}

    private static Result run(String body, Engine engine, List<String> args) {
        byte[] wasm = Wat2Wasm.parse("(module " + IMPORTS + body + ")");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = WasiRunner.run(wasm, "prog.py", args, new ByteArrayInputStream(new byte[0]), out, err, engine);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void writesBothStreamsAndReturnsTheExitCode(Engine engine) {
        Result r = run("""
                (data (i32.const 16) "out\\n")
                (data (i32.const 32) "err\\n")
                (func (export "_start")
                  (call $write (i32.const 1) (i32.const 16) (i32.const 4))
                  (call $write (i32.const 2) (i32.const 32) (i32.const 4))
                  (call $proc_exit (i32.const 7)))
                """, engine, List.of());
        assertEquals(new Result(7, "out\n", "err\n"), r);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void returningFromStartIsSuccess(Engine engine) {
        assertEquals(new Result(0, "", ""), run("(func (export \"_start\"))", engine, List.of()));
    }

    @Test
    void programNameAndArgumentsReachTheModule() {
        // Exits with argc, so the status tells how many arguments the module saw (program name included).
        Result r = run("""
                (func (export "_start")
                  (drop (call $args_sizes_get (i32.const 64) (i32.const 68)))
                  (call $proc_exit (i32.load (i32.const 64))))
                """, Engine.INTERPRETER, List.of("a", "bb"));
        assertEquals(3, r.status());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTrapIsReportedNotThrown(Engine engine) {
        Result r = run("""
                (data (i32.const 16) "partial")
                (func (export "_start") (call $write (i32.const 1) (i32.const 16) (i32.const 7)) unreachable)
                """, engine, List.of());
        assertEquals(WasiRunner.TRAP_STATUS, r.status());
        assertEquals("partial", r.out());
        assertTrue(r.err().startsWith("waspy: the WebAssembly module trapped:"), r.err());
    }

    @Test
    void theCompilerEnginesTranslationIsCachedByContent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        byte[] wasm = Wat2Wasm.parse("(module " + IMPORTS + """
                (data (i32.const 16) "cached\\n")
                (func (export "_start") (call $write (i32.const 1) (i32.const 16) (i32.const 7)))
                )""");
        CompiledCache cache = new CompiledCache(dir.resolve("c"));
        for (int k = 0; k < 2; k++) {
            var out = new ByteArrayOutputStream();
            int status = WasiRunner.run(wasm, "p", List.of(), new ByteArrayInputStream(new byte[0]), out,
                    new ByteArrayOutputStream(), Engine.COMPILER, cache);
            assertEquals(0, status);
            assertEquals("cached\n", out.toString(StandardCharsets.UTF_8));
        }
        // One translation, and the marker that these bytes passed validation (the second run parsed
        // them without validating).
        try (var files = java.nio.file.Files.list(dir.resolve("c"))) {
            assertEquals(2, files.count());
        }
        assertTrue(cache.validatedBefore(wasm));
        assertEquals(null, cache.get("never stored"));
        // A cache that cannot be written is only a miss.
        java.nio.file.Files.writeString(dir.resolve("file"), "x");
        CompiledCache broken = new CompiledCache(dir.resolve("file"));
        broken.putIfAbsent("k", new byte[] {1});
        assertEquals(null, broken.get("k"));
    }

    /**
     * A module that fails validation is refused every time and never marked as validated: only
     * bytes that passed validation are later parsed without it.
     */
    @Test
    void aModuleThatFailsValidationIsNeverMarked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        byte[] wasm = {
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x04, 0x01, 0x60, 0x00, 0x00,                                  // type: [] -> []
            0x03, 0x02, 0x01, 0x00,                                              // one function
            0x07, 0x0a, 0x01, 0x06, '_', 's', 't', 'a', 'r', 't', 0x00, 0x00,    // export _start
            0x0a, 0x05, 0x01, 0x03, 0x00, 0x6a, 0x0b,                            // body: i32.add on an empty stack
        };
        CompiledCache cache = new CompiledCache(dir.resolve("c"));
        for (int k = 0; k < 2; k++) {
            assertThrows(ModuleLoadException.class, () -> WasiRunner.run(wasm, "p", List.of(),
                    new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream(),
                    Engine.COMPILER, cache));
            assertFalse(cache.validatedBefore(wasm));
        }
    }

    @Test
    void deepRecursionIsATrapNotAJavaError() {
        Result r = run("(func $f (export \"_start\") (call $f))", Engine.INTERPRETER, List.of());
        assertEquals(WasiRunner.TRAP_STATUS, r.status());
    }

    @Test
    void aModuleWithoutStartCannotBeLoaded() {
        byte[] wasm = Wat2Wasm.parse("(module (func (export \"main\")))");
        var e = assertThrows(ModuleLoadException.class, () -> WasiRunner.run(wasm, "p", List.of(),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("_start"), e.getMessage());
    }

    @Test
    void garbageBytesCannotBeLoaded() {
        assertThrows(ModuleLoadException.class, () -> WasiRunner.run(new byte[] {1, 2, 3}, "p", List.of(),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    }
}
