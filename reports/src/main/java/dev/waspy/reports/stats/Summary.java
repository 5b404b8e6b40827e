package dev.waspy.reports.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The median of repeated timings with a distribution-free confidence interval.
 *
 * <p>For n sorted samples, the interval [x(k), x(n+1-k)] holds the true median with probability
 * 1 - 2 P(B &lt; k), B ~ Binomial(n, 1/2), whatever the shape of the timing distribution (run
 * times are skewed, so a normal interval would be wrong). We take the narrowest such interval whose
 * coverage is at least 95%; with fewer than 6 samples none reaches 95%, so the widest one is used
 * and {@link #coverage()} says what it really is.
 */
public record Summary(int n, double median, double low, double high, double coverage) {

    public static final double TARGET = 0.95;

    public static Summary of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] x = samples.clone();
        Arrays.sort(x);
        int n = x.length;
        double median = new Median().evaluate(x);
        if (n == 1) {
            return new Summary(1, median, x[0], x[0], 0.0);
        }
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        int k = 1;
        double coverage = 1 - 2 * b.cumulativeProbability(0);
        while (k + 1 <= (n + 1) / 2) {
            double next = 1 - 2 * b.cumulativeProbability(k);
            if (next < TARGET) {
                break;
            }
            k++;
            coverage = next;
        }
        return new Summary(n, median, x[k - 1], x[n - k], coverage);
    }
}
