package dev.waspy.spectest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.Map;

/** Script files not run, by path pattern relative to the suite root, each with its reason. */
final class SkipList {
    private static final Map<String, String> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put("simd/*.wast", "SIMD proposal (v128): not part of Waspy's target (Wasm 2.0 without SIMD)");
    }

    private SkipList() {
    }

    /** The reason {@code relative} is skipped, or null when it runs. */
    static String reason(Path relative) {
        for (Map.Entry<String, String> e : PATTERNS.entrySet()) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + e.getKey());
            if (m.matches(relative)) {
                return e.getValue();
            }
        }
        return null;
    }

    static Map<String, String> patterns() {
        return PATTERNS;
    }
}
