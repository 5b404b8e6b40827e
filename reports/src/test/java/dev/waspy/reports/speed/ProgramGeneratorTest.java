package dev.waspy.reports.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramGeneratorTest {
    @Test
    void generatedProgramsAreValidPythonThatCPythonRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generated.py");
        Files.writeString(file, ProgramGenerator.generate(12));
        Process p = new ProcessBuilder("python3", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.matches("checksum: -?\\d+\n"), out);
    }

    @Test
    void sizeGrowsLinearlyWithTheNumberOfFunctions() {
        int small = ProgramGenerator.lines(ProgramGenerator.generate(10));
        int large = ProgramGenerator.lines(ProgramGenerator.generate(100));
        assertTrue(large > 9 * small && large < 11 * small, small + " vs " + large);
    }

    @Test
    void waspysParserAcceptsTheGeneratedPrograms() {
        var module = dev.waspy.frontend.syntax.Parser.parse(
                dev.waspy.frontend.diag.SourceFile.of("generated.py", ProgramGenerator.generate(5)));
        assertTrue(module.toString().contains("f4"), "the parsed module should hold the fifth function");
    }
}
