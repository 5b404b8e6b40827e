package dev.waspy.corpus;

import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.NodeWasi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.backend.Version;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.wasm.binary.ToolSections;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.model.FeaturesUsed;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.Producers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Other WebAssembly tools take Waspy's modules with their default flags: wabt's
 * {@code wasm-validate}, and Binaryen's {@code wasm-opt -O2}, which enables only the features the
 * module's {@code target_features} section names (without it, it rejects the runtime's
 * {@code memory.copy}). The module optimized by wasm-opt still prints CPython's output in Node.
 * The module names its producer (Python 3.11, waspy) and exactly the features it uses.
 */
class ToolCompatibilityTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"examples/hello", "examples/bigint_stress", "examples/dijkstra", "examples/unicode_text",
        "examples/zero_division", "benchmarks/nbody", "benchmarks/fannkuch", "benchmarks/matmul"})
    void validatorsAndOptimizersTakeTheModule(String name) throws Exception {
        Path program = Corpus.root().resolve("corpus/" + name + ".py");
        byte[] bytes = Compiler.compile(SourceFile.decode("corpus/" + name + ".py", Files.readAllBytes(program)),
                CompilerOptions.defaults()).wasm();
        Module module = WasmReader.read(bytes);
        assertEquals(FeaturesUsed.in(module), ToolSections.targetFeatures(module).orElseThrow().usedNames());
        Producers producers = ToolSections.producers(module).orElseThrow();
        assertEquals(List.of(new Producers.Tool("Python", "3.11")), producers.fields().get("language"));
        assertEquals(List.of(new Producers.Tool("waspy", Version.NUMBER)), producers.fields().get("processed-by"));

        Path wasm = work.resolve(Corpus.name(program) + ".wasm");
        Files.write(wasm, bytes);
        assumeTrue(Processes.available("wasm-validate"), "wasm-validate (Debian wabt) is not installed");
        Outcome valid = Processes.run(List.of("wasm-validate", wasm.toString()), work, LIMIT);
        assertEquals(0, valid.status(), valid.stderrText());

        Path wasmOpt = Corpus.root().resolve("tools/wasm-opt/node_modules/.bin/wasm-opt");
        assumeTrue(Files.isExecutable(wasmOpt), "Binaryen's wasm-opt is not installed in tools/wasm-opt"
                + " (./run-tests installs it with npm)");
        Path optimized = work.resolve(Corpus.name(program) + ".opt.wasm");
        Outcome opt = Processes.run(List.of(wasmOpt.toString(), "-O2", wasm.toString(), "-o", optimized.toString()),
                work, LIMIT);
        assertEquals(0, opt.status(), opt.stderrText());
        assertTrue(Files.size(optimized) > 0);
        if (name.startsWith("examples/") && NodeWasi.available()) {
            Outcome run = NodeWasi.start(optimized, List.of()).await(LIMIT);
            Expected.load(program).mismatch(run).ifPresent(report -> {
                throw new AssertionError(name + " after wasm-opt -O2:\n" + report);
            });
        }
    }
}
