package dev.waspy.reports.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.reports.corpus.Benchmark;
import dev.waspy.reports.corpus.Category;
import dev.waspy.reports.engine.Build;
import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.run.BenchmarkResult;
import dev.waspy.reports.run.Cell;
import dev.waspy.reports.run.Outcome;
import dev.waspy.reports.speed.CompilerSpeed;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The three report forms, written from hand-made results whose figures are known. */
class ReportTest {
    private static final Engine CPYTHON = new Engine.CPython();
    private static final Engine WASPY = new Engine.WaspyNode(true);
    private static final Engine MICRO = new Engine.MicroPython();

    private static Cell timed(double... runMs) {
        Cell c = new Cell();
        for (double ms : runMs) {
            c.add(new Outcome.Timed(ms, 1, ms + 50));
        }
        return c;
    }

    private static Cell closed(Outcome o) {
        Cell c = new Cell();
        c.add(o);
        return c;
    }

    private static BenchmarkResult bench(String name, Category cat, Build waspy, Cell cpython, Cell waspyCell, Cell micro) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put(WASPY.id(), waspyCell);
        cells.put(CPYTHON.id(), cpython);
        cells.put(MICRO.id(), micro);
        return new BenchmarkResult(new Benchmark(name, cat, name + " program", Path.of(name + ".py"),
                Path.of(name + ".expected"), Optional.empty()), waspy, OptionalLong.of(900), new Build.Absent("no C version"), cells);
    }

    private static Figures figures() {
        List<BenchmarkResult> benchmarks = List.of(
                bench("fib", Category.NUMERIC, new Build.Module(Path.of("fib.wasm"), 1234, 500),
                        timed(1000, 1010, 990, 1000, 1005, 995), timed(250, 250, 250, 250, 250, 250),
                        timed(8000, 8000, 8000, 8000, 8000, 8000)),
                bench("ray_tracer", Category.OBJECTS, new Build.Failed("ray_tracer.py:4:1: error: classes are not supported yet\n"
                        + "class Vec:\n^"), timed(600, 600, 600), closed(new Outcome.NotCompiled("classes")),
                        closed(new Outcome.WrongOutput("line 1: expected \"1\", got \"2\""))),
                bench("hello", Category.STARTUP, new Build.Module(Path.of("hello.wasm"), 300, 400),
                        timed(1, 1, 1), timed(2, 2, 2), timed(3, 3, 3)));
        RunResults r = new RunResults("./bench", Instant.parse("2026-11-24T10:00:00Z"), 600, 6, 6, 120,
                Map.of("cpus", "2", "os", "Linux"), Map.of("node", "v20"), List.of(WASPY, CPYTHON, MICRO), benchmarks,
                Map.of("micropython", 541_000L, "pyodide", 13_500_000L),
                new CompilerSpeed("", List.of(new CompilerSpeed.Throughput("parse", 120_000, 5000, 400)),
                        List.of(new CompilerSpeed.Point(100, 10), new CompilerSpeed.Point(1000, 100)), 1.0, 1.0));
        return new Figures(r);
    }

    @Test
    void markdownShowsSpeedupsIntervalsAndTheWholeGap() {
        String md = MarkdownReport.write(figures());
        assertTrue(md.contains("| fib | 4.00× [3.96–4.04] | 1000 ms [990–1010] | 0.13× [0.12–0.13] |"), md);
        assertTrue(md.contains("| ray_tracer | *not compiled* | 600 ms [600–600]† | *wrong output* |"), md);
        assertTrue(md.contains("- **ray_tracer**: `ray_tracer.py:4:1: error: classes are not supported yet`"), md);
        assertTrue(md.contains("Waspy compiled 2 of 3 programs"), md);
        assertTrue(md.contains("## Whole process: median time from launch to exit per benchmark"), md);
        assertTrue(md.contains("| ray_tracer | *not compiled* | 650 ms† | *wrong output* |"), md);
        assertTrue(md.contains("| Waspy, Node | 4.00× (1/2) | 4.00× (1/1) | — |"), md);
        assertTrue(md.contains("| fib | 1.2 KiB | 900 B | — | 528 KiB | 12.9 MiB |"), md);
        assertTrue(md.contains("lines^1.00"), md);
    }

    @Test
    void markdownComparesWaspyRunWithNodeOnTheSameModule() {
        Engine run = new Engine.WaspyRun();
        List<BenchmarkResult> benchmarks = List.of(
                nodeAndRun("fib", timed(100, 100, 100), timed(300, 300, 300)),
                nodeAndRun("sieve", timed(200, 200, 200), timed(1000, 1000, 1000)),
                nodeAndRun("nbody", timed(200, 200, 200), closed(new Outcome.WrongOutput("line 1"))));
        RunResults r = new RunResults("./bench", Instant.parse("2026-11-24T10:00:00Z"), 600, 3, 3, 120,
                Map.of("cpus", "2", "os", "Linux"), Map.of(), List.of(WASPY, run, CPYTHON), benchmarks, Map.of(),
                new CompilerSpeed("", List.of(), List.of(), 1.0, 1.0));
        String all = MarkdownReport.write(new Figures(r));
        String heading = "## `waspy run` against Node: how many times longer per benchmark";
        assertTrue(all.contains(heading), all);
        String md = all.substring(all.indexOf(heading), all.indexOf("\n## ", all.indexOf(heading) + 1));
        // timed() makes the whole process 50 ms longer than the run.
        assertTrue(md.contains("| fib | 3.00× | 2.33× |"), md);
        assertTrue(md.contains("| sieve | 5.00× | 4.20× |"), md);
        assertTrue(!md.contains("nbody"), md);  // a wrong output has no figure
        assertTrue(md.contains("| geometric mean | 3.87× (2) | 3.13× (2) |"), md);
        assertTrue(md.contains("| largest | 5.00× sieve | 4.20× sieve |"), md);
        // Without both engines there is no such section.
        assertTrue(!MarkdownReport.write(figures()).contains("against Node"));
    }

    private static BenchmarkResult nodeAndRun(String name, Cell node, Cell run) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put(WASPY.id(), node);
        cells.put(new Engine.WaspyRun().id(), run);
        cells.put(CPYTHON.id(), timed(1000, 1000, 1000));
        return new BenchmarkResult(new Benchmark(name, Category.NUMERIC, name + " program", Path.of(name + ".py"),
                Path.of(name + ".expected"), Optional.empty()), new Build.Module(Path.of(name + ".wasm"), 1000, 500),
                OptionalLong.of(900), new Build.Absent("no C version"), cells);
    }

    @Test
    void htmlHasTheChartsAndTheTables() {
        Figures f = figures();
        String html = HtmlReport.write(f, MarkdownReport.write(f));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.split("<svg", -1).length - 1 >= 4, "expected at least 4 charts");
        assertTrue(html.contains("<td>fib</td><td>4.00× [3.96–4.04]</td>"), html);
        assertTrue(html.contains("<em>not compiled</em>"));
    }

    @Test
    void jsonKeepsEverySample() {
        String json = JsonReport.write(figures());
        assertTrue(json.contains("\"runMs\": [1000, 1010, 990, 1000, 1005, 995]"), json);
        assertTrue(json.contains("\"status\": \"not compiled\""), json);
        assertTrue(json.contains("\"error\": \"ray_tracer.py:4:1: error: classes are not supported yet\\nclass Vec:\\n^\""), json);
    }
}
