package dev.waspy.reports.report;

import dev.waspy.reports.stats.Ratio;
import dev.waspy.reports.stats.Summary;
import java.util.Locale;

/** Number formats shared by the Markdown and HTML reports. */
final class Format {
    private Format() {
    }

    static String ms(double ms) {
        if (ms >= 10000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }

    static String msRange(Summary s) {
        return ms(s.median()) + " [" + bare(s.low()) + "–" + bare(s.high()) + "]";
    }

    private static String bare(double ms) {
        return ms(ms).replace(" ms", "").replace(" s", "s");
    }

    static String times(double x) {
        if (x >= 100) {
            return String.format(Locale.ROOT, "%.0f×", x);
        }
        if (x >= 10) {
            return String.format(Locale.ROOT, "%.1f×", x);
        }
        return String.format(Locale.ROOT, "%.2f×", x);
    }

    static String ratio(Ratio r) {
        return times(r.value()) + " [" + times(r.low()).replace("×", "") + "–" + times(r.high()).replace("×", "") + "]";
    }

    static String bytes(long b) {
        if (b >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", b / 1048576.0);
        }
        if (b >= 10 * 1024) {
            return String.format(Locale.ROOT, "%.0f KiB", b / 1024.0);
        }
        if (b >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
        }
        return b + " B";
    }

    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 137) + "..." : line;
    }
}
