package dev.waspy.cli.run;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import dev.waspy.backend.PhaseTimes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a WASI preview1 command module in embedded Chicory, the way a shell runs a program: the
 * module's {@code _start} is called, its output goes to the given streams, and the result is the
 * exit status ({@code proc_exit}'s code, or 0 when {@code _start} returns).
 *
 * <p>A module that traps did something the compiler promised it never does (compiled Python raises
 * exceptions, it does not trap); the trap is reported on stderr and the status is {@link #TRAP_STATUS}.
 * A module that cannot even be instantiated (malformed, invalid, unknown import) raises
 * {@link ModuleLoadException} before anything runs.
 */
public final class WasiRunner {
    /** Exit status of a module that trapped (as a native process would after {@code abort()}). */
    public static final int TRAP_STATUS = 134;

    private WasiRunner() {}

    public static int run(byte[] wasm, String programName, List<String> args, InputStream stdin,
                          OutputStream stdout, OutputStream stderr) {
        return run(wasm, programName, args, stdin, stdout, stderr, Engine.DEFAULT);
    }

    public static int run(byte[] wasm, String programName, List<String> args, InputStream stdin,
                          OutputStream stdout, OutputStream stderr, Engine engine) {
        return run(wasm, programName, args, stdin, stdout, stderr, engine, null);
    }

    /** As above; {@code cache} (may be null) keeps the compiler engine's output between runs. */
    public static int run(byte[] wasm, String programName, List<String> args, InputStream stdin,
                          OutputStream stdout, OutputStream stderr, Engine engine, CompiledCache cache) {
        return run(wasm, programName, args, stdin, stdout, stderr, engine, cache, new PhaseTimes());
    }

    /**
     * As above, and adds two phases to {@code times}: {@code load (ENGINE)}, the module parsed,
     * translated (or its translation read from the cache) and instantiated, and {@code run
     * (ENGINE)}, its {@code _start} alone (the program's steady state, what a benchmark compares).
     */
    public static int run(byte[] wasm, String programName, List<String> args, InputStream stdin,
                          OutputStream stdout, OutputStream stderr, Engine engine, CompiledCache cache,
                          PhaseTimes times) {
        String name = engine.name().toLowerCase(Locale.ROOT);
        long start = System.nanoTime();
        List<String> argv = new ArrayList<>(args.size() + 1);
        argv.add(programName);
        argv.addAll(args);
        WasiOptions options = WasiOptions.builder()
                .withStdin(stdin, false)
                .withStdout(stdout, false)
                .withStderr(stderr, false)
                .withArguments(argv)
                .build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance instance;
            try {
                instance = load(wasm, wasi, engine, cache);
            } finally {
                times.add("load (" + name + ")", System.nanoTime() - start);
            }
            long loaded = System.nanoTime();
            try {
                instance.export("_start").apply();
            } finally {
                times.add("run (" + name + ")", System.nanoTime() - loaded);
            }
            return 0;
        } catch (WasiExitException exit) {
            return exit.exitCode();
        } catch (ChicoryException trap) {
            return trapped(stdout, stderr, String.valueOf(trap.getMessage()));
        } catch (StackOverflowError overflow) {
            return trapped(stdout, stderr, "call stack exhausted");
        }
    }

    /** Parses, validates, links and instantiates; a module that cannot start is the caller's bug. */
    private static Instance load(byte[] wasm, WasiPreview1 wasi, Engine engine, CompiledCache cache) {
        try {
            // Bytes that passed validation in an earlier run pass again: parsed without it.
            boolean known = cache != null && cache.validatedBefore(wasm);
            WasmModule module = known
                    ? Parser.builder().withValidation(false).build().parse(() -> new ByteArrayInputStream(wasm))
                    : Parser.parse(wasm);
            if (cache != null && !known) {
                cache.markValidated(wasm);
            }
            if (!exportsStart(module)) {
                throw new ModuleLoadException("the module exports no _start function", null);
            }
            Instance.Builder builder = ChicorySettings.instance(module, wasi);
            if (engine == Engine.COMPILER) {
                builder.withMachineFactory(ChicorySettings.compiler(module, cache));
            }
            return builder.build();
        } catch (ChicoryException | IllegalArgumentException e) {
            throw new ModuleLoadException(String.valueOf(e.getMessage()), e);
        }
    }

    private static boolean exportsStart(WasmModule module) {
        var exports = module.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            Export export = exports.getExport(i);
            if (export.name().equals("_start") && export.exportType() == ExternalType.FUNCTION) {
                return true;
            }
        }
        return false;
    }

    private static int trapped(OutputStream stdout, OutputStream stderr, String message) {
        try {
            stdout.flush();
        } catch (IOException ignored) {
            // The program's output stream is gone; the trap report below still matters more.
        }
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        err.println("waspy: the WebAssembly module trapped: " + message);
        err.flush();
        return TRAP_STATUS;
    }
}
