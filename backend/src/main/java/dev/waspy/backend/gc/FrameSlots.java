package dev.waspy.backend.gc;

import org.jgrapht.Graph;
import org.jgrapht.alg.color.SaturationDegreeColoring;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shadow-stack slots of one function's frame. Before each safepoint the code stores every
 * reference live across it, so a slot only has to hold the right value <em>at</em> the safepoint:
 * two values may share a slot unless both live across one safepoint. The interference graph is a
 * union of cliques, one per safepoint, coloured with JGraphT's DSatur; each colour is one slot.
 *
 * <p>A slot keeps its last value until overwritten. That is safe: the value was a live object when
 * stored and every collection since has seen the slot, so it was never freed (it is only kept a
 * little longer than needed). The prologue zeroes the slots, so a slot never holds a stale value
 * of an older frame.
 */
public final class FrameSlots {
    private final Map<Object, Integer> slotOf;
    private final int count;

    private FrameSlots(Map<Object, Integer> slotOf, int count) {
        this.slotOf = slotOf;
        this.count = count;
    }

    /** Slots for the given live sets, one set per safepoint. */
    public static FrameSlots assign(Collection<Set<Object>> safepoints) {
        Graph<Object, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (Set<Object> live : safepoints) {
            List<Object> values = new ArrayList<>(live);
            for (int i = 0; i < values.size(); i++) {
                g.addVertex(values.get(i));
                for (int j = 0; j < i; j++) {
                    g.addEdge(values.get(i), values.get(j));
                }
            }
        }
        var colouring = new SaturationDegreeColoring<>(g).getColoring();
        return new FrameSlots(new HashMap<>(colouring.getColors()), colouring.getNumberColors());
    }

    /** Number of 8-byte slots in the frame (0: the function needs no frame). */
    public int count() {
        return count;
    }

    /** The slot of a value that lives across some safepoint. */
    public int slot(Object value) {
        Integer s = slotOf.get(value);
        if (s == null) {
            throw new IllegalStateException(value + " lives across no safepoint and has no slot");
        }
        return s;
    }
}
