package dev.waspy.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** Hand-drawn SVG charts: grouped horizontal bars on a log axis, and a log-log scatter with a fit. */
final class Svg {
    private Svg() {
    }

    /** One bar per row in each series; {@code null} values are drawn as a small "×" (no figure). */
    record Series(String name, String color, List<Double> values) {
    }

    /**
     * Grouped horizontal bars on a logarithmic x axis. Bars grow from {@code origin} (1 for
     * ratios, so slower-than-baseline bars point left) to their value.
     */
    static String hbars(String title, List<String> rows, List<Series> series, double origin,
                        DoubleFunction<String> tick, String note) {
        double lo = origin;
        double hi = origin;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double logLo = Math.floor(Math.log10(lo));
        double logHi = Math.ceil(Math.log10(hi));
        if (logHi == logLo) {
            logHi++;
        }
        int labelW = 165;
        int plotW = 620;
        int bar = 9;
        int group = series.size() * bar + 8;
        int legendH = 20 * ((series.size() + 3) / 4);
        int top = 34 + legendH;
        int height = top + rows.size() * group + 30;
        final double fLo = logLo;
        final double fHi = logHi;
        DoubleFunction<Double> x = v -> labelW + (Math.log10(v) - fLo) / (fHi - fLo) * plotW;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'"
                + " font-family='sans-serif' font-size='11'>", labelW + plotW + 50, height));
        s.append(text(labelW, 16, title, "font-size='14' font-weight='bold'"));
        for (int i = 0; i < series.size(); i++) {
            int lx = labelW + (i % 4) * 160;
            int ly = 30 + (i / 4) * 20;
            s.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='12' height='10' fill='%s'/>", lx, ly - 9,
                    series.get(i).color()));
            s.append(text(lx + 16, ly, series.get(i).name(), ""));
        }
        for (double p = logLo; p <= logHi; p++) {
            for (int m = 1; m < 10; m++) {
                double v = Math.pow(10, p) * m;
                if (Math.log10(v) > logHi + 1e-9) {
                    break;
                }
                double gx = x.apply(v);
                s.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='%s'/>", gx, top - 4,
                        gx, height - 26, m == 1 ? "#adb5bd" : "#f1f3f5"));
                if (m == 1) {
                    s.append(text((int) gx - 12, height - 12, tick.apply(v), ""));
                }
            }
        }
        double ox = x.apply(origin);
        s.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#212529' stroke-width='1.5'/>",
                ox, top - 6, ox, height - 26));
        for (int r = 0; r < rows.size(); r++) {
            int gy = top + r * group;
            s.append(text(4, gy + group / 2 + 3, rows.get(r), ""));
            for (int i = 0; i < series.size(); i++) {
                Double v = series.get(i).values().get(r);
                int by = gy + i * bar;
                if (v == null || v <= 0) {
                    s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' fill='%s' font-size='9'>×</text>",
                            ox + 2, by + bar - 1, series.get(i).color()));
                    continue;
                }
                double vx = x.apply(v);
                s.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='%d' fill='%s'>"
                        + "<title>%s, %s: %s</title></rect>", Math.min(ox, vx), by, Math.max(1, Math.abs(vx - ox)), bar - 1,
                        series.get(i).color(), esc(rows.get(r)), esc(series.get(i).name()), tick.apply(v)));
            }
        }
        s.append("</svg>");
        return "<figure>" + s + (note.isEmpty() ? "" : "<figcaption>" + esc(note) + "</figcaption>") + "</figure>\n";
    }

    /** Points on log-log axes with the fitted line y = a x^b. */
    static String scatterLogLog(String title, List<double[]> points, double a, double b, String xLabel, String yLabel) {
        if (points.isEmpty()) {
            return "";
        }
        int w = 560;
        int h = 360;
        int left = 60;
        int bottom = 40;
        double xlo = Math.floor(Math.log10(points.stream().mapToDouble(p -> p[0]).min().orElse(1)));
        double xhi = Math.ceil(Math.log10(points.stream().mapToDouble(p -> p[0]).max().orElse(10)));
        double ylo = Math.floor(Math.log10(points.stream().mapToDouble(p -> p[1]).min().orElse(1)));
        double yhi = Math.ceil(Math.log10(points.stream().mapToDouble(p -> p[1]).max().orElse(10)));
        xhi = Math.max(xhi, xlo + 1);
        yhi = Math.max(yhi, ylo + 1);
        final double[] box = {xlo, xhi, ylo, yhi};
        DoubleFunction<Double> px = v -> left + (Math.log10(v) - box[0]) / (box[1] - box[0]) * (w - left - 40);
        DoubleFunction<Double> py = v -> (h - bottom) - (Math.log10(v) - box[2]) / (box[3] - box[2]) * (h - bottom - 30);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='11'>", w, h));
        s.append(text(left, 16, title, "font-size='14' font-weight='bold'"));
        for (double p = xlo; p <= xhi; p++) {
            double gx = px.apply(Math.pow(10, p));
            s.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='30' x2='%.1f' y2='%d' stroke='#dee2e6'/>", gx, gx, h - bottom));
            s.append(text((int) gx, h - bottom + 14, String.format(Locale.ROOT, "%.0f", Math.pow(10, p)),
                    "text-anchor='middle'"));
        }
        for (double p = ylo; p <= yhi; p++) {
            double gy = py.apply(Math.pow(10, p));
            s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#dee2e6'/>", left, gy, w - 40, gy));
            double v = Math.pow(10, p);
            s.append(text(4, (int) gy + 4, v >= 1 ? String.format(Locale.ROOT, "%.0f", v)
                    : String.format(Locale.ROOT, "%.3g", v), ""));
        }
        s.append(text(w / 2 - 30, h - 6, xLabel, ""));
        s.append(text(left + 4, 30, yLabel, "fill='#495057'"));
        double x0 = Math.pow(10, xlo);
        double x1 = Math.pow(10, xhi);
        if (Double.isFinite(a) && Double.isFinite(b)) {
            s.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#1971c2' stroke-dasharray='4 3'/>",
                    px.apply(x0), py.apply(a * Math.pow(x0, b)), px.apply(x1), py.apply(a * Math.pow(x1, b))));
        }
        for (double[] p : points) {
            s.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='4' fill='#d9480f'><title>%.0f lines: %.2f ms</title></circle>",
                    px.apply(p[0]), py.apply(p[1]), p[0], p[1]));
        }
        s.append("</svg>");
        return "<figure>" + s + "</figure>\n";
    }

    static List<String> labels(List<Series> series) {
        List<String> out = new ArrayList<>();
        series.forEach(x -> out.add(x.name()));
        return out;
    }

    private static String text(int x, int y, String t, String attrs) {
        return "<text x='" + x + "' y='" + y + "' " + attrs + ">" + esc(t) + "</text>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
