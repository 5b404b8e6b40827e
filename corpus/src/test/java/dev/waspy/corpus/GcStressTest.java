package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.backend.gc.GcMode;
import dev.waspy.cli.run.Chicory;
import dev.waspy.cli.run.Engine;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Outcome;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the roots compiled code gives the collector. Every corpus example runs with a collection
 * at every safepoint ({@code --gc-stress}) and the heap checked before and after each
 * ({@code --gc-verify}, which also poisons freed memory): a heap reference missing from a
 * shadow-stack frame is then freed at its first safepoint, and the program prints garbage, traps,
 * or stops with "heap verification" (status 70) instead of CPython's output. Every benchmark that
 * compiles runs verified (a few too long for stress, see the lists below).
 * A second part runs the allocation-heavy benchmarks in Chicory in small memory: without a
 * collector that runs, they end in MemoryError.
 *
 * <p>Runs in Node when it is installed (faster to start), else in Chicory's interpreter.
 */
class GcStressTest {
    private static final GcMode STRESS = new GcMode(true, true, false);
    private static final GcMode VERIFY = new GcMode(true, false, false);
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final boolean NODE = NodeWasi.available();
    /** Node's own status when it dies of SIGSEGV: 128 + 11. */
    private static final int NODE_CRASHED = 139;

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> examplesUnderStressAndVerification() {
        var known = KnownFailures.load();
        return Corpus.selected(Corpus.programs(Corpus.examples())).stream()
                .map(p -> DynamicTest.dynamicTest(Corpus.name(p), p.toUri(), () -> {
                    String key = "examples/" + Corpus.name(p);
                    Assumptions.assumeFalse(known.containsKey(key), () -> "known failure: " + known.get(key));
                    check(p, Expected.load(p), VERIFIED_ONLY.contains(Corpus.name(p)) ? VERIFY : STRESS);
                }));
    }

    /**
     * Every benchmark that compiles, with the heap verified at each collection where collections
     * normally happen (they run long enough to collect many times); pidigits and lcg_pi, which
     * allocate the most, also under stress.
     */
    @TestFactory
    Stream<DynamicTest> benchmarksUnderVerification() {
        return Corpus.programs(benchmarks()).stream()
                .map(p -> DynamicTest.dynamicTest(Corpus.name(p), p.toUri(),
                        () -> check(p, new Expected(Files.readAllBytes(Corpus.sibling(p, ".expected")), 0, ""),
                                STRESSED_BENCHMARKS.contains(Corpus.name(p)) ? STRESS : VERIFY)));
    }

    private static final List<String> STRESSED_BENCHMARKS = List.of("pidigits", "lcg_pi");

    /**
     * Examples that poll millions of times (tic_tac_toe: 8.8 million collections under stress, 10 s
     * in Node) or keep a large heap that every collection walks (binary_trees_gc: minutes): they run
     * with verification at the collections their allocation causes, without stress.
     */
    private static final List<String> VERIFIED_ONLY = List.of("binary_trees_gc", "tic_tac_toe", "merge_sort",
            "game_of_life", "container_churn");

    /** pidigits allocates about 2 GB of bigints in total; it must run in 32 MiB in Chicory. */
    @Test
    void pidigitsRunsInSmallMemoryInChicory() throws Exception {
        runsInSmallMemory("pidigits", 32);
    }

    @Test
    void lcgPiRunsInSmallMemoryInChicory() throws Exception {
        runsInSmallMemory("lcg_pi", 32);
    }

    private static void runsInSmallMemory(String benchmark, int mib) throws Exception {
        Path program = benchmarks().resolve(benchmark + ".py");
        CompilerOptions options = CompilerOptions.defaults().withMaxMemoryPages(mib * 16)
                .withGc(new GcMode(false, false, true));
        byte[] wasm = validated(Compiler.compile(source(program), options), benchmark, mib + " MiB of memory").wasm();
        Outcome o = Chicory.run(wasm, benchmark + ".py", Engine.COMPILER, LIMIT);
        String err = new String(o.stderr(), StandardCharsets.UTF_8);
        assertEquals(0, o.status(), () -> benchmark + " ended with status " + o.status() + ": " + err);
        assertEquals(Files.readString(Corpus.sibling(program, ".expected")), new String(o.stdout(), StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("waspy: gc: (\\d+) collections, memory (\\d+) pages").matcher(err);
        assertTrue(m.find(), () -> "no GC report on stderr: " + err);
        int pages = Integer.parseInt(m.group(2));
        System.out.printf("GcStressTest: %s in Chicory: %s collections, memory %d pages (%.1f MiB)%n",
                benchmark, m.group(1), pages, pages / 16.0);
        assertTrue(Integer.parseInt(m.group(1)) > 0, "the collector never ran");
    }

    private static void check(Path program, Expected expected, GcMode mode) throws Exception {
        String flags = (mode.stress() ? "--gc-stress " : "") + "--gc-verify";
        Compilation compilation;
        try {
            compilation = Compiler.compile(source(program), CompilerOptions.defaults().withGc(mode));
        } catch (CompileError e) {
            Assumptions.abort("does not compile: " + e.getMessage());
            return;
        }
        byte[] wasm = validated(compilation, Corpus.name(program), flags).wasm();
        Outcome o;
        if (NODE) {
            o = NodeWasi.start(work.resolve(Corpus.name(program) + ".wasm"), List.of()).await(LIMIT);
            if (o.status() == NODE_CRASHED) {
                // Node 20 itself sometimes dies of SIGSEGV when a module with a large memory exits
                // (seen with main's build too); Chicory gives the program's own outcome.
                o = Chicory.run(wasm, program.getFileName().toString(), Engine.COMPILER, LIMIT);
            }
        } else {
            o = Chicory.run(wasm, program.getFileName().toString(), Engine.INTERPRETER, LIMIT);
        }
        Optional<String> problem = expected.mismatch(o);
        if (problem.isPresent()) {
            fail("under " + flags + ":\n" + problem.get() + "stderr: "
                    + new String(o.stderr(), StandardCharsets.UTF_8).strip());
        }
    }

    /** The compilation, once its module is written to the work folder and the three validators accept it. */
    private static Compilation validated(Compilation compilation, String name, String options) throws IOException {
        Path file = Files.write(work.resolve(name + ".wasm"), compilation.wasm());
        ModuleValidators.problems(compilation, file)
                .ifPresent(p -> fail("the module built with " + options + " is invalid:\n" + p));
        return compilation;
    }

    private static SourceFile source(Path program) throws IOException {
        String dir = program.getParent().getFileName().toString();
        return SourceFile.decode("corpus/" + dir + "/" + program.getFileName(), Files.readAllBytes(program));
    }

    private static Path benchmarks() {
        return Corpus.root().resolve("corpus/benchmarks");
    }
}
