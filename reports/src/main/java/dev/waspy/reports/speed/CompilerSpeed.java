package dev.waspy.reports.speed;

import java.util.List;

/**
 * How fast Waspy itself compiles: JMH throughput of parsing and of the whole pipeline, and a
 * scaling curve (compile time against program size) with the exponent of the fitted power law
 * time = a * lines^b, where b near 1 means linear.
 */
public record CompilerSpeed(String status, List<Throughput> throughput, List<Point> scaling, double exponent,
                            double rSquared) {

    /** A JMH result, converted to source lines per second. */
    public record Throughput(String phase, double linesPerSecond, double error, int lines) {
    }

    /** One program size and its median compile time. */
    public record Point(int lines, double millis) {
    }

    public static CompilerSpeed unavailable(String why) {
        return new CompilerSpeed(why, List.of(), List.of(), Double.NaN, Double.NaN);
    }
}
