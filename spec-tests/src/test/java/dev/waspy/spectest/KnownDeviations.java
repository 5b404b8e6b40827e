package dev.waspy.spectest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assertions the engine that runs the rewritten modules (Chicory 1.7.5's interpreter) gets wrong,
 * listed by file and line with the reason in {@code chicory-deviations.txt}. An entry only excuses
 * the failure it describes (a signalling NaN returned where the spec wants a quiet one); a listed
 * assertion that passes, or fails some other way, is a failure, so the list cannot hide anything
 * or go stale.
 */
final class KnownDeviations {
    private static final String RESOURCE = "/chicory-deviations.txt";
    private static final Map<String, String> REASONS = Map.of(
            "snan-minmax", "Chicory's f32/f64 min and max return a signalling NaN operand unquieted",
            "snan-rounding", "Chicory's f64 ceil/floor/trunc return a signalling NaN operand unquieted");

    private final Map<String, String> entries = new TreeMap<>();

    static KnownDeviations chicory() {
        KnownDeviations d = new KnownDeviations();
        try (InputStream in = KnownDeviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the test classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                String reason = REASONS.get(f[3]);
                if (f.length != 4 || reason == null) {
                    throw new IllegalStateException(RESOURCE + ": bad entry '" + line + "'");
                }
                d.entries.put(f[0] + ":" + f[1], f[2] + ": " + reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    String reason(String file, int line) {
        return entries.get(file + ":" + line);
    }

    int size() {
        return entries.size();
    }
}
