package dev.waspy.backend.locals;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.wasm.model.ValType;
import org.jgrapht.Graph;
import org.jgrapht.alg.color.SaturationDegreeColoring;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shares Wasm locals between IR values (temps and variable slots) that are never live at the same
 * time: liveness by backward dataflow over the blocks, an interference graph per Wasm type, and
 * JGraphT's saturation-degree (DSatur) colouring; each colour is one local. Parameters keep their
 * own locals, and so does a temp used exactly once in the block that defines it: the peephole
 * pass usually turns its local into nothing (the value stays on the operand stack), which only
 * works for a local written and read once.
 *
 * <p>Where the code generator writes values decides what interferes: a value defined by an
 * instruction interferes with everything live after it; a phi is written on each incoming edge
 * (after the predecessor's branch, before the successor runs), so it interferes with everything
 * live into its block; the handler of a block may be entered from any point of the block, so
 * what lives into the handler lives through the whole block.
 */
public final class InterferenceColouring implements LocalAllocator {
    /**
     * Engines cap the locals of a function (V8: 50,000). Past this many single-use temps (a display
     * of thousands of items has two per item) they are coloured like every other value, so they
     * share locals; the peephole pass then keeps fewer of them on the operand stack.
     */
    static final int MAX_EXCLUSIVE = 8_192;

    @Override
    public FunctionLocals allocate(IrFunction f) {
        FunctionLocals locals = paramsOnly(f);
        Set<Object> params = new HashSet<>(f.params());
        Set<Object> exclusive = singleUseInBlock(f);
        if (exclusive.size() > MAX_EXCLUSIVE) exclusive = Set.of();
        for (Object t : exclusive) {
            locals.bind((Temp) t, locals.add(type(t), t.toString()));
        }
        params.addAll(exclusive);
        Liveness live = new Liveness(f, params);
        Map<ValType, Graph<Object, DefaultEdge>> graphs = new EnumMap<>(ValType.class);
        for (Object v : live.values) {
            graphs.computeIfAbsent(type(v), t -> new SimpleGraph<>(DefaultEdge.class)).addVertex(v);
        }
        live.forEachInterference((a, b) -> {
            if (!a.equals(b) && type(a) == type(b)) {
                graphs.get(type(a)).addEdge(a, b);
            }
        });
        for (var entry : graphs.entrySet()) {
            var classes = new SaturationDegreeColoring<>(entry.getValue()).getColoring().getColorClasses();
            for (Set<Object> members : classes) {
                int local = locals.add(entry.getKey(), name(members));
                for (Object v : members) {
                    switch (v) {
                        case Temp t -> locals.bind(t, local);
                        case Var.Local s -> locals.bind(s, local);
                        default -> throw new IllegalStateException("not a value: " + v);
                    }
                }
            }
        }
        return locals;
    }

    /** Temps with exactly one use, in the block that defines them (phi arguments count as uses). */
    private static Set<Object> singleUseInBlock(IrFunction f) {
        Map<Temp, Integer> uses = new HashMap<>();
        Map<Temp, Block> useBlock = new HashMap<>();
        Map<Temp, Block> defBlock = new HashMap<>();
        Set<Temp> phis = new HashSet<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (i.def() != null) {
                    defBlock.put(i.def(), b);
                }
                if (i instanceof Inst.Phi p) {
                    phis.add(p.dst());
                    for (Inst.PhiArg a : p.args()) {
                        uses.merge(a.value(), 2, Integer::sum); // copied on an edge: never stack-only
                    }
                    continue;
                }
                for (Temp u : i.uses()) {
                    uses.merge(u, 1, Integer::sum);
                    useBlock.put(u, b);
                }
            }
            for (Temp u : b.terminator().uses()) {
                uses.merge(u, 1, Integer::sum);
                useBlock.put(u, b);
            }
        }
        Set<Object> single = new LinkedHashSet<>();
        for (var e : uses.entrySet()) {
            Temp t = e.getKey();
            if (e.getValue() == 1 && useBlock.get(t) == defBlock.get(t) && defBlock.get(t) != null
                    && type(t) != null && !phis.contains(t)) {
                single.add(t);
            }
        }
        return single;
    }

    private static FunctionLocals paramsOnly(IrFunction f) {
        List<ValType> types = new ArrayList<>();
        for (Var.Local p : f.params()) {
            ValType t = FunctionLocals.valType(p.type());
            if (t != null) {
                types.add(t);
            }
        }
        FunctionLocals locals = new FunctionLocals(types);
        int i = 0;
        for (Var.Local p : f.params()) {
            if (FunctionLocals.valType(p.type()) != null) {
                locals.bind(p, i);
                locals.name(i, p.name());
                i++;
            }
        }
        return locals;
    }

    static ValType type(Object v) {
        return switch (v) {
            case Temp t -> FunctionLocals.valType(t.type());
            case Var.Local s -> FunctionLocals.valType(s.type());
            default -> null;
        };
    }

    /** Slot names if the class has slots, else its lowest temp: unique within the function. */
    private static String name(Set<Object> members) {
        List<String> slots = new ArrayList<>();
        int lowest = Integer.MAX_VALUE;
        for (Object v : members) {
            if (v instanceof Var.Local s) {
                slots.add(s.name());
            } else if (v instanceof Temp t) {
                lowest = Math.min(lowest, t.id());
            }
        }
        if (!slots.isEmpty()) {
            slots.sort(null);
            return String.join("/", slots);
        }
        return "%" + lowest;
    }

    /** Live values at block boundaries, and the interference they imply. */
    private static final class Liveness {
        final IrFunction f;
        final Set<Object> params;
        final Set<Object> values = new LinkedHashSet<>();
        final Map<Block, Set<Object>> liveIn = new HashMap<>();

        Liveness(IrFunction f, Set<Object> params) {
            this.f = f;
            this.params = params;
            for (Block b : f.blocks()) {
                liveIn.put(b, new HashSet<>());
                for (Inst i : b.insts()) {
                    addValue(i.def());
                    if (i instanceof Inst.Store s && s.var() instanceof Var.Local v) {
                        addValue(v);
                    }
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int k = f.blocks().size() - 1; k >= 0; k--) {
                    Block b = f.blocks().get(k);
                    Set<Object> in = scan(b, null);
                    if (!in.equals(liveIn.get(b))) {
                        liveIn.put(b, in);
                        changed = true;
                    }
                }
            }
        }

        private void addValue(Object v) {
            if (v != null && type(v) != null && !params.contains(v)) {
                values.add(v);
            }
        }

        private boolean tracked(Object v) {
            return values.contains(v);
        }

        /** What lives into {@code s} along the edge from {@code pred}, before its phi copies. */
        private Set<Object> acrossEdge(Block pred, Block s) {
            Set<Object> live = new HashSet<>(liveIn.get(s));
            // All phi results first, then all incoming values: a phi may read another phi of the
            // same block (a swap), and that value is live at the end of the predecessor.
            live.removeAll(phiDsts(s));
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

        private static List<Temp> phiDsts(Block s) {
            List<Temp> d = new ArrayList<>();
            for (Inst i : s.insts()) {
                if (i instanceof Inst.Phi p) {
                    d.add(p.dst());
                }
            }
            return d;
        }

        /**
         * Scans a block backwards from its live-out; returns its live-in. With a sink, reports each
         * interference on the way.
         */
        private Set<Object> scan(Block b, java.util.function.BiConsumer<Object, Object> sink) {
            Set<Object> throughout = new HashSet<>();
            if (b.handler() != null) {
                throughout.addAll(acrossEdge(b, b.handler()));
            }
            Set<Object> live = new HashSet<>(throughout);
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
                Object def = i.def();
                if (i instanceof Inst.Store s && s.var() instanceof Var.Local v) {
                    def = v;
                }
                if (def != null && tracked(def)) {
                    if (sink != null) {
                        for (Object o : live) {
                            sink.accept(def, o);
                        }
                    }
                    live.remove(def);
                    live.addAll(throughout);
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

        void forEachInterference(java.util.function.BiConsumer<Object, Object> sink) {
            for (Block b : f.blocks()) {
                scan(b, sink);
                // Phis are written on each incoming edge, all at once: each interferes with what
                // lives into the block and with the block's other phis.
                List<Temp> dsts = phiDsts(b);
                for (Temp d : dsts) {
                    if (!tracked(d)) {
                        continue;
                    }
                    for (Object o : liveIn.get(b)) {
                        sink.accept(d, o);
                    }
                    for (Temp other : dsts) {
                        if (tracked(other)) {
                            sink.accept(d, other);
                        }
                    }
                }
            }
        }
    }
}
