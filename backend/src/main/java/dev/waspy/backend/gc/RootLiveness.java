package dev.waspy.backend.gc;

import dev.waspy.middle.analysis.Liveness;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Liveness of the heap references of one function (temps and variable slots whose type
 * {@link GcRoots#isReference is a reference}): the middle-end's {@link Liveness}, whose
 * conventions are the local allocator's and the code generator's.
 *
 * <p>It answers the two questions the safepoints ask: which references live after a call (the
 * call's own result excluded), and which live into a block (a loop header's poll, the entry's).
 */
public final class RootLiveness {
    private final Liveness live;
    private final Map<Inst, Set<Object>> acrossCall = new IdentityHashMap<>();

    public RootLiveness(IrFunction f) {
        live = new Liveness(f, v -> GcRoots.isReference(type(v)));
        for (Block b : f.blocks()) {
            live.walk(b, (inst, def, after) -> {
                if (GcRoots.isCall(inst)) {
                    // The handler's values may include the result's slot; a call that raised has none.
                    Set<Object> across = new LinkedHashSet<>(after);
                    across.remove(def);
                    // Insertion order, not Set.copyOf (whose order varies per JVM): root stores and slots follow it.
                    acrossCall.put(inst, java.util.Collections.unmodifiableSet(across));
                }
            });
        }
    }

    /** References live into a block (after its phis are written). */
    public Set<Object> liveIn(Block b) {
        return live.liveIn(b);
    }

    /** References live after a call instruction, other than its result. */
    public Set<Object> liveAcross(Inst call) {
        return acrossCall.getOrDefault(call, Set.of());
    }

    /** The type of a value (a temp or a variable slot). */
    public static IrType type(Object value) {
        return switch (value) {
            case Temp t -> t.type();
            case Var.Local v -> v.type();
            default -> throw new IllegalArgumentException("not a value: " + value);
        };
    }
}
