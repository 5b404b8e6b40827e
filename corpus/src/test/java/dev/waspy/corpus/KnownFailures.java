package dev.waspy.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Corpus programs the compiler is known not to handle yet, each with the reason, read from
 * {@code corpus/known-failures.txt}: one {@code DIR/NAME: reason} per line ({@code examples/collatz},
 * {@code errors/class_def}), {@code #} starts a comment. A listed program still runs every time: if
 * it fails, its test is reported as skipped with the reason; if it passes, its test fails until the
 * line is removed. The list never hides a regression and never outlives the fix.
 */
final class KnownFailures {
    private KnownFailures() {}

    static Path file() {
        return Corpus.root().resolve("corpus/known-failures.txt");
    }

    static boolean recording() {
        return Boolean.getBoolean("waspy.corpus.recordKnownFailures");
    }

    /**
     * Applies the list to one program's result ("" = it behaved as the contract says): fails on an
     * unlisted failure and on a listed success, aborts (skips) on a listed failure.
     */
    static void judge(String key, String failure) {
        String reason = load().get(key);
        boolean record = recording();
        if (failure.isEmpty()) {
            if (reason != null && !record) {
                org.junit.jupiter.api.Assertions.fail(key + " passes now: remove its line from corpus/known-failures.txt"
                        + " (it said: " + reason + ")");
            }
            return;
        }
        if (reason != null && !record) {
            org.junit.jupiter.api.Assumptions.abort("known failure (corpus/known-failures.txt): " + reason
                    + "\nnow:\n" + failure);
        }
        org.junit.jupiter.api.Assertions.fail(key + ":\n" + failure);
    }

    static Map<String, String> load() {
        Map<String, String> known = new TreeMap<>();
        Path file = file();
        if (!Files.exists(file)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int colon = s.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(file + ": expected 'NAME: reason', found: " + line);
                }
                known.put(s.substring(0, colon).strip(), s.substring(colon + 1).strip());
            }
            return known;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites the entries under {@code dir} ("examples" or "errors") from a run: every failing
     * program with the first line of its failure; entries of the other directory stay as they are.
     */
    static synchronized void record(String dir, Map<String, String> failures) {
        Map<String, String> all = load();
        all.keySet().removeIf(k -> k.startsWith(dir + "/"));
        failures.forEach((name, reason) -> all.put(dir + "/" + name, reason));
        StringBuilder out = new StringBuilder();
        out.append("# Corpus programs Waspy does not handle like the contract says yet: DIR/NAME: stage: first line.\n");
        out.append("# Rewritten by CorpusTest and CompileErrorsTest run with -Dwaspy.corpus.recordKnownFailures=true;\n");
        out.append("# a listed program that starts passing fails its test until its line is removed.\n");
        all.forEach((name, reason) -> out.append(name).append(": ").append(reason.replace('\n', ' ')).append('\n'));
        try {
            Files.writeString(file(), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
