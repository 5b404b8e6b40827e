package dev.waspy.reports.run;

import dev.waspy.reports.corpus.Benchmark;
import dev.waspy.reports.engine.Build;
import dev.waspy.reports.engine.Builder;
import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.engine.Launches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds every benchmark, then runs rounds: in each round every (benchmark, engine) pair runs
 * once, benchmarks and engines in a fresh random order, so that a slow phase of the machine (another
 * job, thermal throttling) spreads over all engines instead of landing on one.
 */
public final class Session {
    private static final Pattern FIELD = Pattern.compile("\"(loadMs|runMs)\"\\s*:\\s*([0-9.eE+-]+)");

    private final Builder builder;
    private final Launches launches;
    private final ProcessRunner runner;
    private final Path root;
    private final Path scratch;
    private final Consumer<String> log;

    public Session(Builder builder, Launches launches, ProcessRunner runner, Path root, Path scratch,
                   Consumer<String> log) {
        this.builder = builder;
        this.launches = launches;
        this.runner = runner;
        this.root = root;
        this.scratch = scratch;
        this.log = log;
    }

    private int roundsDone;

    /** Rounds that ran to completion in the last {@link #run}. */
    public int roundsDone() {
        return roundsDone;
    }

    /**
     * Runs up to {@code rounds} rounds, an engine listed in {@code engineRounds} only in that many
     * (the first ones). A new round starts only if it is expected to end within {@code budget}, at
     * each engine's pace so far, so a busy machine yields fewer samples (and wider intervals)
     * rather than a report that never arrives.
     */
    public List<BenchmarkResult> run(List<Benchmark> benchmarks, List<Engine> engines, int rounds,
                                     Map<String, Integer> engineRounds, Duration timeout, long seed,
                                     Duration budget) throws IOException {
        long start = System.nanoTime();
        boolean wantC = engines.stream().anyMatch(e -> e instanceof Engine.ClangNode);
        List<BenchmarkResult> results = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            Build waspy = builder.waspy(b);
            OptionalLong optimized = waspy instanceof Build.Module m ? builder.optimizedSize(m, b) : OptionalLong.empty();
            Build c = wantC ? builder.clang(b) : new Build.Absent("C engines not selected");
            log.accept(String.format(Locale.ROOT, "build %-16s waspy: %s%s", b.name(), describe(waspy),
                    wantC && b.cSource().isPresent() ? ", C: " + describe(c) : ""));
            Map<String, Cell> cells = new LinkedHashMap<>();
            engines.forEach(e -> cells.put(e.id(), new Cell()));
            results.add(new BenchmarkResult(b, waspy, optimized, c, cells));
        }
        Random random = new Random(seed);
        Files.createDirectories(scratch);
        Path timing = scratch.resolve("timing.json");
        roundsDone = 0;
        Map<String, Long> engineNanos = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            final int current = round;
            List<Engine> active = engines.stream()
                    .filter(e -> current <= engineRounds.getOrDefault(e.id(), Integer.MAX_VALUE)).toList();
            if (round > 1) {
                // Expected length of this round: what each of its engines took per round so far.
                long expected = active.stream().mapToLong(e -> engineNanos.getOrDefault(e.id(), 0L) / (current - 1)).sum();
                if (System.nanoTime() - start + expected > budget.toNanos()) {
                    log.accept(String.format(Locale.ROOT, "stopping after %d rounds: another would pass the %d-minute budget",
                            roundsDone, budget.toMinutes()));
                    break;
                }
            }
            List<BenchmarkResult> order = new ArrayList<>(results);
            Collections.shuffle(order, random);
            for (BenchmarkResult r : order) {
                List<Engine> engineOrder = new ArrayList<>(active);
                Collections.shuffle(engineOrder, random);
                for (Engine e : engineOrder) {
                    Cell cell = r.cells().get(e.id());
                    if (cell.closed()) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    Outcome outcome = runOnce(e, r, timing, timeout);
                    engineNanos.merge(e.id(), System.nanoTime() - t0, Long::sum);
                    cell.add(outcome);
                    log.accept(String.format(Locale.ROOT, "round %d/%d %-16s %-22s %s", round, rounds,
                            r.benchmark().name(), e.id(), outcome instanceof Outcome.Timed t
                                    ? String.format(Locale.ROOT, "%.1f ms", t.runMs()) : outcome.status()));
                }
            }
            roundsDone = round;
        }
        return results;
    }

    private Outcome runOnce(Engine e, BenchmarkResult r, Path timing, Duration timeout) throws IOException {
        Launches.Launch launch = launches.launch(e, r.benchmark(), r.waspy(), r.c(), timing);
        return switch (launch) {
            case Launches.Skip skip -> skip.outcome();
            case Launches.Command command -> {
                Files.deleteIfExists(timing);
                ProcessResult p = runner.run(command.argv(), root, timeout);
                yield judge(p, Files.readAllBytes(r.benchmark().expected()), timing, timeout);
            }
        };
    }

    /** A run counts only if it exited normally and printed exactly CPython's output. */
    static Outcome judge(ProcessResult p, byte[] expected, Path timing, Duration timeout) throws IOException {
        if (p.timedOut()) {
            return new Outcome.TimedOut(timeout.toSeconds());
        }
        if (p.exitCode() != 0) {
            return new Outcome.Crashed(p.exitCode(), p.errorLine());
        }
        String difference = Checker.firstDifference(expected, p.stdout());
        if (!difference.isEmpty()) {
            return new Outcome.WrongOutput(difference);
        }
        if (!Files.isRegularFile(timing)) {
            return new Outcome.Crashed(0, "the runner wrote no timing");
        }
        Matcher m = FIELD.matcher(Files.readString(timing));
        double load = Double.NaN;
        double run = Double.NaN;
        while (m.find()) {
            if (m.group(1).equals("loadMs")) {
                load = Double.parseDouble(m.group(2));
            } else {
                run = Double.parseDouble(m.group(2));
            }
        }
        if (Double.isNaN(load) || Double.isNaN(run)) {
            return new Outcome.Crashed(0, "the runner's timing is unreadable");
        }
        return new Outcome.Timed(run, load, p.wallMs());
    }

    private static String describe(Build build) {
        return switch (build) {
            case Build.Module m -> m.bytes() + " bytes";
            case Build.Failed f -> "not compiled (" + f.error().lines().findFirst().orElse("") + ")";
            case Build.Absent a -> a.reason();
        };
    }
}
