package dev.waspy.cli;

import java.lang.management.ManagementFactory;

/**
 * The part of a command's time spent before {@code main}: JVM start-up up to the first line of
 * {@link Main#main} (the launcher script's own time before it execs the JVM is not included).
 */
final class Timing {
    /** {@link System#currentTimeMillis()} as {@link Main#main} starts; cheap, unlike JMX. */
    static volatile long mainEnteredMillis;

    private Timing() {}

    static String sinceJvmStart() {
        if (mainEnteredMillis == 0) {
            return "";
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        return String.format("%-14s %8.1f ms%n", "jvm start", (double) (mainEnteredMillis - jvmStart));
    }
}
