package dev.waspy.reports.stats;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;

/**
 * A speed-up over a baseline: baseline median / engine median, so 2.0 means twice as fast. The
 * interval divides the baseline's interval by the engine's (lowest over highest, highest over
 * lowest), a conservative bound that holds whenever both medians are inside their intervals.
 */
public record Ratio(double value, double low, double high) {

    public static Ratio speedup(Summary baseline, Summary engine) {
        return new Ratio(baseline.median() / engine.median(), baseline.low() / engine.high(),
                baseline.high() / engine.low());
    }

    /** Geometric mean of speed-ups, the only mean that treats 2x faster and 2x slower symmetrically. */
    public static double geometricMean(List<Ratio> ratios) {
        return StatUtils.geometricMean(ratios.stream().mapToDouble(Ratio::value).toArray());
    }
}
