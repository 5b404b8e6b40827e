package dev.waspy.backend.structure;

import java.util.ArrayList;
import java.util.List;

/** Rewrites and printing of {@link Shape} trees. */
public final class Shapes {
    private Shapes() {}

    /**
     * Removes branches in tail position that go exactly where falling off the end would go
     * ({@code block (...; br 0) end} is {@code block (...) end}). Blocks left without any branch to
     * them are kept: they cost nothing in Wasm and removing them would renumber depths.
     */
    public static <N> Shape<N> prune(Shape<N> shape) {
        return prune(shape, new ArrayList<>(), 0);
    }

    /**
     * The labels around {@code shape} are {@code labels} (outermost first; true for a block's or an
     * if's, false for a loop's, which falling off a body does not reach). A branch in tail position
     * equals falling off the end when its target is a block or if label at index {@code fallsFrom}
     * or deeper: every construct entered in tail position since the last non-tail step. (Kept as
     * a stack and an index, not as a set of depths per construct, so that a deep nest of blocks,
     * one per predecessor of a wide join, costs linear time.)
     */
    private static <N> Shape<N> prune(Shape<N> shape, List<Boolean> labels, int fallsFrom) {
        return switch (shape) {
            case Shape.Seq<N> seq -> {
                List<Shape<N>> items = new ArrayList<>();
                List<Shape<N>> old = seq.items();
                for (int i = 0; i < old.size(); i++) {
                    Shape<N> p = prune(old.get(i), labels, i == old.size() - 1 ? fallsFrom : labels.size());
                    if (!(p instanceof Shape.Seq<N> s && s.items().isEmpty())) {
                        items.add(p);
                    }
                }
                yield items.size() == 1 ? items.getFirst() : new Shape.Seq<>(items);
            }
            // Falling off a block's or an if's body reaches its own label (0) and whatever falling
            // off the construct itself reaches; falling off a loop's body only the latter.
            case Shape.Block<N> b -> new Shape.Block<>(inside(b.body(), labels, fallsFrom, true), b.follower());
            case Shape.Loop<N> l -> new Shape.Loop<>(inside(l.body(), labels, fallsFrom, false), l.header());
            case Shape.If<N> i -> new Shape.If<>(i.node(),
                    inside(i.then(), labels, fallsFrom, true), inside(i.otherwise(), labels, fallsFrom, true));
            case Shape.Br<N> br -> {
                int target = labels.size() - 1 - br.depth();
                yield target >= fallsFrom && target >= 0 && labels.get(target) ? new Shape.Seq<>(List.of()) : br;
            }
            case Shape.Code<N> c -> c;
            case Shape.Edge<N> e -> e;
            case Shape.BrTable<N> t -> t;
            case Shape.Leave<N> l -> l;
        };
    }

    /** The body of a construct with a label of its own ({@code fallsTo}: whether falling off the body reaches it). */
    private static <N> Shape<N> inside(Shape<N> body, List<Boolean> labels, int fallsFrom, boolean fallsTo) {
        labels.add(fallsTo);
        try {
            return prune(body, labels, fallsFrom);
        } finally {
            labels.removeLast();
        }
    }

    /** An indented, WAT-like listing, for dumps and test failure messages. */
    public static <N> String print(Shape<N> shape) {
        StringBuilder sb = new StringBuilder();
        print(shape, 0, sb);
        return sb.toString();
    }

    private static <N> void print(Shape<N> shape, int indent, StringBuilder sb) {
        String pad = "  ".repeat(indent);
        switch (shape) {
            case Shape.Seq<N> seq -> seq.items().forEach(s -> print(s, indent, sb));
            case Shape.Block<N> b -> {
                sb.append(pad).append("block  ;; followed by ").append(b.follower()).append('\n');
                print(b.body(), indent + 1, sb);
                sb.append(pad).append("end\n");
            }
            case Shape.Loop<N> l -> {
                sb.append(pad).append("loop  ;; headed by ").append(l.header()).append('\n');
                print(l.body(), indent + 1, sb);
                sb.append(pad).append("end\n");
            }
            case Shape.If<N> i -> {
                sb.append(pad).append("if  ;; ").append(i.node()).append('\n');
                print(i.then(), indent + 1, sb);
                sb.append(pad).append("else\n");
                print(i.otherwise(), indent + 1, sb);
                sb.append(pad).append("end\n");
            }
            case Shape.Code<N> c -> sb.append(pad).append(c.node())
                    .append(c.sideExitDepths().isEmpty() ? "" : "  ;; side exits br " + c.sideExitDepths()).append('\n');
            case Shape.Edge<N> e -> { }
            case Shape.Br<N> br -> sb.append(pad).append("br ").append(br.depth())
                    .append("  ;; to ").append(br.target()).append('\n');
            case Shape.BrTable<N> t -> sb.append(pad).append("br_table ").append(t.depths())
                    .append(' ').append(t.otherwise()).append('\n');
            case Shape.Leave<N> l -> sb.append(pad).append("leave  ;; ").append(l.node()).append('\n');
        }
    }
}
