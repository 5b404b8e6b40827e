package dev.waspy.wasm.model;

/**
 * A custom section kept as raw bytes (producers, target_features, anything unknown).
 * {@code after} is the id of the standard section it followed (0 when it came first), so a
 * module read and written again keeps its custom sections where they were.
 */
public record CustomSection(String name, byte[] contents, int after) {
    /** Section id used as {@code after} for sections placed after everything else. */
    public static final int AT_END = 11;
}
