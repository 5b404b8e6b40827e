package dev.waspy.cli;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.cli.bindings.Bindings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", description = {
        "Compile a Python program to a WASI preview1 command module (runs in Chicory, Node, wasmtime, ...),",
        "or with --export to a library module whose functions a host calls."})
final class BuildCommand implements Callable<Integer> {
    enum Emit { WASM, WAT, WAT_PROGRAM }

    private final Streams io;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "FILE.py", description = "The program.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the module; '-' for stdout. Default: FILE.wasm (FILE.wat with --emit=wat).")
    String output;

    @Option(names = "--emit", paramLabel = "FORMAT", description = "wasm (binary), wat (text), or wat-program (text of"
            + " the compiled Python alone, before the runtime is linked in). Default: wasm.",
            converter = EmitConverter.class)
    Emit emit = Emit.WASM;

    @Option(names = "--size-report", description = "Print the module's bytes per section, per function and per"
            + " data segment (to stderr when the module goes to stdout).")
    boolean sizeReport;

    @Option(names = "--export", paramLabel = "NAME[,NAME...]", split = ",",
            description = "Build a library module instead of a command: export these module-level functions with"
                    + " plain i32/i64/f64 signatures (from their annotations), _initialize, waspy_alloc and waspy_error.")
    List<String> exports = new ArrayList<>();

    @Option(names = "--emit-bindings", paramLabel = "DIR",
            description = "With --export: also write host bindings into DIR: STEM.mjs and STEM.d.ts (JavaScript),"
                    + " Stem.java (Java over Chicory).")
    Path bindings;

    @Mixin
    CompileOptions options;

    BuildCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream err = io.errPrinter();
        try {
            if (bindings != null && exports.isEmpty()) {
                throw new Failures.UserError("--emit-bindings needs --export: a command module has no functions to bind");
            }
            Compilation c = Compiler.compile(Sources.read(file), options.toCompilerOptions(), exports);
            err.print(options.warnings);
            PrintStream out = io.outPrinter();
            out.print(options.passReport);
            if (options.dumpIr) {
                out.print(c.irText());
            }
            if (options.dumpLayout) {
                out.print(c.layout().describe());
            }
            byte[] bytes = switch (emit) {
                case WASM -> c.wasm();
                case WAT -> c.wat().getBytes(StandardCharsets.UTF_8);
                case WAT_PROGRAM -> c.programWat().getBytes(StandardCharsets.UTF_8);
            };
            write(bytes);
            if (sizeReport) {
                var objects = new java.util.TreeMap<>(dev.waspy.backend.link.Linker.runtimeObjectNames());
                objects.put((long) c.layout().runtimeEnd(), "the program's static objects");
                (("-".equals(output)) ? err : out).print(
                        dev.waspy.backend.size.SizeReport.of(c.wasm(), c.programModule().functions().size())
                                .format(objects));
            }
            if (bindings != null) {
                try {
                    Bindings.write(bindings, stem(), c.exports());
                } catch (java.io.UncheckedIOException e) {
                    throw new Failures.UserError(e.getMessage());
                }
            }
            if (options.timePhases) {
                err.print(Timing.sinceJvmStart() + c.times().describe());
            }
            return ExitStatus.OK;
        } catch (Throwable t) {
            return Failures.report(t, file.toString(), options.verbose, err);
        }
    }

    private void write(byte[] bytes) {
        if ("-".equals(output)) {
            try {
                io.out().write(bytes);
                io.out().flush();
            } catch (IOException e) {
                throw new Failures.UserError("cannot write to stdout: " + e.getMessage());
            }
            return;
        }
        Path target = output != null ? Path.of(output) : defaultOutput();
        try {
            Files.write(target, bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Failures.UserError("cannot write " + target + ": no such directory");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new Failures.UserError("cannot write " + target + ": permission denied");
        } catch (IOException e) {
            throw new Failures.UserError("cannot write " + target + ": " + e.getMessage());
        }
    }

    private Path defaultOutput() {
        return file.resolveSibling(stem() + (emit == Emit.WASM ? ".wasm" : ".wat"));
    }

    /** The file's name without {@code .py}: the name of the module and of its bindings. */
    private String stem() {
        String name = file.getFileName().toString();
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
    }

    static final class EmitConverter implements picocli.CommandLine.ITypeConverter<Emit> {
        @Override
        public Emit convert(String value) {
            return switch (value) {
                case "wasm" -> Emit.WASM;
                case "wat" -> Emit.WAT;
                case "wat-program" -> Emit.WAT_PROGRAM;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not an output format; use wasm, wat or wat-program");
            };
        }
    }
}
