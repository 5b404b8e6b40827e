package dev.waspy.wasm.model;

/** Size limits of a table (elements) or memory (64 KiB pages); {@code max} is meaningful only if {@code hasMax}. */
public record Limits(long min, long max, boolean hasMax) {
    public static Limits atLeast(long min) {
        return new Limits(min, 0, false);
    }

    public static Limits between(long min, long max) {
        return new Limits(min, max, true);
    }

    @Override
    public String toString() {
        return hasMax ? min + " " + max : Long.toString(min);
    }
}
