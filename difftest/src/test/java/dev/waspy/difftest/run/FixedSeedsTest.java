package dev.waspy.difftest.run;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.PythonOracle;
import dev.waspy.difftest.gen.ProgramGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short differential campaign with fixed seeds, part of every test run: each program must be
 * identical to CPython's run or refused (or stopped as unsupported), never different and never an
 * internal error. A failure shows the program and what differed; {@code ./fuzz --seeds N..N}
 * reproduces one seed and reduces it.
 */
class FixedSeedsTest {
    private static final long FIRST = 1;
    private static final int COUNT = 30;

    @Test
    void generatedProgramsBehaveAsInCPython(@TempDir Path work) throws Exception {
        assumeTrue(PythonOracle.unavailableReason().isEmpty(), () -> PythonOracle.unavailableReason().get());
        EnumSet<DiffRunner.Target> targets = NodeWasi.available()
                ? EnumSet.allOf(DiffRunner.Target.class) : EnumSet.of(DiffRunner.Target.CHICORY);
        DiffRunner runner = new DiffRunner(work, Duration.ofSeconds(60), targets);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> problems = new ArrayList<>();
        for (long seed = FIRST; seed < FIRST + COUNT; seed++) {
            long s = seed;
            problems.add(pool.submit(() -> {
                String program = ProgramGenerator.generate(s);
                Result r = runner.run(program);
                return r.verdict().isBug()
                        ? "seed " + s + ": " + r.signature() + "\n" + r.detail() + "--- program:\n" + program : "";
            }));
        }
        StringBuilder failures = new StringBuilder();
        for (Future<String> f : problems) {
            failures.append(f.get());
        }
        pool.shutdown();
        assertTrue(failures.isEmpty(), failures::toString);
    }
}
