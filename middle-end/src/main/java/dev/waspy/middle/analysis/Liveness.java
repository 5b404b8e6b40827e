package dev.waspy.middle.analysis;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which values (temps and local slots) are live where, by backward dataflow over the blocks to a
 * fixpoint. The one liveness of the compiler: the backend's local allocator and GC-root placement
 * ask it with their own choice of values. Conventions, those of the code generator: a phi's
 * incoming value is used at the end of its predecessor and the phi is written on the edge (so
 * phis of one block read each other's old values), and what lives into a block's exception
 * handler lives through the whole block (a raise may leave it from any instruction).
 * Sets are hash sets: temps and slots hash alike in every run, so their order is deterministic
 * (and the backend's colouring, which depends on it, reproducible).
 */
public final class Liveness {
    /** Sees each non-phi instruction of a block, last first, with what is live right after it. */
    @FunctionalInterface
    public interface Visitor {
        /** {@code def}: the value the instruction writes (a temp, or the local slot of a store), or null. */
        void at(Inst inst, Object def, Set<Object> liveAfter);
    }

    private final IrFunction f;
    private final Predicate<Object> tracked;
    private final Map<Block, Set<Object>> liveIn = new LinkedHashMap<>();

    /** Liveness of the values {@code tracked} accepts (temps and {@link Var.Local} slots). */
    public Liveness(IrFunction f, Predicate<Object> tracked) {
        this.f = f;
        this.tracked = v -> v != null && tracked.test(v);
        for (Block b : f.blocks()) liveIn.put(b, Set.of());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = f.blocks().size() - 1; k >= 0; k--) {
                Block b = f.blocks().get(k);
                Set<Object> in = walk(b, null);
                if (!in.equals(liveIn.get(b))) {
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }
    }

    /** Liveness of every temp and local slot. */
    public static Liveness of(IrFunction f) {
        return new Liveness(f, v -> true);
    }

    /** Values live into a block (after its phis are written). */
    public Set<Object> liveIn(Block b) { return liveIn.getOrDefault(b, Set.of()); }

    /** Values live at the end of a block, after its terminator: into its successors and handler. */
    public Set<Object> liveOut(Block b) {
        Set<Object> live = b.handler() == null ? new LinkedHashSet<>() : acrossEdge(b, b.handler());
        for (Block s : b.terminator().successors()) live.addAll(acrossEdge(b, s));
        return live;
    }

    /** A block's phi results, and their incoming values by predecessor (in phi order). */
    private record Phis(List<Temp> results, Map<Block, List<Temp>> incoming) {}

    /** Made once per block: a join of n predecessors is crossed n times per round. */
    private final Map<Block, Phis> phis = new java.util.IdentityHashMap<>();

    private Phis phis(Block s) {
        return phis.computeIfAbsent(s, b -> {
            var results = new java.util.ArrayList<Temp>();
            var incoming = new java.util.IdentityHashMap<Block, List<Temp>>();
            for (Inst i : b.insts()) {
                if (!(i instanceof Inst.Phi p)) continue;
                results.add(p.dst());
                for (Inst.PhiArg a : p.args()) incoming.computeIfAbsent(a.pred(), k -> new java.util.ArrayList<>()).add(a.value());
            }
            return new Phis(results, incoming);
        });
    }

    /** What lives into {@code s} along the edge from {@code pred}: its live-in minus its phis, plus their arguments. */
    public Set<Object> acrossEdge(Block pred, Block s) {
        Set<Object> live = new LinkedHashSet<>(liveIn(s));
        // All phi results first, then all incoming values: a phi may read another phi of the same
        // block (a swap), and that value is live at the end of the predecessor.
        Phis phis = phis(s);
        live.removeAll(phis.results());
        for (Temp v : phis.incoming().getOrDefault(pred, List.of())) if (tracked.test(v)) live.add(v);
        return live;
    }

    /**
     * Scans {@code b} backwards from its live-out, showing each non-phi instruction to the visitor
     * (when there is one) with the values live right after it; returns the block's live-in.
     */
    public Set<Object> walk(Block b, Visitor visitor) {
        Set<Object> throughout = b.handler() == null ? Set.of() : acrossEdge(b, b.handler());
        Set<Object> live = new LinkedHashSet<>(throughout);
        for (Block s : b.terminator().successors()) live.addAll(acrossEdge(b, s));
        for (Temp u : b.terminator().uses()) if (tracked.test(u)) live.add(u);
        List<Inst> insts = b.insts();
        for (int k = insts.size() - 1; k >= 0; k--) {
            Inst i = insts.get(k);
            if (i instanceof Inst.Phi) continue;
            Object def = i instanceof Inst.Store s && s.var() instanceof Var.Local v ? v : i.def();
            if (visitor != null) visitor.at(i, def, live);
            if (tracked.test(def)) {
                live.remove(def);
                live.addAll(throughout);
            }
            for (Temp u : i.uses()) if (tracked.test(u)) live.add(u);
            if (i instanceof Inst.Load l && l.var() instanceof Var.Local v && tracked.test(v)) live.add(v);
        }
        return live;
    }
}
