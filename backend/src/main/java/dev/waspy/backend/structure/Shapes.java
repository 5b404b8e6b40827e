package dev.waspy.backend.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rewrites and printing of {@link Shape} trees. */
public final class Shapes {
    private Shapes() {}

    /**
     * Removes branches in tail position that go exactly where falling off the end would go
     * ({@code block (...; br 0) end} is {@code block (...) end}). Blocks left without any branch to
     * them are kept: they cost nothing in Wasm and removing them would renumber depths.
     */
    public static <N> Shape<N> prune(Shape<N> shape) {
        return prune(shape, Set.of());
    }

    /** @param falls the depths a branch in tail position may have and still equal falling off the end. */
    private static <N> Shape<N> prune(Shape<N> shape, Set<Integer> falls) {
        return switch (shape) {
            case Shape.Seq<N> seq -> {
                List<Shape<N>> items = new ArrayList<>();
                List<Shape<N>> old = seq.items();
                for (int i = 0; i < old.size(); i++) {
                    Shape<N> p = prune(old.get(i), i == old.size() - 1 ? falls : Set.of());
                    if (!(p instanceof Shape.Seq<N> s && s.items().isEmpty())) {
                        items.add(p);
                    }
                }
                yield items.size() == 1 ? items.getFirst() : new Shape.Seq<>(items);
            }
            // Falling off a block's or an if's body reaches its own label (0) and whatever falling
            // off the construct itself reaches; falling off a loop's body only the latter.
            case Shape.Block<N> b -> new Shape.Block<>(prune(b.body(), withOwnLabel(falls)), b.follower());
            case Shape.Loop<N> l -> new Shape.Loop<>(prune(l.body(), deeper(falls)), l.header());
            case Shape.If<N> i -> new Shape.If<>(i.node(),
                    prune(i.then(), withOwnLabel(falls)), prune(i.otherwise(), withOwnLabel(falls)));
            case Shape.Br<N> br -> falls.contains(br.depth()) ? new Shape.Seq<>(List.of()) : br;
            case Shape.Code<N> c -> c;
            case Shape.Edge<N> e -> e;
            case Shape.BrTable<N> t -> t;
            case Shape.Leave<N> l -> l;
        };
    }

    private static Set<Integer> deeper(Set<Integer> falls) {
        Set<Integer> d = new HashSet<>();
        falls.forEach(f -> d.add(f + 1));
        return d;
    }

    private static Set<Integer> withOwnLabel(Set<Integer> falls) {
        Set<Integer> d = deeper(falls);
        d.add(0);
        return d;
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
