package dev.waspy.backend.locals;

import dev.waspy.middle.analysis.Liveness;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shares Wasm locals between IR values (temps and variable slots) that are never live at the same
 * time: the middle-end's {@link Liveness}, an interference graph per Wasm type, and
 * JGraphT's saturation-degree (DSatur) colouring; each colour is one local. Parameters keep their
 * own locals (shared only with the value of their one read, see {@link #parameterReads}), and so
 * does a temp used exactly once in the block that defines it: the peephole
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
        Set<Object> params = new LinkedHashSet<>(f.params());
        Map<Temp, Var.Local> reads = parameterReads(f);
        reads.forEach((t, p) -> locals.bind(t, locals.of(p)));
        params.addAll(reads.keySet());
        Set<Object> exclusive = singleUseInBlock(f);
        exclusive.removeAll(reads.keySet());
        if (exclusive.size() > MAX_EXCLUSIVE) exclusive = Set.of();
        for (Object t : exclusive) {
            locals.bind((Temp) t, locals.add(type(t), t.toString()));
        }
        params.addAll(exclusive);
        Interference live = new Interference(f, params);
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

    /**
     * The value of a parameter read exactly once and never written (after mem2reg, every
     * parameter: it is loaded once on entry) lives in the parameter's own local: that local holds
     * the same value for the whole call, and nothing else is ever given it.
     */
    private static Map<Temp, Var.Local> parameterReads(IrFunction f) {
        Map<Var.Local, Temp> load = new LinkedHashMap<>();
        Set<Var.Local> unfit = new LinkedHashSet<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (i instanceof Inst.Load l && l.var() instanceof Var.Local v && f.params().contains(v)
                        && load.putIfAbsent(v, l.dst()) != null) {
                    unfit.add(v);
                }
                if (i instanceof Inst.Store st && st.var() instanceof Var.Local v) {
                    unfit.add(v);
                }
            }
        }
        Map<Temp, Var.Local> out = new java.util.LinkedHashMap<>();
        for (Var.Local p : f.params()) {
            Temp t = load.get(p);
            if (t != null && !unfit.contains(p) && FunctionLocals.valType(p.type()) != null) {
                out.put(t, p);
            }
        }
        return out;
    }

    /** Temps with exactly one use, in the block that defines them (phi arguments count as uses). */
    private static Set<Object> singleUseInBlock(IrFunction f) {
        Map<Temp, Integer> uses = new LinkedHashMap<>();
        Map<Temp, Block> useBlock = new LinkedHashMap<>();
        Map<Temp, Block> defBlock = new LinkedHashMap<>();
        Set<Temp> phis = new LinkedHashSet<>();
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

    /** The values that get a shared local, and the interference their liveness implies. */
    private static final class Interference {
        final IrFunction f;
        final Set<Object> values = new LinkedHashSet<>();
        final Liveness live;

        Interference(IrFunction f, Set<Object> params) {
            this.f = f;
            for (Block b : f.blocks()) {
                for (Inst i : b.insts()) {
                    addValue(i.def(), params);
                    if (i instanceof Inst.Store s && s.var() instanceof Var.Local v) {
                        addValue(v, params);
                    }
                }
            }
            live = new Liveness(f, values::contains);
        }

        private void addValue(Object v, Set<Object> params) {
            if (v != null && type(v) != null && !params.contains(v)) {
                values.add(v);
            }
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

        /** A value an instruction defines interferes with everything live after it. */
        void forEachInterference(java.util.function.BiConsumer<Object, Object> sink) {
            for (Block b : f.blocks()) {
                live.walk(b, (inst, def, after) -> {
                    if (values.contains(def)) {
                        for (Object o : after) {
                            sink.accept(def, o);
                        }
                    }
                });
                // Phis are written on each incoming edge, all at once: each interferes with what
                // lives into the block and with the block's other phis.
                List<Temp> dsts = phiDsts(b);
                for (Temp d : dsts) {
                    if (!values.contains(d)) {
                        continue;
                    }
                    for (Object o : live.liveIn(b)) {
                        sink.accept(d, o);
                    }
                    for (Temp other : dsts) {
                        if (values.contains(other)) {
                            sink.accept(d, other);
                        }
                    }
                }
            }
        }
    }
}
