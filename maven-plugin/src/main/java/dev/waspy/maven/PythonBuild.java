package dev.waspy.maven;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compiles the programs of a project, independent of Maven: each program to a module under the
 * output directory, and to JVM classes when asked. A program that does not compile does not stop
 * the others; its error, in the compiler's format, is in the result.
 */
final class PythonBuild {
    /** The classes the modules become: Chicory's generator and the package they go in. */
    record Jvm(JvmClasses classes, String jvmPackage) {}

    /** How many programs became modules, and the compile errors of the others. */
    record Result(int compiled, List<String> errors) {}

    /** Something thrown that is a bug in Waspy, not in the program; the message names the program. */
    static final class CompilerBug extends Exception {
        CompilerBug(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CompilerOptions options;
    private final Path outputDirectory;
    private final Jvm jvm;
    private final Consumer<String> info;

    /** {@code jvm} null: modules only. {@code info} receives a line per program worth mentioning. */
    PythonBuild(CompilerOptions options, Path outputDirectory, Jvm jvm, Consumer<String> info) {
        this.options = options;
        this.outputDirectory = outputDirectory;
        this.jvm = jvm;
        this.info = info;
    }

    Result run(List<Program> programs) throws IOException, CompilerBug {
        Map<String, String> classNames = jvm == null ? Map.of() : classNames(programs);
        List<String> errors = new ArrayList<>();
        int compiled = 0;
        for (Program p : programs) {
            byte[] wasm;
            try {
                wasm = Compiler.compile(SourceFile.decode(p.shown(), Files.readAllBytes(p.source())), options).wasm();
            } catch (CompileError e) {
                errors.add(e.format());
                continue;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new CompilerBug(p.shown() + ": internal compiler error: " + firstLine(e)
                        + "\nThis is a bug in Waspy, not in your program: run Maven with -e for the details and"
                        + " report them with the program.", e);
            }
            Path target = p.wasm(outputDirectory);
            // An unchanged module is left as it is, and so are its classes: an up-to-date build compiles no Java.
            boolean unchanged = Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), wasm);
            if (!unchanged) {
                Files.createDirectories(target.getParent());
                Files.write(target, wasm);
            }
            compiled++;
            String name = classNames.get(p.relative());
            if (jvm != null && !(unchanged && jvm.classes().exist(name))) {
                int interpreted = jvm.classes().generate(target, name);
                if (interpreted > 0) {
                    info.accept(p.shown() + ": " + interpreted + " functions of " + name
                            + " are too large for one JVM method and run in Chicory's interpreter");
                }
            }
        }
        return new Result(compiled, errors);
    }

    /** The exception on one line: a multi-line message (an IR dump, say) is for Maven's -e. */
    private static String firstLine(Throwable e) {
        String s = e.toString();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    /** Each program's class name; two programs with one name are an IllegalArgumentException. */
    private Map<String, String> classNames(List<Program> programs) {
        Map<String, String> byProgram = new HashMap<>();
        Map<String, Program> byName = new HashMap<>();
        for (Program p : programs) {
            String name = JvmNames.className(jvm.jvmPackage(), p.relative());
            Program other = byName.putIfAbsent(name, p);
            if (other != null) {
                throw new IllegalArgumentException(other.shown() + " and " + p.shown() + " would both become the class "
                        + name + "; rename one of them");
            }
            byProgram.put(p.relative(), name);
        }
        return byProgram;
    }
}
