package dev.waspy.difftest.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.PythonOracle;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic and writes programs that parse and that CPython runs without a scope error. */
class ProgramGeneratorTest {
    @Test
    void theSameSeedGivesTheSameProgram() {
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(ProgramGenerator.generate(seed), ProgramGenerator.generate(seed));
        }
        assertNotEquals(ProgramGenerator.generate(1), ProgramGenerator.generate(2));
    }

    @Test
    void programsParseWithWaspysParser() {
        for (long seed = 0; seed < 100; seed++) {
            String program = ProgramGenerator.generate(seed);
            Parser.parse(SourceFile.of("seed-" + seed + ".py", program));  // a syntax error throws CompileError
        }
    }

    /**
     * CPython runs them: no SyntaxError, and none of the errors a wrong scope or a wrong type in the
     * generator would cause (a name used where it may be unbound, a call with arguments that do not fit).
     */
    @Test
    void cpythonRunsThemWithoutScopeOrSyntaxErrors(@TempDir Path dir) throws IOException {
        assumeTrue(PythonOracle.unavailableReason().isEmpty(), () -> PythonOracle.unavailableReason().get());
        List<Processes.Running> runs = new ArrayList<>();
        for (long seed = 100; seed < 120; seed++) {
            Path sub = Files.createDirectories(dir.resolve("s" + seed));
            runs.add(PythonOracle.start(Files.writeString(sub.resolve("prog.py"), ProgramGenerator.generate(seed))));
        }
        int clean = 0;
        for (int i = 0; i < runs.size(); i++) {
            Outcome o = runs.get(i).await(Duration.ofSeconds(60));
            String last = o.lastStderrLine();
            for (String bad : List.of("SyntaxError", "IndentationError", "NameError", "UnboundLocalError",
                    "TypeError: fn", "RecursionError")) {
                assertTrue(!last.startsWith(bad), "seed " + (100 + i) + ": " + last);
            }
            clean += o.status() == 0 ? 1 : 0;
        }
        // Most programs run to their end: at most one statement per program may raise, in a third of them.
        assertTrue(clean >= runs.size() * 6 / 10, clean + " of " + runs.size() + " programs ran to their end");
    }
}
