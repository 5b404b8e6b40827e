package dev.waspy.middle.ir;

/**
 * A CFG edge. Edges are distinct objects (a branch whose two arms reach the same block gives two
 * parallel edges), labelled by how control flows along them.
 */
public final class Edge {
    public enum Kind { JUMP, TRUE, FALSE, EXCEPTION }

    private final Kind kind;

    public Edge(Kind kind) { this.kind = kind; }

    public Kind kind() { return kind; }

    @Override
    public String toString() { return kind.name().toLowerCase(java.util.Locale.ROOT); }
}
