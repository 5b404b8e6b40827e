package dev.waspy.difftest.campaign;

import dev.waspy.difftest.gen.ProgramGenerator;
import dev.waspy.difftest.reduce.Reducer;
import dev.waspy.difftest.run.DiffRunner;
import dev.waspy.difftest.run.Result;
import dev.waspy.difftest.run.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A campaign: generates and runs the programs of a range of seeds on a few threads, counts the
 * verdicts, and saves each bug (the program, what differed, and its reduction) under the output
 * directory as {@code VERDICT/seed-N.py}, {@code seed-N.txt}, {@code seed-N.min.py}. Only the first
 * few programs of each failure signature are reduced, so one frequent bug does not stall a campaign.
 */
public final class Campaign {
    public record Options(long first, long last, int jobs, Path out, boolean reduce, Duration limit, Duration budget) {}

    /** Reductions per failure signature: later programs with a signature already reduced this often are only saved. */
    private static final int REDUCTIONS_PER_SIGNATURE = 3;

    private final Options options;
    private final Tally tally = new Tally();
    private final java.util.Map<String, Integer> reduced = new java.util.concurrent.ConcurrentHashMap<>();
    private final PrintStream log;

    public Campaign(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** Runs the campaign; returns the number of bugs found. */
    public int run() throws IOException, InterruptedException {
        Files.createDirectories(options.out());
        Path work = Files.createTempDirectory("difftest");
        DiffRunner runner = new DiffRunner(work, options.limit(), EnumSet.allOf(DiffRunner.Target.class));
        long start = System.nanoTime();
        long deadline = options.budget() == null ? Long.MAX_VALUE : start + options.budget().toNanos();
        AtomicLong next = new AtomicLong(options.first());
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
        for (int j = 0; j < options.jobs(); j++) {
            pool.submit(() -> {
                for (long seed = next.getAndIncrement(); seed <= options.last() && System.nanoTime() < deadline;
                     seed = next.getAndIncrement()) {
                    one(runner, work, seed, start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(365, TimeUnit.DAYS);
        Files.deleteIfExists(work);  // each run deletes its own directory in it
        log.println(writeSummary((System.nanoTime() - start) / 60e9));
        return tally.bugs();
    }

    private String writeSummary(double minutes) {
        String table = tally.table(minutes);
        try {
            Files.writeString(options.out().resolve("summary.md"), "# difftest campaign, seeds " + options.first()
                    + ".." + options.last() + "\n\n" + table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private void one(DiffRunner runner, Path work, long seed, long start) {
        try {
            String program = ProgramGenerator.generate(seed);
            Result result = runner.run(program);
            tally.add(result.verdict(), result.signature());
            if (result.verdict().isBug() || result.verdict() == Verdict.INVALID) {
                save(work, seed, program, result);
            }
            int done = tally.total();
            if (done % 100 == 0) {
                double minutes = (System.nanoTime() - start) / 60e9;
                log.printf("difftest: %d programs, %d bugs, %.0f per minute%n", done, tally.bugs(), done / minutes);
                writeSummary(minutes);  // so an interrupted campaign leaves its figures
            }
        } catch (RuntimeException | Error e) {
            log.println("difftest: seed " + seed + ": the harness failed: " + e);
        }
    }

    private void save(Path work, long seed, String program, Result result) {
        try {
            Path dir = options.out().resolve(result.verdict().name().toLowerCase(java.util.Locale.ROOT));
            Files.createDirectories(dir);
            String base = "seed-" + seed;
            Files.writeString(dir.resolve(base + ".py"), program);
            Files.writeString(dir.resolve(base + ".txt"), result.signature() + "\n\n" + result.detail());
            log.println("difftest: seed " + seed + ": " + result.signature());
            if (options.reduce() && result.verdict().isBug()
                    && reduced.merge(result.signature(), 1, Integer::sum) <= REDUCTIONS_PER_SIGNATURE) {
                Reduction r = Reduction.of(work, options.limit(), program, result);
                Files.writeString(dir.resolve(base + ".min.py"), r.program());
                Files.writeString(dir.resolve(base + ".min.txt"), r.result().signature() + "\n\n" + r.result().detail()
                        + "\n(" + r.tests() + " candidates tried)\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engines a failure needs to show again: none for a compile-time failure, else the one that failed. */
    static Set<DiffRunner.Target> targetsFor(Result result) {
        if (result.signature().contains("compiler threw") || result.signature().contains("invalid module")) {
            return EnumSet.noneOf(DiffRunner.Target.class);
        }
        return result.detail().contains("[Chicory]") ? EnumSet.of(DiffRunner.Target.CHICORY)
                : EnumSet.of(DiffRunner.Target.NODE);
    }

    /** A reduced program, the result it gives, and how many candidates the reducer tried. */
    record Reduction(String program, Result result, int tests) {
        static Reduction of(Path work, Duration limit, String program, Result failure) {
            DiffRunner runner = new DiffRunner(work, limit, targetsFor(failure));
            Reducer reducer = new Reducer(p -> runner.run(p).signature().equals(failure.signature()));
            String reduced = reducer.reduce(program);
            return new Reduction(reduced, runner.run(reduced), reducer.tests());
        }
    }
}
