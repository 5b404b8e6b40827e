package dev.waspy.cli.run;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.WasmModule;

import java.util.List;
import java.util.function.Function;

/**
 * How Waspy sets up Chicory, in one place for {@code waspy run}, the tests and the benchmark
 * runner (cli/README.md, "Chicory settings", has the measurements behind each choice).
 */
public final class ChicorySettings {
    /**
     * Options of a JVM that runs compiled modules (the {@code ./waspy} launcher has the same, which
     * a test checks). C1 only: with two busy cores, C2's compiler threads cost more than they gain
     * on runs of seconds (measured again once the backend split huge functions: cli/README.md). Huge
     * methods compiled: Chicory's compiler turns a big Wasm function into one JVM method, and
     * HotSpot otherwise leaves a method over 8,000 bytes of bytecode in its bytecode interpreter;
     * Waspy's backend keeps its functions under about 4,300 bytes, but a module from elsewhere
     * ({@code waspy run any.wasm}) may have bigger ones.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:-DontCompileHugeMethods");

    /**
     * What the launcher adds, after {@link #JVM_OPTIONS}, for a program whose past runs were faster
     * with full tiering (C1, then C2 for the code that stays hot): {@link JitChoice}.
     */
    public static final List<String> TIERED_OPTIONS = List.of("-XX:TieredStopAtLevel=4");

    private ChicorySettings() {}

    /**
     * An instance builder with WASI's host functions, without running a start function, and with
     * linear memory in a plain {@code byte[]} ({@link ByteArrayMemory}: faster loads and stores
     * than the default ByteBuffer-backed memory).
     */
    public static Instance.Builder instance(WasmModule module, WasiPreview1 wasi) {
        return Instance.builder(module)
                .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                .withMemoryFactory(ByteArrayMemory::new)
                .withStart(false);
    }

    /**
     * Chicory's compiler (Wasm to JVM bytecode, at load time); a function too large for one JVM
     * method is interpreted instead of failing the whole module. {@code cache} may be null.
     */
    public static Function<Instance, Machine> compiler(WasmModule module, CompiledCache cache) {
        var compiler = MachineFactoryCompiler.builder(module).withInterpreterFallback(InterpreterFallback.SILENT);
        if (cache != null) {
            compiler.withCache(cache);
        }
        return compiler.compile();
    }
}
