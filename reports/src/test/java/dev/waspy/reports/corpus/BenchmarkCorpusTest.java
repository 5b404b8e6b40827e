package dev.waspy.reports.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus the report depends on: its size, its categories, its expected outputs. */
class BenchmarkCorpusTest {
    static final Path DIR = Path.of("..", "corpus", "benchmarks");

    @Test
    void holdsAtLeastFifteenSteadyStateProgramsOverEveryCategory() throws Exception {
        List<Benchmark> all = BenchmarkCorpus.load(DIR);
        Map<Category, Long> counts = all.stream().collect(Collectors.groupingBy(Benchmark::category, Collectors.counting()));
        assertTrue(all.size() - counts.getOrDefault(Category.STARTUP, 0L) >= 15, "counts: " + counts);
        for (Category c : Category.values()) {
            assertTrue(counts.getOrDefault(c, 0L) >= 1, "no benchmark in " + c + ": " + counts);
        }
    }

    @Test
    void everyProgramDescribesItselfAndHasANonEmptyExpectedOutput() throws Exception {
        for (Benchmark b : BenchmarkCorpus.load(DIR)) {
            assertFalse(b.description().isBlank(), b.name());
            assertTrue(Files.size(b.expected()) > 0, b.name() + ".expected is empty");
        }
    }

    @Test
    void mostNumericProgramsHaveACVersion() throws Exception {
        List<Benchmark> numeric = BenchmarkCorpus.load(DIR).stream().filter(b -> b.category() == Category.NUMERIC).toList();
        long withC = numeric.stream().filter(b -> b.cSource().isPresent()).count();
        assertTrue(withC >= numeric.size() - 1, withC + " of " + numeric.size());
        assertEquals(0, BenchmarkCorpus.load(DIR).stream()
                .filter(b -> b.category() != Category.NUMERIC && b.cSource().isPresent()).count());
    }

    @Test
    void aMissingCategoryLineIsAClearError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.py"), "# nothing\nprint(1)\n");
        Files.writeString(dir.resolve("x.expected"), "1\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> BenchmarkCorpus.load(dir));
        assertTrue(e.getMessage().contains("category"), e.getMessage());
    }
}
