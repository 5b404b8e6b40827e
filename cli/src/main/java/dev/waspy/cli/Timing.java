package dev.waspy.cli;

import java.time.Duration;
import java.time.Instant;

/** The time from the process start (the ./waspy launcher script, which execs the JVM) to {@code main}. */
final class Timing {
    /** Set by {@link Main#main} as its first action. */
    static volatile Instant mainEntered;

    private Timing() {}

    static String sinceJvmStart() {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(null);
        if (processStart == null || mainEntered == null) {
            return "";
        }
        return String.format("%-14s %8.1f ms%n", "launch+jvm",
                Duration.between(processStart, mainEntered).toNanos() / 1e6);
    }
}
