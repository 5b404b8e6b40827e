package dev.waspy.reports.run;

import java.nio.charset.StandardCharsets;

/** Compares a run's output with CPython's, byte for byte, and describes the first difference. */
public final class Checker {
    private Checker() {
    }

    /** Empty when equal, otherwise the first differing line of each side. */
    public static String firstDifference(byte[] expected, byte[] actual) {
        if (java.util.Arrays.equals(expected, actual)) {
            return "";
        }
        String[] want = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] got = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end of output>";
            String g = i < got.length ? got[i] : "<end of output>";
            if (!w.equals(g)) {
                return "line " + (i + 1) + ": expected " + clip(w) + ", got " + clip(g);
            }
        }
        return "outputs differ";
    }

    private static String clip(String s) {
        return '"' + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + '"';
    }
}
