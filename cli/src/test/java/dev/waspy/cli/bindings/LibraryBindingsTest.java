package dev.waspy.cli.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.cli.Main;
import dev.waspy.cli.Streams;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Processes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library module called from its hosts: {@code library/lib.py} built with every function
 * exported and its bindings, then called from Node through the generated ES module
 * ({@code drive.mjs}) and from Java through the generated Chicory class ({@code LibDriver.java},
 * compiled in-process with it). Both must print what CPython prints for the same calls
 * ({@code driver.py}, which imports lib.py), module body and Python exceptions included; after
 * that, the host boundary's own rules (ABI.md, "Library modules").
 */
class LibraryBindingsTest {
    private static final List<String> FILES = List.of("lib.py", "driver.py", "drive.mjs", "LibDriver.java",
            "broken.py");
    private static final String EXPORTS = "add,count_calls,mean,scale,total,squares,greet,words,shout,is_even,"
            + "negate,div,default,log,big,pick,looks_int,stop";
    private static final String BOUNDARY = "--- host boundary\n";

    /**
     * Results CPython has no counterpart for: a host int is 64 bits, a result must be its
     * annotation's type, an argument larger than the module's 16 MiB is a MemoryError, an exit
     * ends the instance.
     */
    private static final String BOUNDARY_EXPECTED = """
            big: 4611686018427387904
            big: OverflowError: Python int too large to convert to C long
            add: OverflowError: Python int too large to convert to C long
            looks_int: 7
            looks_int: TypeError: exported function returned str, not int
            greet: MemoryError
            count_calls: 4
            stop: SystemExit: 3
            add: the module exited with status 3; load the module again
            """;

    @TempDir
    static Path dir;

    private static String cpython;

    @BeforeAll
    static void build() throws IOException {
        for (String f : FILES) {
            try (InputStream in = LibraryBindingsTest.class.getResourceAsStream("/library/" + f)) {
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        // 16 MiB: the host's loop of calls allocates more than that, so it passes only if the blocks are collected.
        waspyBuild("--max-memory=16", "--emit-bindings", dir.toString(), "-o", dir.resolve("lib.wasm").toString());
        for (String written : List.of("lib.wasm", "lib.mjs", "lib.d.ts", "Lib.java")) {
            assertTrue(Files.exists(dir.resolve(written)), written);
        }
        Outcome py = Processes.run(List.of("python3", "-X", "utf8", "driver.py"), dir, Duration.ofSeconds(60));
        assertEquals(0, py.status(), py.stderrText());
        cpython = new String(py.stdout(), StandardCharsets.UTF_8);
    }

    @Test
    void nodeCallsTheEsModuleAsCPythonCallsTheFunctions() {
        assumeTrue(Processes.available("node"), "node is not installed");
        runNode("lib.wasm");
    }

    /** The wrappers' roots: a collection at every poll, the heap verified around each. */
    @Test
    void nodeCallsAModuleThatCollectsAtEveryPoll() {
        nodeCalls("lib-stress.wasm", "--gc-stress", "--gc-verify", "--max-memory=16");
    }

    /** An exception of the module body rejects the load with CPython's last traceback line. */
    @Test
    void nodeSeesTheExceptionOfTheModuleBody() {
        assumeTrue(Processes.available("node"), "node is not installed");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.execute(new String[] {"build", dir.resolve("broken.py").toString(), "--export", "f",
                "--emit-bindings", dir.toString(), "-o", dir.resolve("broken.wasm").toString()},
                new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String script = "import { load } from './broken.mjs'; import { readFileSync } from 'node:fs';"
                + " try { await load(readFileSync('broken.wasm')); console.log('loaded'); }"
                + " catch (e) { console.log(`${e.name}: ${e.message}`); }";
        Outcome node = Processes.run(List.of("node", "--input-type=module", "-e", script), dir, Duration.ofSeconds(60));
        Outcome py = Processes.run(List.of("python3", "-X", "utf8", "broken.py"), dir, Duration.ofSeconds(60));
        assertEquals(1, py.status());
        assertEquals("PythonError: " + py.lastStderrLine() + "\n", new String(node.stdout(), StandardCharsets.UTF_8),
                node.stderrText());
    }

    /** The same functions built with {@code options} into {@code wasm}, called through the same bindings. */
    private static void nodeCalls(String wasm, String... options) {
        assumeTrue(Processes.available("node"), "node is not installed");
        List<String> args = new java.util.ArrayList<>(List.of(options));
        args.addAll(List.of("-o", dir.resolve(wasm).toString()));
        waspyBuild(args.toArray(String[]::new));
        runNode(wasm);
    }

    private static void runNode(String wasm) {
        Outcome node = Processes.run(List.of("node", "--single-threaded-gc", "drive.mjs", wasm), dir,
                Duration.ofSeconds(300));
        assertEquals(0, node.status(), node.stderrText());
        check(new String(node.stdout(), StandardCharsets.UTF_8));
    }

    private static void waspyBuild(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", dir.resolve("lib.py").toString(), "--export",
                EXPORTS));
        args.addAll(List.of(options));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.execute(args.toArray(String[]::new), new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void javaCallsTheChicoryClassAsCPythonCallsTheFunctions() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        var javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"),
                dir.resolve("Lib.java").toString(), dir.resolve("LibDriver.java").toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            var run = loader.loadClass("LibDriver").getMethod("run", byte[].class);
            check((String) run.invoke(null, (Object) Files.readAllBytes(dir.resolve("lib.wasm"))));
        }
    }

    @Test
    void typeScriptDeclarationsMatchTheSignatures() throws IOException {
        String dts = Files.readString(dir.resolve("lib.d.ts"));
        assertTrue(dts.contains("add(a: bigint | number, b: bigint | number): bigint;"), dts);
        assertTrue(dts.contains("scale(xs: number[], k: number): number[];"), dts);
        assertTrue(dts.contains("words(s: string): string[];"), dts);
        assertTrue(dts.contains("negate(b: boolean): boolean;"), dts);
        assertTrue(dts.contains("log(msg: string): void;"), dts);
        assertTrue(dts.contains("sys.argv (default: ['lib.wasm'])"), dts);
    }

    private static void check(String host) {
        int cut = host.indexOf(BOUNDARY);
        assertTrue(cut >= 0, host);
        assertEquals(cpython, host.substring(0, cut));
        assertEquals(BOUNDARY_EXPECTED, host.substring(cut + BOUNDARY.length()));
    }
}
