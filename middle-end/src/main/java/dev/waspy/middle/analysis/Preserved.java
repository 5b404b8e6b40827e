package dev.waspy.middle.analysis;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a pass leaves valid when it changes a function: every analysis ({@link #ALL}), none
 * ({@link #NONE}), or the ones it names. An analysis computed from one that is not preserved is
 * dropped too, whatever the pass says.
 */
public record Preserved(boolean all, Set<String> names) {
    public static final Preserved ALL = new Preserved(true, Set.of());
    public static final Preserved NONE = new Preserved(false, Set.of());

    public Preserved { names = Set.copyOf(names); }

    public static Preserved of(Analysis<?>... kept) {
        return new Preserved(false, Arrays.stream(kept).map(Analysis::name).collect(Collectors.toSet()));
    }

    /** For a pass that leaves the CFG alone (no block, edge or terminator target changes). */
    public static Preserved controlFlow(Analysis<?>... more) {
        var names = new java.util.HashSet<>(of(more).names());
        names.add(Analyses.DOMINATORS.name());
        names.add(Analyses.LOOPS.name());
        return new Preserved(false, names);
    }

    public boolean keeps(Analysis<?> a) { return all || names.contains(a.name()); }
}
