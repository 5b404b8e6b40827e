package dev.waspy.middle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.testing.GoldenFile;
import dev.waspy.middle.dump.IrPrinter;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.pass.PassContext;
import dev.waspy.middle.pass.PassManager;
import dev.waspy.middle.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the CFG IR: {@code src/test/resources/ir/*.py}. The first line names the stage
 * checked, {@code # IR after build: ...} (CFG construction and unbound-variable checks) or
 * {@code # IR after PASS, PASS: ...} (those passes on top, verifier after each); each
 * {@code # ir:} block holds the expected IR of the function above it.
 */
class GoldenIrTest {
    private static final Path DIR = Path.of("src/test/resources/ir");
    private static final Pattern HEADER = Pattern.compile("^# IR after ([a-z0-9, -]+):.*");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws Exception {
        List<Path> files;
        try (var s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no golden files in " + DIR.toAbsolutePath());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path p) throws Exception {
        var golden = new GoldenFile(p, "ir");
        var m = HEADER.matcher(golden.header());
        if (!m.matches()) fail(p + ": the first line must be '# IR after STAGE: what this checks'");
        var file = SourceFile.read(p);
        IrProgram ir = MiddleEnd.build(file, Parse.module(file), true);
        String stage = m.group(1).strip();
        if (!stage.equals("build")) {
            List<String> passes = Arrays.stream(stage.split(",")).map(String::strip).toList();
            PassManager.run(passes, new PassContext(ir, true));
        }
        assertEquals(List.of(), Verifier.verify(ir));
        if (golden.expectations().isEmpty()) fail(p + ": no '# ir:' expectations");
        var problems = golden.check(name -> {
            IrFunction f = ir.function(name);
            return f == null ? "<no function " + name + ">" : IrPrinter.print(f);
        });
        if (!problems.isEmpty()) fail(String.join("\n\n", problems));
    }
}
