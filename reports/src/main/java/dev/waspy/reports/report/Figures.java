package dev.waspy.reports.report;

import dev.waspy.reports.corpus.Category;
import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.run.BenchmarkResult;
import dev.waspy.reports.run.Cell;
import dev.waspy.reports.run.Outcome;
import dev.waspy.reports.stats.Ratio;
import dev.waspy.reports.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The derived numbers every report form shows: summaries, speed-ups over CPython, geometric means. */
public final class Figures {
    public static final String BASELINE = "cpython";

    private final RunResults results;

    public Figures(RunResults results) {
        this.results = results;
    }

    public RunResults results() {
        return results;
    }

    public List<BenchmarkResult> steady() {
        return results.benchmarks().stream().filter(b -> b.benchmark().category() != Category.STARTUP).toList();
    }

    public List<BenchmarkResult> startup() {
        return results.benchmarks().stream().filter(b -> b.benchmark().category() == Category.STARTUP).toList();
    }

    /** Median and interval of the in-host run time, when every run was correct. */
    public Optional<Summary> run(BenchmarkResult b, Engine e) {
        return summary(b, e, Outcome.Timed::runMs);
    }

    /** Median and interval of the whole process, launch to exit, as a user waits for it. */
    public Optional<Summary> wall(BenchmarkResult b, Engine e) {
        return summary(b, e, Outcome.Timed::wallMs);
    }

    public Optional<Summary> load(BenchmarkResult b, Engine e) {
        return summary(b, e, Outcome.Timed::loadMs);
    }

    private Optional<Summary> summary(BenchmarkResult b, Engine e, ToDoubleFunction<Outcome.Timed> f) {
        Cell cell = b.cells().get(e.id());
        if (cell == null || !cell.timed()) {
            return Optional.empty();
        }
        return Optional.of(Summary.of(cell.samples().stream().mapToDouble(f).toArray()));
    }

    /** Why there is no figure for this pair, or empty when there is one. */
    public Optional<Outcome> missing(BenchmarkResult b, Engine e) {
        Cell cell = b.cells().get(e.id());
        if (cell == null) {
            return Optional.of(new Outcome.NotApplicable("not selected"));
        }
        if (cell.closing().isPresent()) {
            return cell.closing();
        }
        return cell.samples().isEmpty() ? Optional.of(new Outcome.NotApplicable("not run")) : Optional.empty();
    }

    public Optional<Ratio> speedup(BenchmarkResult b, Engine e) {
        Optional<Engine> base = baseline();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Optional<Summary> cpython = run(b, base.get());
        Optional<Summary> engine = run(b, e);
        return cpython.isPresent() && engine.isPresent()
                ? Optional.of(Ratio.speedup(cpython.get(), engine.get())) : Optional.empty();
    }

    public Optional<Engine> baseline() {
        return results.engines().stream().filter(e -> e.id().equals(BASELINE)).findFirst();
    }

    /** Geometric mean speed-up over the benchmarks of a category (all steady ones when null). */
    public Optional<Mean> geomean(Engine e, Category category) {
        List<Ratio> ratios = new ArrayList<>();
        int total = 0;
        for (BenchmarkResult b : steady()) {
            if (category != null && b.benchmark().category() != category) {
                continue;
            }
            total++;
            speedup(b, e).ifPresent(ratios::add);
        }
        return ratios.isEmpty() ? Optional.empty() : Optional.of(new Mean(Ratio.geometricMean(ratios), ratios.size(), total));
    }

    /**
     * How many times longer engine {@code e} takes than {@code reference} on a benchmark, median
     * against median, by {@code figure} (the in-host run or the whole process); empty unless both
     * have a figure.
     */
    public Optional<Double> slowdown(BenchmarkResult b, Engine e, Engine reference,
                                     java.util.function.BiFunction<BenchmarkResult, Engine, Optional<Summary>> figure) {
        Optional<Summary> mine = figure.apply(b, e);
        Optional<Summary> theirs = figure.apply(b, reference);
        return mine.isPresent() && theirs.isPresent() && theirs.get().median() > 0
                ? Optional.of(mine.get().median() / theirs.get().median()) : Optional.empty();
    }

    /** The engine of this run with that id, if it took part. */
    public Optional<Engine> engine(String id) {
        return results.engines().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** A geometric mean and how many of the category's benchmarks it covers. */
    public record Mean(double value, int count, int of) {
    }

    public List<Category> steadyCategories() {
        return steady().stream().map(b -> b.benchmark().category()).distinct().sorted().toList();
    }
}
