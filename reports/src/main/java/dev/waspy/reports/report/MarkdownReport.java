package dev.waspy.reports.report;

import dev.waspy.reports.corpus.Category;
import dev.waspy.reports.engine.Build;
import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.run.BenchmarkResult;
import dev.waspy.reports.run.Outcome;
import dev.waspy.reports.speed.CompilerSpeed;
import dev.waspy.reports.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The report as Markdown: the summary the README links to, readable as plain text too. */
public final class MarkdownReport {
    private final Figures f;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(Figures f) {
        this.f = f;
    }

    public static String write(Figures f) {
        return new MarkdownReport(f).all();
    }

    private String all() {
        RunResults r = f.results();
        line("# Waspy benchmark report");
        line("");
        line(String.format(Locale.ROOT, "Made by `%s` on %s in %.1f minutes: %d interleaved rounds%s,"
                + " per-run time limit %.0f s, on %s.", r.command(), r.started().toString().replaceFirst("\\.\\d+Z$", "Z"),
                r.seconds() / 60, r.rounds(), r.rounds() < r.roundsPlanned()
                        ? " (of " + r.roundsPlanned() + " planned; the time budget ended the run)" : "",
                r.timeoutSeconds(), machine(r.machine())));
        List<String> partial = new ArrayList<>();
        for (Engine e : r.engines()) {
            int most = r.benchmarks().stream().mapToInt(b -> b.cells().containsKey(e.id())
                    ? b.cells().get(e.id()).samples().size() : 0).max().orElse(0);
            if (most > 0 && most < r.rounds()) {
                partial.add(e.label() + " (" + most + ")");
            }
        }
        if (!partial.isEmpty()) {
            line("Engines in fewer rounds, to keep the run's length reasonable: " + String.join(", ", partial) + ".");
        }
        line("Speed-up = CPython's median time / the engine's median time (above 1 is faster than CPython);"
                + " brackets hold the 95% confidence interval (†: fewer runs than a 95% interval needs, see below)."
                + " Only runs whose output equals CPython's are timed.");
        line("");
        summaryTable();
        steadyTable();
        wholeProcessTable();
        againstNode();
        startupTable();
        sizeTable();
        gapList();
        peerFailures();
        compilerSpeed();
        versions();
        return out.toString();
    }

    private void summaryTable() {
        List<Category> categories = f.steadyCategories();
        line("## Summary: geometric-mean speed-up over CPython");
        line("");
        StringBuilder head = new StringBuilder("| engine | all benchmarks |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Category c : categories) {
            head.append(' ').append(c.label()).append(" |");
            rule.append("---|");
        }
        line(head.toString());
        line(rule.toString());
        for (Engine e : f.results().engines()) {
            StringBuilder row = new StringBuilder("| " + e.label() + " | " + mean(f.geomean(e, null)) + " |");
            for (Category c : categories) {
                row.append(' ').append(mean(f.geomean(e, c))).append(" |");
            }
            line(row.toString());
        }
        line("");
        line("(n/m): the mean covers the n of m benchmarks this engine ran correctly; the others are listed below.");
        line("");
    }

    private static String mean(Optional<Figures.Mean> m) {
        return m.map(x -> Format.times(x.value()) + " (" + x.count() + "/" + x.of() + ")").orElse("—");
    }

    private void steadyTable() {
        line("## Steady state: speed-up over CPython per benchmark");
        line("");
        benchmarkTable(e -> e.id().equals(Figures.BASELINE) ? "CPython (time)" : e.label(), this::cell);
        line("Times are the program alone, measured inside each host (engine start-up excluded; for Wasm"
                + " engines module compilation is excluded too). Median times for every engine are in the JSON.");
        line("† The interval is the whole range of the runs; with n runs it holds the median with probability"
                + " 1 − 2/2ⁿ (3 runs: 75%, 5 runs: 93.8%; 6 or more reach 95%). A ratio's interval is marked when"
                + " the engine's is; CPython's own is marked in its column.");
        line("");
    }

    /** A row per benchmark of the steady-state set, a column per engine, and a blank line. */
    private void benchmarkTable(Function<Engine, String> heading, BiFunction<BenchmarkResult, Engine, String> cell) {
        List<Engine> engines = f.results().engines();
        StringBuilder head = new StringBuilder("| benchmark |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Engine e : engines) {
            head.append(' ').append(heading.apply(e)).append(" |");
            rule.append("---|");
        }
        line(head.toString());
        line(rule.toString());
        for (BenchmarkResult b : f.steady()) {
            StringBuilder row = new StringBuilder("| " + b.benchmark().name() + " |");
            for (Engine e : engines) {
                row.append(' ').append(cell.apply(b, e)).append(" |");
            }
            line(row.toString());
        }
        line("");
    }

