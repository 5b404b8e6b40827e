package dev.waspy.maven;

import dev.waspy.cli.run.PythonOracle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The outputs the sample projects of src/it expect (src/test/resources/expected/PROGRAM.out) are
 * what CPython prints for their programs (src/main/python/PROGRAM.py); rewrite one with
 * {@code python3 PROGRAM.py > .../expected/PROGRAM.out} after changing its program.
 */
class SampleExpectationsTest {
    private static final Path SAMPLES = Path.of("src/it");

    @TestFactory
    Stream<DynamicTest> expectedOutputsAreCPythons() throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            expectations = files.filter(f -> f.toString().endsWith(".out")).sorted().toList();
        }
        assertFalse(expectations.isEmpty(), "no expected outputs under " + SAMPLES);
        return expectations.stream().map(out -> DynamicTest.dynamicTest(SAMPLES.relativize(out).toString(), () -> {
            assumeTrue(PythonOracle.unavailableReason().isEmpty(), () -> PythonOracle.unavailableReason().orElseThrow());
            Path program = program(out);
            String cpython = new String(PythonOracle.start(program).await(Duration.ofSeconds(30)).stdout());
            assertEquals(cpython, Files.readString(out), program.toString());
        }));
    }

    /** SAMPLE/src/test/resources/expected/REL.out is the output of SAMPLE/src/main/python/REL.py. */
    private static Path program(Path out) {
        Path expected = out;
        while (!expected.getFileName().toString().equals("expected")) {
            expected = expected.getParent();
        }
        String rel = expected.relativize(out).toString().replaceFirst("\\.out$", ".py");
        Path sample = expected.getParent().getParent().getParent().getParent();
        return sample.resolve("src/main/python").resolve(rel);
    }
}
