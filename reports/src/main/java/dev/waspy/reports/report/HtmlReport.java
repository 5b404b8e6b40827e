package dev.waspy.reports.report;

import dev.waspy.reports.engine.Build;
import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.run.BenchmarkResult;
import dev.waspy.reports.speed.CompilerSpeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML page: charts first (speed-ups on a log scale, start-up,
 * sizes, the compiler's scaling curve), then the same tables as the Markdown report.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String write(Figures f, String markdown) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Waspy benchmark report</h1>\n");
        body.append(charts(f));
        // The tables: the Markdown report rendered, minus its title (already above).
        body.append(render(markdown.replaceFirst("^# [^\n]*\n", "")));
        return "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>Waspy benchmark report</title>\n"
                + "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#212529}"
                + "table{border-collapse:collapse;font-size:13px;margin:1em 0}td,th{border:1px solid #dee2e6;"
                + "padding:3px 7px;text-align:right}td:first-child,th:first-child{text-align:left}"
                + "th{background:#f1f3f5}figure{margin:1.5em 0}figcaption{font-size:12px;color:#495057}"
                + "code{background:#f1f3f5;padding:0 3px}</style></head><body>\n"
                + body + "</body></html>\n";
    }

    private static String charts(Figures f) {
        StringBuilder s = new StringBuilder();
        List<Engine> others = f.results().engines().stream().filter(e -> !e.id().equals(Figures.BASELINE)).toList();
        if (f.baseline().isPresent() && !others.isEmpty()) {
            List<Svg.Series> mean = List.of(new Svg.Series("geometric mean over the benchmarks each engine ran",
                    "#1971c2", others.stream().map(e -> f.geomean(e, null).map(Figures.Mean::value).orElse(null)).toList()));
            s.append(Svg.hbars("Speed-up over CPython, geometric mean (log scale)",
                    others.stream().map(e -> e.label() + f.geomean(e, null).map(m -> " (" + m.count() + "/" + m.of() + ")")
                            .orElse("")).toList(), mean, 1.0, Format::times,
                    "Right of the black line: faster than CPython. (n/m): the mean covers the n of m benchmarks the"
                            + " engine ran correctly, so engines with different n are compared on different programs."
                            + " × marks an engine with no correct run."));
            List<Svg.Series> series = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                Engine e = others.get(i);
                series.add(new Svg.Series(e.label(), color(e),
                        f.steady().stream().map(b -> f.speedup(b, e).map(r -> r.value()).orElse(null)).toList()));
            }
            s.append(Svg.hbars("Speed-up over CPython per benchmark (log scale)",
                    f.steady().stream().map(b -> b.benchmark().name()).toList(), series, 1.0, Format::times,
                    "× = no figure: not compiled, wrong output, timeout, failed or no C version (see the tables)."));
        }
        for (BenchmarkResult hello : f.startup()) {
            List<Engine> all = f.results().engines();
            s.append(Svg.hbars("Start-up: " + hello.benchmark().name() + ", process launch to exit (log scale)",
                    all.stream().map(Engine::label).toList(),
                    List.of(new Svg.Series("median wall-clock time", "#2f9e44",
                            all.stream().map(e -> f.wall(hello, e).map(x -> x.median()).orElse(null)).toList())),
                    1.0, v -> Format.ms(v), ""));
        }
        Long mp = f.results().peerPayloadBytes().get("micropython");
        Long py = f.results().peerPayloadBytes().get("pyodide");
        List<BenchmarkResult> all = f.results().benchmarks();
        List<Svg.Series> sizes = new ArrayList<>(List.of(
                new Svg.Series("Waspy", "#d9480f", all.stream().map(b -> bytes(b.waspy())).toList()),
                new Svg.Series("Waspy + wasm-opt -Oz", "#f08c00", all.stream().map(b ->
                        b.waspyOptimizedBytes().isPresent() ? (Double) (double) b.waspyOptimizedBytes().getAsLong() : null).toList()),
                new Svg.Series("C -O2", "#495057", all.stream().map(b -> bytes(b.c())).toList())));
        if (mp != null) {
            sizes.add(new Svg.Series("MicroPython payload", "#2f9e44", all.stream().map(b -> (Double) (double) mp).toList()));
        }
        if (py != null) {
            sizes.add(new Svg.Series("Pyodide payload", "#0c8599", all.stream().map(b -> (Double) (double) py).toList()));
        }
        s.append(Svg.hbars("Bytes to ship (log scale)", all.stream().map(b -> b.benchmark().name()).toList(), sizes,
                1000.0, HtmlReport::decimalBytes, "× = not compiled or no C version."));
        CompilerSpeed speed = f.results().compilerSpeed();
        if (!speed.scaling().isEmpty()) {
            List<double[]> pts = speed.scaling().stream().map(p -> new double[] {p.lines(), p.millis()}).toList();
            double a = fittedScale(pts, speed.exponent());
            s.append(Svg.scatterLogLog(String.format(Locale.ROOT, "Compile time against program size: time ∝ lines^%.2f",
                    speed.exponent()), pts, a, speed.exponent(), "source lines", "ms (whole pipeline)"));
        }
        return s.toString();
    }

    /** Waspy's engines in warm colours, the interpreters in cool ones, C in greys. */
    static String color(Engine e) {
        return switch (e) {
            case Engine.WaspyNode w -> w.liftoff() ? "#d9480f" : "#f59f00";
            case Engine.WaspyChicory c -> "#c2255c";
            case Engine.WaspyRun r -> "#f783ac";
            case Engine.CPython c -> "#212529";
            case Engine.PyPy p -> "#1971c2";
            case Engine.MicroPython m -> "#5f3dc4";
            case Engine.Pyodide p -> "#2f9e44";
            case Engine.ClangNode c -> c.liftoff() ? "#495057" : "#adb5bd";
        };
    }

    /** Axis ticks fall on powers of ten, so label them in decimal units. */
    private static String decimalBytes(double v) {
        return v >= 1e6 ? String.format(Locale.ROOT, "%.0f MB", v / 1e6)
                : v >= 1e3 ? String.format(Locale.ROOT, "%.0f kB", v / 1e3) : String.format(Locale.ROOT, "%.0f B", v);
    }

    private static double fittedScale(List<double[]> pts, double b) {
        double sum = 0;
        for (double[] p : pts) {
            sum += Math.log(p[1]) - b * Math.log(p[0]);
        }
        return Math.exp(sum / pts.size());
    }

    private static Double bytes(Build b) {
        return b instanceof Build.Module m ? (double) m.bytes() : null;
    }

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern EM = Pattern.compile("\\*([^*]+)\\*");

    /** Renders the subset of Markdown our own report uses: headings, tables, lists, paragraphs. */
    static String render(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        boolean inTable = false;
        for (String line : markdown.split("\n")) {
            if (inList && !line.startsWith("- ")) {
                out.append("</ul>\n");
                inList = false;
            }
            if (inTable && !line.startsWith("|")) {
                out.append("</table>\n");
                inTable = false;
            }
            if (line.startsWith("## ")) {
                out.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (line.startsWith("|")) {
                if (line.matches("\\|(-+\\|)+")) {
                    continue;
                }
                String tag = inTable ? "td" : "th";
                if (!inTable) {
                    out.append("<table>\n");
                    inTable = true;
                }
                out.append("<tr>");
                for (String c : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")) {
                    out.append('<').append(tag).append('>').append(inline(c.strip().replace("\\|", "|")))
                            .append("</").append(tag).append('>');
                }
                out.append("</tr>\n");
            } else if (line.startsWith("- ")) {
                if (!inList) {
                    out.append("<ul>\n");
                    inList = true;
                }
                out.append("<li>").append(inline(line.substring(2))).append("</li>\n");
            } else if (!line.isBlank()) {
                out.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
        if (inTable) {
            out.append("</table>\n");
        }
        return out.toString();
    }

    private static String inline(String text) {
        String s = Svg.esc(text);
        Matcher m = CODE.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
        }
        m.appendTail(b);
        s = STRONG.matcher(b.toString()).replaceAll("<strong>$1</strong>");
        return EM.matcher(s).replaceAll("<em>$1</em>");
    }
}