    private String cell(BenchmarkResult b, Engine e) {
        if (e.id().equals(Figures.BASELINE)) {
            return f.run(b, e).map(s -> Format.msRange(s) + dagger(s)).orElseGet(() -> status(b, e));
        }
        String mark = f.run(b, e).map(MarkdownReport::dagger).orElse("");
        return f.speedup(b, e).map(r -> Format.ratio(r) + mark).orElseGet(() ->
                f.run(b, e).map(s -> Format.ms(s.median())).orElseGet(() -> status(b, e)));
    }

    /**
     * The whole process per benchmark: what a user waits for from the command line, start-up and
     * (for Wasm) module compilation included; for {@code waspy run} also the launcher script.
     */
    private void wholeProcessTable() {
        line("## Whole process: median time from launch to exit per benchmark");
        line("");
        benchmarkTable(Engine::label, (b, e) -> f.wall(b, e).map(w -> Format.ms(w.median()) + dagger(w))
                .orElseGet(() -> status(b, e)));
        line("Wall-clock time of the whole command as the harness launched it: the host's start-up, for Wasm"
                + " engines the module's compilation, then the program. For `waspy run` (the launcher script, its JVM,"
                + " the translation cache) the first round also translates the module into the cache.");
        line("");
    }

    /**
     * {@code waspy run} against the same module on Node, per benchmark, in the program alone and in
     * the whole command: the two figures the goal for the JVM engine is stated in (within 2x in
     * geometric mean, within 3x on every benchmark).
     */
    private void againstNode() {
        Optional<Engine> run = f.engine("waspy-run");
        Optional<Engine> node = f.engine("waspy-node");
        if (run.isEmpty() || node.isEmpty()) {
            return;
        }
        line("## `waspy run` against Node: how many times longer per benchmark");
        line("");
        line("| benchmark | steady state | whole process |");
        line("|---|---|---|");
        Map<String, Double> steady = new LinkedHashMap<>();
        Map<String, Double> whole = new LinkedHashMap<>();
        for (BenchmarkResult b : f.steady()) {
            String name = b.benchmark().name();
            Optional<Double> s = f.slowdown(b, run.get(), node.get(), f::run);
            Optional<Double> w = f.slowdown(b, run.get(), node.get(), f::wall);
            s.ifPresent(x -> steady.put(name, x));
            w.ifPresent(x -> whole.put(name, x));
            if (s.isPresent() || w.isPresent()) {
                line("| " + name + " | " + s.map(Format::times).orElse("—") + " | " + w.map(Format::times).orElse("—") + " |");
            }
        }
        line("| geometric mean | " + geometricMean(steady) + " | " + geometricMean(whole) + " |");
        line("| largest | " + largest(steady) + " | " + largest(whole) + " |");
        line("");
        line("Median of " + run.get().label() + " over median of " + node.get().label() + ", the same module:"
                + " the steady state is `_start` alone, the whole process the command from launch to exit.");
        line("");
    }

    private static String geometricMean(Map<String, Double> xs) {
        return xs.isEmpty() ? "—" : Format.times(Math.exp(xs.values().stream().mapToDouble(Math::log).average().orElse(0)))
                + " (" + xs.size() + ")";
    }

