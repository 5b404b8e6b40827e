package dev.waspy.middle.pass;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The pipelines, as data: one per optimization level, the passes every level must run, and the
 * check that a pipeline asked for (a level minus {@code --disable-pass}es, or an explicit list)
 * keeps them and obeys the {@link Ordering} table. {@link PassManager} runs them.
 *
 * <p>Before any pipeline, {@code MiddleEnd.build} has removed the blocks CFG construction leaves
 * unreachable (code after return, break, continue), so every pipeline starts on a CFG whose every
 * block is reachable, which mem2reg's dominance frontiers assume.
 */
public final class Pipeline {
    private Pipeline() {}

    /**
     * Passes the compiler is not correct, or not in its canonical form, without. mem2reg: every
     * later pass and the backend see locals as SSA values and phis; paths on which a local has no
     * value yet get {@code undef}, never observed behind the unbound-variable checks.
     */
    public static final Set<String> REQUIRED = Set.of("mem2reg");

    /** -O0: the required passes alone, the IR as built but in SSA form. */
    public static final List<String> O0 = List.of("mem2reg");

    /**
     * -O1. range-loops first: it counts in variables, so it runs while locals
     * are still slots. mem2reg next, so const-fold sees constants through former variables (they are
     * values, not slot loads), and so inference types each assignment of a variable on its own.
     * specialize next: its typed primitives are
     * what const-fold knows how to fold, and the boxes it no longer needs are dead-code's; the lists
     * it proves are what list-loops iterates by index, in variables mem2reg promotes again.
     * const-fold folds operations and branches on constants; the arms it cuts off leave blocks
     * unreachable, so dead-blocks follows (it also drops their phi arguments). dead-code then:
     * folding leaves the constants it consumed unused, and mem2reg leaves phis no one reads (it
     * places one at every join its stores reach: minimal, not pruned, SSA). sink-boxes last, on the
     * boxes that are left: each moves down to its uses, out of loops it is not needed in.
     */
    public static final List<String> O1 = List.of(
            "range-loops", "mem2reg", "specialize", "list-loops", "mem2reg", "const-fold", "dead-blocks", "dead-code", "sink-boxes");

    /**
     * -O2: everything the middle-end has. Today that is -O1: the passes that make a difference
     * beyond it (inlining, SCCP, GVN, LICM) come with the type inference; they go here first.
     */
    public static final List<String> O2 = O1;

    public static final int DEFAULT_LEVEL = 2;

    /**
     * {@code passes} without a pass that directly follows itself: leaving out the pass between two
     * runs of mem2reg (list-loops) leaves a second run with nothing to do.
     */
    static List<String> withoutRepeats(List<String> passes) {
        var out = new ArrayList<String>();
        for (String p : passes) if (out.isEmpty() || !out.getLast().equals(p)) out.add(p);
        return List.copyOf(out);
    }

    /** The pipeline without options. */
    public static final List<String> DEFAULT = forLevel(DEFAULT_LEVEL);

    /** The pipeline of {@code -O<level>}. */
    public static List<String> forLevel(int level) {
        return switch (level) {
            case 0 -> O0;
            case 1 -> O1;
            case 2 -> O2;
            default -> throw new InvalidPipeline("unknown optimization level -O" + level + "; known: -O0, -O1, -O2");
        };
    }

    /**
     * The pipeline of {@code -O<level>} without the passes named in {@code disabled}; an unknown
     * name, a required pass or an order the table forbids is an {@link InvalidPipeline}.
     */
    public static List<String> forLevel(int level, Collection<String> disabled) {
        for (String name : disabled) {
            if (!Passes.names().contains(name)) {
                throw new InvalidPipeline("unknown pass '" + name + "'; known: " + String.join(", ", Passes.names()));
            }
            if (REQUIRED.contains(name)) {
                throw new InvalidPipeline("pass '" + name + "' cannot be disabled: it runs at every optimization level"
                        + " (required: " + String.join(", ", REQUIRED.stream().sorted().toList()) + ")");
            }
        }
        var out = new ArrayList<>(forLevel(level));
        out.removeAll(disabled);
        return check(withoutRepeats(out));
    }

    /** {@code passes} unchanged when they name known passes, include the required ones and obey the ordering table. */
    public static List<String> check(List<String> passes) {
        for (String name : passes) {
            if (!Passes.names().contains(name)) {
                throw new InvalidPipeline("unknown pass '" + name + "'; known: " + String.join(", ", Passes.names()));
            }
        }
        for (String name : REQUIRED.stream().sorted().toList()) {
            if (!passes.contains(name)) throw new InvalidPipeline("the pipeline must run the required pass '" + name + "'");
        }
        List<String> wrong = Ordering.violations(passes);
        if (!wrong.isEmpty()) throw new InvalidPipeline(String.join("; ", wrong));
        return List.copyOf(passes);
    }

    /** A pipeline that cannot run: the message says why, for the command line. */
    public static final class InvalidPipeline extends IllegalArgumentException {
        public InvalidPipeline(String message) { super(message); }
    }
}
