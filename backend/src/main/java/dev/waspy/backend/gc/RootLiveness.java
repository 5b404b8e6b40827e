package dev.waspy.backend.gc;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Liveness of the heap references of one function (temps and variable slots whose type
 * {@link GcRoots#isReference is a reference}), by backward dataflow over the blocks, with the same
 * conventions as the local allocator: a phi's incoming values are used at the end of the
 * predecessor, and what lives into a block's exception handler lives through the whole block (a
 * raise may leave it from any instruction).
 *
 * <p>It answers the two questions the safepoints ask: which references live after a call (the
 * call's own result excluded), and which live into a block (a loop header's poll, the entry's).
 */
public final class RootLiveness {
    private final Map<Block, Set<Object>> liveIn = new HashMap<>();
    private final Map<Inst, Set<Object>> acrossCall = new IdentityHashMap<>();

    public RootLiveness(IrFunction f) {
        for (Block b : f.blocks()) {
            liveIn.put(b, Set.of());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = f.blocks().size() - 1; k >= 0; k--) {
                Block b = f.blocks().get(k);
                Set<Object> in = scan(b, false);
                if (!in.equals(liveIn.get(b))) {
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }
        for (Block b : f.blocks()) {
            scan(b, true);
        }
    }

    /** References live into a block (after its phis are written). */
    public Set<Object> liveIn(Block b) {
        return liveIn.getOrDefault(b, Set.of());
    }

    /** References live after a call instruction, other than its result. */
    public Set<Object> liveAcross(Inst.Call call) {
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

    private static boolean tracked(Object v) {
        return v != null && GcRoots.isReference(type(v));
    }

    /** What lives into {@code s} along the edge from {@code pred}: its live-in minus its phis, plus their arguments. */
    private Set<Object> acrossEdge(Block pred, Block s) {
        Set<Object> live = new LinkedHashSet<>(liveIn.get(s));
        for (Inst i : s.insts()) {
            if (i instanceof Inst.Phi p) {
                live.remove(p.dst());
            }
        }
        for (Inst i : s.insts()) {
            if (i instanceof Inst.Phi p) {
                for (Inst.PhiArg a : p.args()) {
                    if (a.pred() == pred && tracked(a.value())) {
                        live.add(a.value());
                    }
                }
            }
        }
        return live;
    }

    private Set<Object> scan(Block b, boolean record) {
        Set<Object> throughout = b.handler() == null ? Set.of() : acrossEdge(b, b.handler());
        Set<Object> live = new LinkedHashSet<>(throughout);
        for (Block s : b.terminator().successors()) {
            live.addAll(acrossEdge(b, s));
        }
        for (Temp u : b.terminator().uses()) {
            if (tracked(u)) {
                live.add(u);
            }
        }
        List<Inst> insts = b.insts();
        for (int k = insts.size() - 1; k >= 0; k--) {
            Inst i = insts.get(k);
            if (i instanceof Inst.Phi) {
                continue;
            }
            Object def = i instanceof Inst.Store s && s.var() instanceof Var.Local v ? v : i.def();
            if (def != null) {
                live.remove(def);
                live.addAll(throughout);
            }
            if (record && i instanceof Inst.Call c) {
                // The handler's values may include the result's slot; a call that raised has none.
                Set<Object> across = new LinkedHashSet<>(live);
                across.remove(def);
                // Kept in insertion order (not Set.copyOf, whose order varies per JVM): the root stores
                // and the slot colouring follow it, and the output must not depend on the JVM.
                acrossCall.put(c, Collections.unmodifiableSet(across));
            }
            for (Temp u : i.uses()) {
                if (tracked(u)) {
                    live.add(u);
                }
            }
            if (i instanceof Inst.Load l && l.var() instanceof Var.Local v && tracked(v)) {
                live.add(v);
            }
        }
        return live;
    }
}
