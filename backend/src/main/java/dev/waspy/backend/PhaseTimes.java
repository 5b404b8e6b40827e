package dev.waspy.backend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time of each compiler phase, in the order they ran (for {@code --time-phases}). */
public final class PhaseTimes {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(phase, System.nanoTime() - start, Long::sum);
        }
    }

    public void add(String phase, long elapsedNanos) {
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    /** Phase name to nanoseconds, in order. */
    public Map<String, Long> nanos() {
        return Map.copyOf(nanos);
    }

    /** One line per phase, milliseconds with one decimal, and the total. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        long total = 0;
        for (var e : nanos.entrySet()) {
            sb.append(String.format("%-14s %8.1f ms%n", e.getKey(), e.getValue() / 1e6));
            total += e.getValue();
        }
        sb.append(String.format("%-14s %8.1f ms%n", "total", total / 1e6));
        return sb.toString();
    }
}
