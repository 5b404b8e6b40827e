package dev.waspy.cli;

import com.dylibso.chicory.wabt.Wat2Wasm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How {@code waspy} reads its command line: options anywhere before {@code --}, the program's
 * arguments after the file, {@code --help} on every command without a file, and a module as input.
 */
class CommandLineTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {}

    private static Result waspy(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.execute(args, new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String hello() throws IOException {
        Path p = dir.resolve("hello.py");
        Files.writeString(p, "print('hi')\n");
        return p.toString();
    }

    /** A module whose exit status is its argc, so the status tells how many arguments reached it. */
    private String argcModule(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, Wat2Wasm.parse("""
                (module
                  (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
                  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
                  (memory (export "memory") 1)
                  (func (export "_start")
                    (drop (call $sizes (i32.const 0) (i32.const 4)))
                    (call $exit (i32.load (i32.const 0)))))
                """));
        return p.toString();
    }

    @Test
    void anOptionAfterTheFileIsWaspys() throws IOException {
        Result r = waspy("run", hello(), "--time-phases");
        assertEquals(0, r.status(), r.err());
        assertEquals("hi\n", r.out());
        assertTrue(r.err().contains("total"), r.err());
    }

    @Test
    void warnAnnotationsReportsADisagreementAndTheProgramStillRuns() throws IOException {
        Path p = dir.resolve("ann.py");
        Files.writeString(p, "def half(n: int) -> str:\n    return n // 2\nprint(half(7))\n");
        Result quiet = waspy("run", p.toString());
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals("3\n", quiet.out());
        assertEquals("", quiet.err());
        Result r = waspy("run", p.toString(), "--warn-annotations");
        assertEquals(0, r.status(), r.err());
        assertEquals("3\n", r.out());
        assertTrue(r.err().startsWith(p + ":1:21: warning: the return value of 'half' has type int, but its annotation says str"), r.err());
    }

    @Test
    void anUnknownOptionIsAnErrorNotAProgramArgument() throws IOException {
        Result r = waspy("run", hello(), "-x");
        assertEquals(2, r.status());
        assertEquals("", r.out(), "the program must not run");
        assertTrue(r.err().contains("Unknown option: '-x'"), r.err());
        assertTrue(r.err().contains("go after '--'"), r.err());
    }

    @Test
    void wordsAfterTheFileAndEverythingAfterDashDashGoToTheProgram() throws IOException {
        String m = argcModule("argc.wasm");
        assertEquals(3, waspy("run", m, "a", "b").status());
        Result dashed = waspy("run", m, "a", "--", "-x", "--time-phases", "--");
        assertEquals(5, dashed.status(), dashed.err());
        assertEquals("", dashed.err(), "--time-phases after -- belongs to the program");
        assertEquals(2, waspy("run", "--engine=interpreter", m, "-5").status(), "a negative number is an argument");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "build", "dump-ast"})
    void helpNeedsNoFile(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            Result r = waspy(command, flag);
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().startsWith("Usage: waspy " + command), r.out());
        }
        Result viaHelp = waspy("help", command);
        assertEquals(0, viaHelp.status(), viaHelp.err());
    }

    @Test
    void aModuleRunsAsItIs() throws IOException {
        String wasm = dir.resolve("hello.wasm").toString();
        assertEquals(0, waspy("build", hello(), "-o", wasm).status());
        assertEquals(new Result(0, "hi\n", ""), waspy("run", wasm));
        // Recognized by its magic bytes too, whatever its name.
        Path renamed = Files.copy(Path.of(wasm), dir.resolve("hello.bin"));
        assertEquals(new Result(0, "hi\n", ""), waspy("run", renamed.toString(), "--engine=interpreter"));
        Result timed = waspy("run", "--time-phases", wasm);
        assertTrue(timed.err().contains("load (compiler)") && timed.err().contains("run (compiler)"), timed.err());
    }

    @Test
    void theTimingFileHoldsTheModulesLoadAndRunForAModuleAndForPython() throws IOException {
        String wasm = dir.resolve("timed.wasm").toString();
        assertEquals(0, waspy("build", hello(), "-o", wasm).status());
        for (String input : new String[] {wasm, hello()}) {
            Path timing = dir.resolve("timing.json");
            Files.deleteIfExists(timing);
            Result r = waspy("run", "--timing-file=" + timing, input);
            assertEquals(new Result(0, "hi\n", ""), r, "the timing goes to the file, not to the program's streams");
            String json = Files.readString(timing);
            assertTrue(json.matches("\\{\"loadMs\": \\d+\\.\\d{3}, \"runMs\": \\d+\\.\\d{3}\\}\n"), json);
        }
    }

    @Test
    void aModuleRefusesCompileOptionsAndBadBytesAreAUserError() throws IOException {
        String m = argcModule("argc.wasm");
        Result opt = waspy("run", m, "-O0");
        assertEquals(2, opt.status());
        assertTrue(opt.err().contains("-O is an option for compiling Python"), opt.err());
        Path bad = dir.resolve("bad.wasm");
        Files.writeString(bad, "not a module\n");
        Result r = waspy("run", bad.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(bad + ": error: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
