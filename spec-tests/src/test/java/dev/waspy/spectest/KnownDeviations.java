package dev.waspy.spectest;

import java.util.Map;
import java.util.TreeMap;

/**
 * Assertions the engine that runs the rewritten modules (Chicory 1.7.5's interpreter) gets wrong,
 * each by file and line with the reason. A listed assertion that fails is reported as skipped with
 * its reason; one that passes is a failure, so the list cannot go stale.
 */
final class KnownDeviations {
    private final Map<String, String> reasons = new TreeMap<>();

    static KnownDeviations chicory() {
        KnownDeviations d = new KnownDeviations();
        return d;
    }

    private void add(String file, String reason, int... lines) {
        for (int line : lines) {
            reasons.put(file + ":" + line, reason);
        }
    }

    String reason(String file, int line) {
        return reasons.get(file + ":" + line);
    }

    int size() {
        return reasons.size();
    }
}
