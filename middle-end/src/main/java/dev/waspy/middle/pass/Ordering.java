package dev.waspy.middle.pass;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordering table: which pass must run before which, with the reason. Every pipeline of
 * {@link Pipeline} obeys it (a unit test checks), and so must any pipeline built by disabling
 * passes. Two kinds of row: {@code A before B} (where B runs, A has run before its first run) and
 * {@code A then B} (every run of A is followed, later, by a run of B: B cleans up after A).
 */
public final class Ordering {
    private Ordering() {}

    public enum Kind { BEFORE, THEN }

    public record Rule(String first, Kind kind, String second, String reason) {
        @Override public String toString() {
            return first + (kind == Kind.BEFORE ? " must run before " : " must be followed by ") + second + ": " + reason;
        }
    }

    public static final List<Rule> TABLE = List.of(
            new Rule("dead-code", Kind.BEFORE, "sink-boxes",
                    "a box nothing uses has no uses to sink to; dead-code removes those first"),
            new Rule("list-loops", Kind.THEN, "mem2reg",
                    "list-loops counts in variables, which mem2reg must still turn into SSA values and phis"),
            new Rule("range-loops", Kind.THEN, "mem2reg",
                    "range-loops counts in a variable, which mem2reg must still turn into SSA values and phis"),
            new Rule("mem2reg", Kind.BEFORE, "specialize",
                    "inference types SSA values: a variable assigned an int, then a str, is two values only once"
                            + " mem2reg made it so (a slot would be one value, of the join: object)"),
            new Rule("specialize", Kind.THEN, "dead-code",
                    "specialize keeps every box a value had (an untyped use may still need the object) and boxes"
                            + " each unboxed value after its definition; dead-code removes those nothing reads"),
            new Rule("mem2reg", Kind.BEFORE, "const-fold",
                    "const-fold sees constants through variables only once they are SSA values, not slot loads"),
            new Rule("mem2reg", Kind.BEFORE, "dead-code",
                    "mem2reg leaves phis that nothing reads (minimal, not pruned, SSA); dead-code removes them"),
            new Rule("const-fold", Kind.THEN, "dead-blocks",
                    "a branch on a constant becomes a jump and leaves the other arm unreachable; the IR must reach"
                            + " the backend, as it leaves CFG construction, with every block reachable"),
            new Rule("const-fold", Kind.THEN, "dead-code",
                    "folding leaves the constants it consumed unused"));

    /** What {@code pipeline} does against the table, one message per broken row (empty when it obeys). */
    public static List<String> violations(List<String> pipeline) {
        var out = new ArrayList<String>();
        for (Rule r : TABLE) {
            boolean broken = switch (r.kind()) {
                case BEFORE -> {
                    int b = pipeline.indexOf(r.second());
                    yield b >= 0 && !pipeline.subList(0, b).contains(r.first());
                }
                case THEN -> {
                    int a = pipeline.lastIndexOf(r.first());
                    yield a >= 0 && !pipeline.subList(a + 1, pipeline.size()).contains(r.second());
                }
            };
            if (broken) out.add(r.toString());
        }
        return out;
    }
}
