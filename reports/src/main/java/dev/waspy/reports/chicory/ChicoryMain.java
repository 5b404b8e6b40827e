package dev.waspy.reports.chicory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.waspy.cli.run.ChicorySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs a WASI command module on Chicory in compiler mode (Wasm translated to JVM bytecode) inside
 * this JVM, and times it like the Node runners do:
 * <pre>java -cp ... dev.waspy.reports.chicory.ChicoryMain TIMING.json MODULE.wasm</pre>
 * The harness starts a fresh JVM per run, as every other engine gets a fresh process, so one
 * run's JIT state never helps or hurts the next; it starts it with the options {@code ./waspy}
 * uses ({@link ChicorySettings#JVM_OPTIONS}).
 */
public final class ChicoryMain {
    private ChicoryMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ChicoryMain TIMING.json MODULE.wasm");
            System.exit(2);
        }
        Path timing = Path.of(args[0]);
        Path wasm = Path.of(args[1]);
        long t0 = System.nanoTime();
        int status = 0;
        long t1;
        WasiOptions options = WasiOptions.builder().inheritSystem().withArguments(List.of(wasm.toString())).build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance instance;
            try {
                WasmModule module = Parser.parse(wasm);
                // As `waspy run --engine=compiler --no-cache`: the same memory and compiler settings.
                instance = ChicorySettings.instance(module, wasi)
                        .withMachineFactory(ChicorySettings.compiler(module, null))
                        .build();
            } catch (ChicoryException | IllegalArgumentException e) {
                System.err.println("error: cannot load the module: " + e.getMessage());
                System.exit(1);
                return;
            }
            t1 = System.nanoTime();
            try {
                instance.export("_start").apply();
            } catch (WasiExitException e) {
                status = e.exitCode();
            } catch (ChicoryException | StackOverflowError e) {
                System.out.flush();
                System.err.println("trap: " + e.getMessage());
                status = 134;
            }
        }
        long t2 = System.nanoTime();
        System.out.flush();
        Files.writeString(timing, String.format(Locale.ROOT, "{\"loadMs\": %.3f, \"runMs\": %.3f}",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6));
        System.exit(status);
    }
}
