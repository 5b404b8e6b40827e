package dev.waspy.corpus;

import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Chicory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every optimization level gives CPython's output: a few corpus programs (loops and phis, a local
 * read before it is bound, big ints, containers) compiled at -O0, -O1 and -O2, run in Chicory.
 * CorpusTest covers the default level on the whole corpus.
 */
class OptLevelsTest {
    private static final List<String> PROGRAMS =
            List.of("unbound_local", "while_else", "fibonacci_big", "counting_sort", "edit_distance", "aliasing");

    @TestFactory
    Stream<DynamicTest> eachLevelPrintsWhatCPythonPrints() {
        return PROGRAMS.stream().flatMap(name -> Stream.of(0, 1, 2).map(level ->
                DynamicTest.dynamicTest(name + " -O" + level, () -> check(Corpus.examples().resolve(name + ".py"), level))));
    }

    private static void check(Path program, int level) throws Exception {
        SourceFile source = SourceFile.decode(program.getFileName().toString(), Files.readAllBytes(program));
        byte[] wasm = Compiler.compile(source, CompilerOptions.defaults().withLevel(level, List.of())).wasm();
        Outcome out = Chicory.run(wasm, program.getFileName().toString(), EngineChoice.forProgram(program), Duration.ofSeconds(120));
        assertEquals(Optional.empty(), Expected.load(program).mismatch(out));
    }
}
