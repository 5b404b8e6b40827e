package dev.waspy.difftest.campaign;

import dev.waspy.difftest.run.Verdict;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts per verdict, and per refusal message (which constructs the generator reaches that Waspy refuses). */
final class Tally {
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final Map<String, Integer> refusals = new TreeMap<>();

    synchronized void add(Verdict v, String signature) {
        counts.merge(v, 1, Integer::sum);
        if (v == Verdict.REFUSED) {
            refusals.merge(signature.replaceFirst("^REFUSED: ", ""), 1, Integer::sum);
        }
    }

    synchronized int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int bugs() {
        return counts.entrySet().stream().filter(e -> e.getKey().isBug()).mapToInt(Map.Entry::getValue).sum();
    }

    /** The summary table, one row per verdict, then the most frequent refusal messages. */
    synchronized String table(double minutes) {
        StringBuilder b = new StringBuilder("| verdict | programs |\n|---|---:|\n");
        for (Verdict v : Verdict.values()) {
            b.append("| ").append(v.label).append(" | ").append(counts.getOrDefault(v, 0)).append(" |\n");
        }
        int total = total();
        b.append("| total | ").append(total).append(" |\n\n");
        b.append(String.format("%.1f minutes, %.1f programs per minute%n", minutes, minutes > 0 ? total / minutes : 0));
        if (!refusals.isEmpty()) {
            b.append("\nMost frequent refusals:\n\n");
            Map<String, Integer> top = refusals.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, c) -> a, LinkedHashMap::new));
            top.forEach((message, n) -> b.append("- ").append(n).append(" x ").append(message).append('\n'));
        }
        return b.toString();
    }
}
