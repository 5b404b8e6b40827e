package dev.waspy.cli;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.PhaseTimes;
import dev.waspy.cli.run.CompiledCache;
import dev.waspy.cli.run.Engine;
import dev.waspy.cli.run.JitChoice;
import dev.waspy.cli.run.ModuleLoadException;
import dev.waspy.cli.run.WasiRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "run", description = {
        "Compile a Python program and run it in the embedded WebAssembly engine (Chicory, WASI);",
        "or run a WebAssembly module (FILE.wasm, e.g. one 'waspy build' wrote) as it is.",
        "Its stdout, stderr and exit status are the program's.",
        "Options may come anywhere before '--'. Words after the file that do not start with '-' are",
        "the program's arguments; everything after '--' goes to the program as it is."})
final class RunCommand implements Callable<Integer> {
    private final Streams io;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program (FILE.py), or a module (FILE.wasm).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program (its sys.argv[1:]).")
    List<String> args = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE", description = "interpreter (starts at once), compiler (Wasm to"
            + " JVM bytecode: a few hundred ms to start, loops ~30x faster) or auto (default: the interpreter for a"
            + " program without loops or calls between its functions, else the compiler).",
            converter = EngineConverter.class)
    Engine engine;

    @Option(names = "--no-cache", description = "Do not keep the compiler engine's translation in ~/.cache/waspy.")
    boolean noCache;

    @Option(names = "--timing-file", paramLabel = "FILE", description = "After the run, write {\"loadMs\": ...,"
            + " \"runMs\": ...} to FILE: loading the module (translation or cache, instantiation) and running it"
            + " (for benchmark harnesses; compiling Python is not included).")
    Path timingFile;

    @Mixin
    CompileOptions options;

    @Spec
    CommandSpec spec;

    RunCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (Sources.isModule(file)) {
            return runModule();
        }
        PrintStream err = io.errPrinter();
        Compilation c;
        try {
            c = Compiler.compile(Sources.read(file), options.toCompilerOptions());
        } catch (Throwable t) {
            return Failures.report(t, file.toString(), options.verbose, err);
        }
        // Dumps go to stderr: stdout belongs to the program.
        err.print(options.warnings);
        err.print(options.passReport);
        if (options.dumpIr) {
            err.print(c.irText());
        }
        if (options.dumpLayout) {
            err.print(c.layout().describe());
        }
        Engine engine = this.engine != null ? this.engine : RunTime.engineFor(c.ir());
        try {
            return WasiRunner.run(c.wasm(), file.toString(), args, io.in(), io.out(), io.err(), engine,
                    noCache ? null : CompiledCache.inUserCache(), c.times());
        } catch (Throwable t) {
            return Failures.report(t, file.toString(), options.verbose, err);
        } finally {
            reportTimes(c.times(), err);
        }
    }

    /**
     * {@code --time-phases} (every phase, on stderr) and {@code --timing-file} (the module's load and
     * run); the run's time also goes to the launcher's JIT choice for this program.
     */
    private void reportTimes(PhaseTimes times, PrintStream err) {
        if (options.timePhases) {
            err.print(Timing.sinceJvmStart() + times.describe());
        }
        if (timingFile != null) {
            RunTimingFile.write(timingFile, times, err);
        }
        JitChoice.afterRun(System.getenv(), times.nanos());
    }

    /**
     * Runs an existing module. Options about compiling have nothing to act on, so they are refused
     * rather than ignored; {@code --time-phases} reports the module's load and run alone.
     */
    private int runModule() {
        PrintStream err = io.errPrinter();
        for (OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
            if (o.userObject() instanceof Field f && f.getDeclaringClass() == CompileOptions.class
                    && !MODULE_OPTIONS.contains(o.longestName())) {
                return Failures.report(new Failures.UserError(o.longestName()
                        + " is an option for compiling Python; this file is already a WebAssembly module"),
                        file.toString(), false, err);
            }
        }
        Engine engine = this.engine != null ? this.engine : Engine.DEFAULT;
        PhaseTimes times = new PhaseTimes();
        try {
            return WasiRunner.run(Sources.readModule(file), file.toString(), args, io.in(), io.out(), io.err(),
                    engine, noCache ? null : CompiledCache.inUserCache(), times);
        } catch (ModuleLoadException e) {
            return Failures.report(new Failures.UserError(e.getMessage()),
                    file.toString(), false, err);
        } catch (Throwable t) {
            return Failures.report(t, file.toString(), options.verbose, err);
        } finally {
            reportTimes(times, err);
        }
    }

    /** The shared options that still mean something when the input is a module. */
    private static final Set<String> MODULE_OPTIONS = Set.of("--verbose", "--time-phases");

    static final class EngineConverter implements picocli.CommandLine.ITypeConverter<Engine> {
        @Override
        public Engine convert(String value) {
            if (value.equals("auto")) {
                return null;
            }
            try {
                return Engine.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not an engine; use interpreter, compiler or auto");
            }
        }
    }
}
