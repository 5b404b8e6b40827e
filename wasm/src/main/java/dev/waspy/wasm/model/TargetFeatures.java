package dev.waspy.wasm.model;

import java.util.Collection;
import java.util.List;

/**
 * The {@code target_features} custom section of the tool conventions: the proposals a module
 * relies on beyond the MVP, each name with a prefix: {@code '+'} used, {@code '-'} must not be
 * used, {@code '='} required of every linked object. Tools such as Binaryen's {@code wasm-opt}
 * enable exactly these features when they read the module.
 */
public record TargetFeatures(List<Entry> entries) {
    public static final String SECTION = "target_features";

    public record Entry(char prefix, String name) {}

    public TargetFeatures {
        entries = List.copyOf(entries);
    }

    /** Every feature in {@code names} marked used ({@code '+'}), in the order given. */
    public static TargetFeatures used(Collection<String> names) {
        return new TargetFeatures(names.stream().map(n -> new Entry('+', n)).toList());
    }

    /** The names marked used. */
    public List<String> usedNames() {
        return entries.stream().filter(e -> e.prefix() == '+').map(Entry::name).toList();
    }
}
