package dev.waspy.middle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus program goes through the frontend and the middle-end with the verifier after each
 * pass (inference and specialize included): it compiles
 * to valid IR or is refused with a CompileError, and nothing else is thrown.
 * (Whether the compiled program prints what CPython prints is the corpus module's test.)
 */
class CorpusCompileTest {
    private static Path corpus() {
        return Path.of(System.getProperty("waspy.corpus", "../corpus/examples"));
    }

    @TestFactory
    Stream<DynamicTest> corpusPrograms() throws Exception {
        return programs(MiddleEnd.Options.forTests());
    }

    private static Stream<DynamicTest> programs(MiddleEnd.Options options) throws Exception {
        Path dir = corpus();
        assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath());
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            var file = SourceFile.read(p);
            try {
                IrProgram ir = MiddleEnd.compile(file, Parse.module(file), options);
                assertEquals(List.of(), Verifier.verify(ir));
                assertEquals(List.of(), slotAccesses(ir), "every function is in SSA form after the pipeline");
            } catch (CompileError e) {
                // A program the compiler refuses (known-failures.txt) has no IR to check.
            }
        }));
    }

    /** Loads and stores of local slots left, other than parameters read on entry (mem2reg, required, removes the rest). */
    private static List<String> slotAccesses(IrProgram ir) {
        var out = new java.util.ArrayList<String>();
        for (var f : ir.functions()) {
            for (var b : f.blocks()) {
                for (var i : b.insts()) {
                    boolean slot = i instanceof dev.waspy.middle.ir.Inst.Load l && l.var() instanceof dev.waspy.middle.ir.Var.Local v
                            && !(b == f.entry() && f.params().contains(v))
                            || i instanceof dev.waspy.middle.ir.Inst.Store st && st.var() instanceof dev.waspy.middle.ir.Var.Local;
                    if (slot) out.add(f.name() + " " + b + ": " + dev.waspy.middle.dump.IrPrinter.inst(i));
                }
            }
        }
        return out;
    }
}
