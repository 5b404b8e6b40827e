package dev.waspy.reports.engine;

import dev.waspy.cli.run.ChicorySettings;
import dev.waspy.reports.corpus.Benchmark;
import dev.waspy.reports.run.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line that runs one benchmark on one engine, or the outcome that stands in for a run
 * when there is nothing to run. Every runner writes {"loadMs", "runMs"} to its first argument.
 */
public final class Launches {
    private final Toolchain tools;
    private final String javaBinary;
    private final String classPath;

    public Launches(Toolchain tools) {
        this.tools = tools;
        this.javaBinary = ProcessHandle.current().info().command().orElse("java");
        this.classPath = System.getProperty("java.class.path");
    }

    /** Either the command to run or, when it cannot run, the outcome to record instead. */
    public sealed interface Launch permits Command, Skip {
    }

    public record Command(List<String> argv) implements Launch {
    }

    public record Skip(Outcome outcome) implements Launch {
    }

    public Launch launch(Engine engine, Benchmark b, Build waspy, Build c, Path timing) {
        Optional<String> unavailable = tools.unavailable(engine);
        if (unavailable.isPresent()) {
            return new Skip(new Outcome.Unavailable(unavailable.get()));
        }
        String bench = tools.benchTools().toString();
        String source = b.source().toString();
        return switch (engine) {
            case Engine.WaspyNode w -> onModule(waspy, m -> node(w.liftoff(), bench + "/run-wasi.mjs",
                    timing, m.wasm().toString()));
            case Engine.WaspyChicory ch -> onModule(waspy, m -> chicory(timing, m.wasm()));
            case Engine.WaspyRun wr -> onModule(waspy, m -> new Command(List.of(
                    tools.root().resolve("waspy").toString(), "run", "--timing-file=" + timing, m.wasm().toString())));
            case Engine.CPython cp -> new Command(List.of("python3", bench + "/pyrun.py", timing.toString(), source));
            case Engine.PyPy pp -> new Command(List.of("pypy3", bench + "/pyrun.py", timing.toString(), source));
            case Engine.MicroPython mp -> node(true, bench + "/run-micropython.mjs", timing, source);
            case Engine.Pyodide py -> node(true, bench + "/run-pyodide.mjs", timing, source);
            case Engine.ClangNode cn -> onModule(c, m -> node(cn.liftoff(), bench + "/run-wasi.mjs",
                    timing, m.wasm().toString()));
        };
    }

    /** A fresh JVM with the options {@code ./waspy} runs modules with. */
    private Command chicory(Path timing, Path wasm) {
        List<String> argv = new ArrayList<>(List.of(javaBinary, "-Xss64m"));
        argv.addAll(ChicorySettings.JVM_OPTIONS);
        argv.addAll(List.of("-cp", classPath, "dev.waspy.reports.chicory.ChicoryMain", timing.toString(),
                wasm.toString()));
        return new Command(argv);
    }

    private static Launch onModule(Build build, java.util.function.Function<Build.Module, Launch> run) {
        return switch (build) {
            case Build.Module m -> run.apply(m);
            case Build.Failed f -> new Skip(new Outcome.NotCompiled(f.error()));
            case Build.Absent a -> new Skip(a.reason().equals("no C version")
                    ? new Outcome.NotApplicable(a.reason()) : new Outcome.Unavailable(a.reason()));
        };
    }

    private static Command node(boolean liftoff, String script, Path timing, String input) {
        // --single-threaded-gc: Node 20's V8 sometimes crashes at the end of WASI programs with a
        // large memory when its JS collector runs concurrently (see corpus NodeWasi).
        List<String> argv = new ArrayList<>(List.of("node", "--no-warnings", "--single-threaded-gc"));
        if (!liftoff) {
            // Without Liftoff, V8 compiles every function with TurboFan up front: a hot loop in a
            // function called once no longer waits in the baseline tier.
            argv.add("--no-liftoff");
        }
        argv.addAll(List.of(script, timing.toString(), input));
        return new Command(argv);
    }
}
