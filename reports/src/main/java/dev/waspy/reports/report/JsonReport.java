package dev.waspy.reports.report;

import dev.waspy.reports.engine.Build;
import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.run.BenchmarkResult;
import dev.waspy.reports.run.Cell;
import dev.waspy.reports.run.Outcome;
import dev.waspy.reports.speed.CompilerSpeed;
import dev.waspy.reports.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The raw results: every sample of every run, so any other summary can be computed later. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String write(Figures f) {
        RunResults r = f.results();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", r.command());
        root.put("started", r.started().toString());
        root.put("durationSeconds", r.seconds());
        root.put("rounds", r.rounds());
        root.put("roundsPlanned", r.roundsPlanned());
        root.put("timeoutSeconds", r.timeoutSeconds());
        root.put("machine", r.machine());
        root.put("versions", r.versions());
        root.put("engines", r.engines().stream().map(e -> Map.of("id", e.id(), "label", e.label())).toList());
        root.put("peerPayloadBytes", r.peerPayloadBytes());
        List<Object> benchmarks = new ArrayList<>();
        for (BenchmarkResult b : r.benchmarks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.benchmark().name());
            m.put("category", b.benchmark().category().label());
            m.put("description", b.benchmark().description());
            m.put("waspy", build(b.waspy()));
            b.waspyOptimizedBytes().ifPresent(x -> m.put("waspyWasmOptOzBytes", x));
            m.put("c", build(b.c()));
            Map<String, Object> engines = new LinkedHashMap<>();
            for (Engine e : r.engines()) {
                engines.put(e.id(), cell(f, b, e));
            }
            m.put("engines", engines);
            benchmarks.add(m);
        }
        root.put("benchmarks", benchmarks);
        root.put("compilerSpeed", speed(r.compilerSpeed()));
        return Json.write(root);
    }

    private static Map<String, Object> build(Build b) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (b) {
            case Build.Module mod -> {
                m.put("status", "compiled");
                m.put("bytes", mod.bytes());
                m.put("compileCommandMs", mod.compileMs());
            }
            case Build.Failed fail -> {
                m.put("status", "not compiled");
                m.put("error", fail.error());
            }
            case Build.Absent a -> {
                m.put("status", "absent");
                m.put("reason", a.reason());
            }
        }
        return m;
    }

    private static Map<String, Object> cell(Figures f, BenchmarkResult b, Engine e) {
        Map<String, Object> m = new LinkedHashMap<>();
        Cell cell = b.cells().get(e.id());
        var missing = f.missing(b, e);
        m.put("status", missing.map(Outcome::status).orElse("ok"));
        missing.map(Outcome::detail).filter(d -> !d.isEmpty()).ifPresent(d -> m.put("detail", d));
        if (cell != null && !cell.samples().isEmpty()) {
            m.put("runMs", cell.samples().stream().map(Outcome.Timed::runMs).toList());
            m.put("loadMs", cell.samples().stream().map(Outcome.Timed::loadMs).toList());
            m.put("wallMs", cell.samples().stream().map(Outcome.Timed::wallMs).toList());
        }
        f.run(b, e).ifPresent(s -> m.put("run", summary(s)));
        f.wall(b, e).ifPresent(s -> m.put("wall", summary(s)));
        f.speedup(b, e).ifPresent(x -> m.put("speedupOverCPython",
                Map.of("value", x.value(), "low", x.low(), "high", x.high())));
        return m;
    }

    private static Map<String, Object> summary(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.n());
        m.put("median", s.median());
        m.put("low", s.low());
        m.put("high", s.high());
        m.put("coverage", s.coverage());
        return m;
    }

    private static Map<String, Object> speed(CompilerSpeed s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", s.status());
        m.put("throughput", s.throughput().stream().map(t -> Map.of("phase", t.phase(),
                "linesPerSecond", t.linesPerSecond(), "error", t.error(), "lines", t.lines())).toList());
        m.put("scaling", s.scaling().stream().map(p -> Map.of("lines", p.lines(), "ms", p.millis())).toList());
        m.put("exponent", s.exponent());
        m.put("rSquared", s.rSquared());
        return m;
    }
}
