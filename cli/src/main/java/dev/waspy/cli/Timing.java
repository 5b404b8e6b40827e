package dev.waspy.cli;

import java.time.Duration;
import java.time.Instant;

/** The part of a command's time spent before {@code main} (JVM start-up and class loading). */
final class Timing {
    /** Set by {@link Main#main} as its first action. */
    static volatile Instant mainEntered;

    private Timing() {}

    static String sinceJvmStart() {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(null);
        if (processStart == null || mainEntered == null) {
            return "";
        }
        return String.format("%-14s %8.1f ms%n", "jvm start",
                Duration.between(processStart, mainEntered).toNanos() / 1e6);
    }
}
