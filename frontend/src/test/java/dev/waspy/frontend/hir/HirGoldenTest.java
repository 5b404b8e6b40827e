package dev.waspy.frontend.hir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.lower.Lowering;
import dev.waspy.frontend.testing.GoldenFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of type inference and the typed IR: {@code src/test/resources/hir/*.py}, each
 * {@code # hir:} block the expected HIR (with every inferred type) of the function above it.
 * {@code -Dwaspy.bless=true} rewrites the expectations.
 */
class HirGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/hir");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws Exception {
        List<Path> files;
        try (var s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path p) throws Exception {
        var golden = new GoldenFile(p, "hir");
        var file = SourceFile.read(p);
        HProgram h = Lowering.lower(file, dev.waspy.frontend.TestParse.parse(file));
        if (golden.expectations().isEmpty()) fail(p + ": no '# hir:' expectations");
        var problems = golden.check(name -> h.functions().stream().filter(f -> f.name().equals(name)).findFirst()
                .map(HirPrinter::print).orElse("<no function " + name + ">"));
        if (!problems.isEmpty()) fail(String.join("\n\n", problems));
    }
}