    private static String largest(Map<String, Double> xs) {
        return xs.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> Format.times(e.getValue()) + " " + e.getKey()).orElse("—");
    }

    /** Marks an interval built from too few runs to hold the median with 95% probability. */
    private static String dagger(Summary s) {
        return s.coverage() < Summary.TARGET ? "†" : "";
    }

    private String status(BenchmarkResult b, Engine e) {
        return f.missing(b, e).map(o -> "*" + o.status() + "*").orElse("—");
    }

    private void startupTable() {
        if (f.startup().isEmpty()) {
            return;
        }
        line("## Start-up: hello world");
        line("");
        line("| engine | process, launch to exit | inside the host: load + run |");
        line("|---|---|---|");
        for (BenchmarkResult b : f.startup()) {
            for (Engine e : f.results().engines()) {
                Optional<Summary> wall = f.wall(b, e);
                String inHost = f.load(b, e).flatMap(l -> f.run(b, e).map(r -> Format.ms(l.median() + r.median())))
                        .orElse("");
                line("| " + e.label() + " | " + wall.map(w -> Format.msRange(w) + dagger(w)).orElseGet(() -> status(b, e)) + " | "
                        + inHost + " |");
            }
        }
        line("");
        line("The process time is what a user waits for from the command line; for Chicory it includes starting a JVM.");
        line("");
    }

    private void sizeTable() {
        Map<String, Long> payloads = f.results().peerPayloadBytes();
        line("## Size");
        line("");
        line("| benchmark | Waspy module | after `wasm-opt -Oz` | C -O2 (wasi-libc) | MicroPython payload | Pyodide payload |");
        line("|---|---|---|---|---|---|");
        for (BenchmarkResult b : f.results().benchmarks()) {
            line("| " + b.benchmark().name() + " | " + size(b.waspy()) + " | "
                    + (b.waspyOptimizedBytes().isPresent() ? Format.bytes(b.waspyOptimizedBytes().getAsLong()) : "—")
                    + " | " + size(b.c()) + " | " + payload(payloads.get("micropython")) + " | "
                    + payload(payloads.get("pyodide")) + " |");
        }
        line("");
        line("Peers' payloads are what must be shipped to run any program: the interpreter's Wasm and"
                + " JavaScript (Pyodide: plus its standard library archive); the program's source comes on top.");
        line("");
    }

    private static String size(Build b) {
        return switch (b) {
            case Build.Module m -> Format.bytes(m.bytes());
            case Build.Failed x -> "*not compiled*";
            case Build.Absent a -> "—";
        };
    }

    private static String payload(Long bytes) {
        return bytes == null ? "—" : Format.bytes(bytes);
    }

    private void gapList() {
        List<String> gaps = new ArrayList<>();
        for (BenchmarkResult b : f.results().benchmarks()) {
            if (b.waspy() instanceof Build.Failed fail) {
                gaps.add("- **" + b.benchmark().name() + "**: `" + Format.firstLine(fail.error()).replace("`", "'") + "`");
            }
        }
        int total = f.results().benchmarks().size();
        line("## What Waspy does not compile yet");
        line("");
        line(String.format(Locale.ROOT, "Waspy compiled %d of %d programs; the compiler's own error for each of the others:",
                total - gaps.size(), total));
        line("");
        gaps.forEach(this::line);
        if (gaps.isEmpty()) {
            line("(none)");
        }
        line("");
    }

    private void peerFailures() {
        List<String> notes = new ArrayList<>();
        for (BenchmarkResult b : f.results().benchmarks()) {
            for (Engine e : f.results().engines()) {
                Optional<Outcome> o = f.missing(b, e);
                if (o.isPresent() && (o.get() instanceof Outcome.WrongOutput || o.get() instanceof Outcome.Crashed
                        || o.get() instanceof Outcome.TimedOut || o.get() instanceof Outcome.Unavailable)) {
                    notes.add("- " + b.benchmark().name() + " on " + e.label() + ": " + o.get().status() + " — "
                            + Format.firstLine(o.get().detail()).replace("|", "\\|"));
                }
            }
        }
        if (!notes.isEmpty()) {
            line("## Runs without a time");
            line("");
            notes.forEach(this::line);
            line("");
        }
    }

    private void compilerSpeed() {
        CompilerSpeed s = f.results().compilerSpeed();
        line("## Compiler speed");
        line("");
        if (s.throughput().isEmpty() && s.scaling().isEmpty()) {
            line(s.status());
            line("");
            return;
        }
        if (!s.throughput().isEmpty()) {
            line("| phase (JMH) | lines per second | ± (99.9%) | input lines |");
            line("|---|---|---|---|");
            for (CompilerSpeed.Throughput t : s.throughput()) {
                line(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %d |", t.phase(), t.linesPerSecond(),
                        t.error(), t.lines()));
            }
            line("");
        }
        if (!s.scaling().isEmpty()) {
            line(String.format(Locale.ROOT, "Scaling: compile time grows as lines^%.2f (R² = %.3f) from %d to %d lines.",
                    s.exponent(), s.rSquared(), s.scaling().get(0).lines(), s.scaling().get(s.scaling().size() - 1).lines()));
            line("");
        }
        if (!s.status().isEmpty()) {
            line(s.status());
            line("");
        }
    }

    private void versions() {
        line("## Versions");
        line("");
        f.results().versions().forEach((k, v) -> line("- " + k + ": " + v));
        line("");
    }

    private static String machine(Map<String, String> m) {
        return m.getOrDefault("cpus", "?") + " CPUs" + (m.containsKey("cpu") ? " (" + m.get("cpu") + ")" : "") + ", "
                + m.getOrDefault("os", "?") + (m.containsKey("load average at start")
                ? "; load average " + m.get("load average at start") + " at the start, " + m.get("load average at end")
                        + " at the end" : "");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
