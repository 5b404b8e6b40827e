package dev.waspy.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waspy command in-process: exit statuses, the error format, and no Java stack trace ever. */
class MainTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception:") && !err.contains("error"), err);
        }
    }

    private Result waspy(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.execute(args, new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String write(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        return p.toString();
    }

    @Test
    void runPrintsAndExitsZero() throws IOException {
        Result r = waspy("run", write("p.py", "print(1 + 2)\nprint('a', 2.5, True)\n"));
        assertEquals(new Result(0, "3\na 2.5 True\n", ""), r);
    }

    @Test
    void runGivesTheProgramsExitStatus() throws IOException {
        Result r = waspy("run", write("p.py", "import sys\nprint('before')\nsys.exit(3)\n"));
        assertEquals(3, r.status());
        assertEquals("before\n", r.out());
    }

    @Test
    void anUncaughtExceptionExitsOneWithCPythonsLastLine() throws IOException {
        Result r = waspy("run", write("p.py", "x = 0\nprint('start')\nprint(1 // x)\n"));
        assertEquals(1, r.status());
        assertEquals("start\n", r.out());
        assertTrue(r.err().startsWith("Traceback (most recent call last):"), r.err());
        assertTrue(r.err().endsWith("ZeroDivisionError: integer division or modulo by zero\n"), r.err());
    }

    @Test
    void runningOutOfMemoryEndsInMemoryErrorAfterTheEarlierOutput() throws IOException {
        // 2 ** 2 ** 26 is 8 MiB, built with its copy in 16: more than 12 MiB and less than 24. At
        // 2 ** 2 ** 30 without a limit, Karatsuba's temporaries once outgrew 4 GiB and the program
        // ended with status 0 and no output at all.
        String p = write("p.py", "print('start')\nx = 2 ** 2 ** 26\nprint(x > 5)\n");
        Result r = waspy("run", "--max-memory=12", p);
        assertEquals(1, r.status(), r.err());
        assertEquals("start\n", r.out());
        assertTrue(r.err().endsWith("\nMemoryError\n"), r.err());
        assertEquals(new Result(0, "start\nTrue\n", ""), waspy("run", "--max-memory=24", p));
    }

    @Test
    void recursionStopsAtCPythonsLimit() throws IOException {
        // python3 prints 998, then fails on f(999): 1000 frames of f on top of the module's one.
        String p = write("p.py", "def f(n: int) -> int:\n    if n == 0:\n        return 0\n    return 1 + f(n - 1)\n"
                + "print(f(998))\nprint(f(999))\n");
        Result r = waspy("run", p);
        assertEquals(1, r.status(), r.err());
        assertEquals("998\n", r.out());
        assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
    }

    @Test
    void bothEnginesAgree() throws IOException {
        String p = write("p.py", "total = 0\nfor i in range(100):\n    total += i * i\nprint(total)\n");
        assertEquals(new Result(0, "328350\n", ""), waspy("run", "--engine=interpreter", p));
        assertEquals(new Result(0, "328350\n", ""), waspy("run", "--engine=compiler", p));
    }

    @Test
    void aSyntaxErrorIsReportedWithLineColumnAndCaret() throws IOException {
        String p = write("bad.py", "x = 1\ny = (2 +\n");
        Result r = waspy("run", p);
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(p + ":2:"), r.err());
        assertTrue(r.err().contains(": error: "), r.err());
        assertTrue(r.err().contains("\n    y = (2 +\n"), r.err());
        assertTrue(r.err().stripTrailing().endsWith("^"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsAUserError() {
        Result r = waspy("run", dir.resolve("nope.py").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nope.py: error: no such file"), r.err());
    }

    @Test
    void badCommandLinesExitTwo() {
        assertEquals(2, waspy().status());
        assertEquals(2, waspy("frobnicate").status());
        assertEquals(2, waspy("build", "--emit=pdf", "x.py").status());
        assertEquals(2, waspy("run", "--engine=jit", "x.py").status());
    }

    @Test
    void helpAndVersionSucceed() {
        Result help = waspy("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("run") && help.out().contains("build"), help.out());
        assertEquals(0, waspy("--version").status());
    }

    @Test
    void buildWritesAModuleAndWat() throws IOException {
        String p = write("hello.py", "print('hi')\n");
        Result r = waspy("build", p);
        assertEquals(0, r.status(), r.err());
        byte[] wasm = Files.readAllBytes(dir.resolve("hello.wasm"));
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, java.util.Arrays.copyOf(wasm, 4));
        Result wat = waspy("build", p, "--emit=wat", "-o", "-");
        assertEquals(0, wat.status(), wat.err());
        assertTrue(wat.out().startsWith("(module"), wat.out());
        assertTrue(wat.out().contains("(export \"_start\""), wat.out());
        // A program that needs big ints and float repr: the linked module carries that runtime code.
        String q = write("numbers.py", "print(2 ** 100 + len(str(0.1 + 0.2)))\n");
        Result linked = waspy("build", q, "--emit=wat", "-o", "-");
        Result program = waspy("build", q, "--emit=wat-program", "-o", "-");
        assertTrue(program.out().contains("(import \"waspy_rt\" \"rt_write_str\""), program.out());
        assertTrue(program.out().length() < linked.out().length() / 4, "the runtime is not in it");
    }

    @Test
    void dumpsGoToStderrOnRunAndStdoutOnBuild() throws IOException {
        String p = write("p.py", "print(7)\n");
        Result run = waspy("run", "--dump-ir", "--dump-layout", p);
        assertEquals("7\n", run.out());
        assertTrue(run.err().contains("def <module>()"), run.err());
        assertTrue(run.err().contains("shadow stack"), run.err());
        Result build = waspy("build", "--dump-ir", "-o", dir.resolve("p.wasm").toString(), p);
        assertTrue(build.out().contains("def <module>()"), build.out());
    }

    @Test
    void passesCanBeChosenDumpedAndTimed() throws IOException {
        String p = write("p.py", "x = 2\nprint(x * 3)\n");
        Result r = waspy("run", "--passes=mem2reg,const-fold,dead-blocks,dead-code", "--dump-after=mem2reg", "--time-passes", p);
        assertEquals(0, r.status(), r.err());
        assertEquals("6\n", r.out());
        assertTrue(r.err().contains("=== IR after mem2reg ==="), r.err());
        assertTrue(r.err().contains("pass const-fold"), r.err());
        Result bad = waspy("run", "--passes=no-such-pass", p);
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown pass 'no-such-pass'"), bad.err());
        Result unordered = waspy("run", "--passes=mem2reg,const-fold", p);
        assertEquals(2, unordered.status());
        assertTrue(unordered.err().contains("const-fold must be followed by dead-blocks"), unordered.err());
    }

    @Test
    void optimizationLevelsAndDisabledPasses() throws IOException {
        String p = write("p.py", "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * 2\n    return t\nprint(f(10))\n");
        for (String level : new String[] {"-O0", "-O1", "-O2"}) {
            Result r = waspy("run", level, "--time-passes", p);
            assertEquals(new Result(0, "90\n", r.err()), r, level);
            // build, then mem2reg (-O0); range-loops, mem2reg, specialize, list-loops, mem2reg, const-fold,
            // dead-blocks, dead-code, sink-boxes (-O1, -O2)
            assertEquals(level.equals("-O0") ? 2 : 10, r.err().lines().filter(l -> l.startsWith("pass ")).count(), r.err());
            // f has locals, the module body none: mem2reg asks for f's dominators only.
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("pass mem2reg") && l.endsWith("(computed: dominators x1)")), r.err());
            if (!level.equals("-O0")) assertTrue(r.err().contains("pass specialize"), r.err());
        }
        Result ablated = waspy("run", "--disable-pass=const-fold,dead-blocks", "--time-passes", p);
        assertEquals("90\n", ablated.out());
        assertFalse(ablated.err().contains("pass const-fold"), ablated.err());
        Result required = waspy("run", "--disable-pass=mem2reg", p);
        assertEquals(2, required.status());
        assertTrue(required.err().contains("error: pass 'mem2reg' cannot be disabled"), required.err());
        required.assertNoStackTrace();
        Result needed = waspy("run", "--disable-pass=dead-blocks", p);
        assertEquals(2, needed.status());
        assertTrue(needed.err().contains("const-fold must be followed by dead-blocks"), needed.err());
        Result level = waspy("run", "-O7", p);
        assertEquals(2, level.status());
        assertTrue(level.err().contains("unknown optimization level -O7"), level.err());
    }

    @Test
    void dumpsGoOneFilePerFunctionPerStepIntoADirectory() throws IOException {
        String p = write("p.py", "def f(x):\n    return x + 1\nprint(f(2))\n");
        Path dumps = dir.resolve("dumps");
        Result r = waspy("run", "--dump-after=all", "--dump-dir=" + dumps, p);
        assertEquals("3\n", r.out());
        assertEquals("", r.err());
        try (var files = Files.list(dumps)) {
            var names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(java.util.List.of("00.build._module_.ir", "00.build.f.ir", "01.range-loops._module_.ir", "01.range-loops.f.ir"),
                    names.subList(0, 4));
            assertEquals(2 * 10, names.size(), names.toString()); // build and nine passes, two functions
            assertTrue(names.contains("03.specialize.f_int_.ir"), names.toString()); // from specialize on, f's instance
        }
        assertTrue(Files.readString(dumps.resolve("01.range-loops.f.ir")).startsWith("def f(x: object) -> object:"));
        assertTrue(Files.readString(dumps.resolve("03.specialize.f_int_.ir")).startsWith("def f[int](x: int) -> int:"));
        Result noStep = waspy("run", "--dump-dir=" + dumps, p);
        assertEquals(2, noStep.status());
        Result notADir = waspy("run", "--dump-after=all", "--dump-dir=" + Path.of(p).resolve("sub"), p);
        assertEquals(2, notADir.status());
        assertTrue(notADir.err().contains("error: cannot create the dump directory"), notADir.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "def f():\n    class C:\n        pass\n",
        "x = [1, 2, 3]\nv = (i for i in x)\n",
        "def f(*args):\n    return args\n",
        "try:\n    pass\nexcept* ValueError:\n    pass\n",
        "import os\n",
        "lambda: 0\n",
        "def f():\n    def g():\n        return 1\n    return g\n",
        "\tprint(1)\n",
        "print(1\n",
        "async def f(): pass\n",
    })
    void unsupportedOrInvalidProgramsAreCompileErrors(String source) throws IOException {
        Result r = waspy("build", write("p.py", source), "-o", dir.resolve("p.wasm").toString());
        r.assertNoStackTrace();
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().matches("(?s).*p\\.py:\\d+:\\d+: error: .*"), r.err());
    }

    @Test
    void garbageBytesNeverCrash() throws IOException {
        Random random = new Random(42);
        for (int k = 0; k < 20; k++) {
            byte[] junk = new byte[1 + random.nextInt(200)];
            random.nextBytes(junk);
            Path p = dir.resolve("junk" + k + ".py");
            Files.write(p, junk);
            Result r = waspy("build", p.toString(), "-o", dir.resolve("j.wasm").toString());
            r.assertNoStackTrace();
            assertEquals(2, r.status(), r.err());
        }
    }

    @Test
    void anInternalErrorIsOneLineWithAHintAndNoTraceUnlessVerbose() {
        var buf = new ByteArrayOutputStream();
        int status = Failures.report(new IllegalStateException("boom\nsecond line"), "x.py", false,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String err = buf.toString(StandardCharsets.UTF_8);
        assertEquals(ExitStatus.INTERNAL_ERROR, status);
        assertTrue(err.startsWith("x.py: internal compiler error: IllegalStateException: boom ...\n"), err);
        assertFalse(err.contains("\tat "), err);
        buf.reset();
        Failures.report(new IllegalStateException("boom"), "x.py", true, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("\tat "));
    }
}
