package dev.waspy.backend.lower;

import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.locals.InterferenceColouring;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.wasm.binary.WasmWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corpus programs through the whole compiler, run against runtime.wasm as a second instance
 * (no linker involved): stdout and exit status must be CPython's. A program the compiler refuses
 * with a compile error is skipped here (refusing is allowed; a wrong answer is not).
 */
class CorpusPreLinkTest {
    private static final Path EXAMPLES = Path.of("../corpus/examples");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        if (!Files.isDirectory(EXAMPLES)) {
            return Stream.empty();
        }
        return Files.list(EXAMPLES).filter(p -> p.toString().endsWith(".py")).sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    /** corpus/known-failures.txt: "examples/NAME: why", deviations the corpus owns and explains. */
    private static String knownFailure(String name) throws IOException {
        Path known = EXAMPLES.resolveSibling("known-failures.txt");
        if (!Files.exists(known)) {
            return null;
        }
        for (String line : Files.readAllLines(known)) {
            if (line.startsWith("examples/" + name + ":")) {
                return line;
            }
        }
        return null;
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString().replaceFirst("\\.py$", "");
        String known = knownFailure(name);
        if (known != null) {
            org.junit.jupiter.api.Assumptions.abort("known failure: " + known);
        }
        String expected = Files.readString(py.resolveSibling(name + ".out"));
        Path exitFile = py.resolveSibling(name + ".exit");
        int status = Files.exists(exitFile) ? Integer.parseInt(Files.readAllLines(exitFile).getFirst().strip()) : 0;
        SourceFile src = SourceFile.read(py);
        IrProgram ir;
        try {
            ir = MiddleEnd.compile(src, Parser.parse(src));
        } catch (CompileError e) {
            org.junit.jupiter.api.Assumptions.abort("refused: " + e.format());
            return;
        }
        RealRuntime rt = new RealRuntime();
        var lowered = ProgramLowering.lower(ir, new StaticData(rt.heapBase()), new InterferenceColouring(),
                0x10000, 64 * 1024, 16384, true);
        assertEquals(java.util.List.of(), dev.waspy.wasm.validate.Validator.validate(lowered.module()));
        rt.run(WasmWriter.write(lowered.module()));
        assertEquals(expected, rt.out(), () -> "stderr: " + rt.err());
        assertEquals(status, rt.exitCode, () -> "stderr: " + rt.err());
    }
}
