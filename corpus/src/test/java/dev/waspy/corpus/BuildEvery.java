package dev.waspy.corpus;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles every corpus program (examples and benchmarks) in this JVM and writes each module as
 * {@code OUT/DIR/NAME.wasm}; a program Waspy refuses writes its message as {@code NAME.error}.
 * {@link DeterministicBuildTest} starts it twice, in two JVMs, and compares what they wrote.
 */
final class BuildEvery {
    private BuildEvery() {}

    /** The programs built: every {@code .py} of the examples and of the benchmarks. */
    static List<Path> programs() {
        List<Path> all = new ArrayList<>(Corpus.programs(Corpus.examples()));
        all.addAll(Corpus.programs(Corpus.root().resolve("corpus/benchmarks")));
        return all;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (Path program : programs()) {
            String relative = Corpus.root().relativize(program).toString();
            Path target = out.resolve(Corpus.root().relativize(program.getParent())).resolve(Corpus.name(program));
            Files.createDirectories(target.getParent());
            try {
                SourceFile source = SourceFile.decode(relative, Files.readAllBytes(program));
                byte[] wasm = Compiler.compile(source, CompilerOptions.defaults()).wasm();
                Files.write(target.resolveSibling(target.getFileName() + ".wasm"), wasm);
            } catch (CompileError e) {
                Files.writeString(target.resolveSibling(target.getFileName() + ".error"), e.format());
            }
        }
    }
}
