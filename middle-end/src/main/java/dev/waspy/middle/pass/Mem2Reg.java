package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Analyses;
import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.analysis.Dominators;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Edge;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Rewrite;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeFunctions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Promotes local slots to SSA temps (Cytron et al.): phis at the iterated dominance frontier of
 * each variable's stores, then a renaming walk down the dominator tree replaces each load by the
 * value that reaches it. Globals stay in slots. A path on which a local has no value yet gets
 * {@code undef} of its type, defined at the entry; the unbound-variable checks make sure it is
 * never observed.
 * <pre>
 * b0: store i, %0; jump b1          b0: jump b1
 * b1: %1 = load i               =>  b1: %5: int = phi [b0: %0], [b2: %3]
 *     ...                               ... (uses of %1 now use %5)
 * b2: store i, %3; jump b1          b2: jump b1
 * </pre>
 */
public final class Mem2Reg implements FunctionPass {
    @Override public String name() { return "mem2reg"; }

    /** Loads and stores become phis and values; blocks, edges and calls stay. */
    @Override public Preserved preserves() { return Preserved.controlFlow(Analyses.CALL_GRAPH); }

    @Override public String description() { return "promote local variable slots to SSA values and phis"; }

    private IrFunction f;
    private Dominators<Block> dom;
    private final Map<Block, List<Block>> children = new HashMap<>();
    private final Map<Block, Map<Var, Temp>> phiDst = new HashMap<>();
    private final Map<Block, Map<Var, List<Inst.PhiArg>>> phiArgs = new HashMap<>();
    private final Map<Var, ArrayDeque<Temp>> stacks = new HashMap<>();
    private final Map<Integer, Temp> replace = new HashMap<>();
    private final Map<Var, Temp> undefs = new LinkedHashMap<>();
    private final List<Inst> entryPrefix = new ArrayList<>();
    private int promoted;

    @Override
    public boolean run(IrFunction fn, PassContext ctx) {
        // One instance serves every function of a pipeline run: start clean.
        this.f = fn;
        children.clear();
        phiDst.clear();
        phiArgs.clear();
        stacks.clear();
        replace.clear();
        undefs.clear();
        entryPrefix.clear();
        promoted = 0;
        Set<Var> locals = new java.util.LinkedHashSet<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (i instanceof Inst.Load l && l.var() instanceof Var.Local) locals.add(l.var());
                if (i instanceof Inst.Store s && s.var() instanceof Var.Local) locals.add(s.var());
            }
        }
        if (locals.isEmpty()) return false;
        dom = ctx.analyses().get(Analyses.DOMINATORS, f);
        for (Block b : dom.reversePostorder()) {
            if (b != f.entry()) children.computeIfAbsent(dom.idom(b), k -> new ArrayList<>()).add(b);
        }
        placePhis(crossing(locals));
        for (Var v : locals) stacks.put(v, new ArrayDeque<>());
        // Parameters arrive in their slots: read each once on entry.
        for (Var.Local p : f.params()) {
            if (!locals.contains(p)) continue;
            Temp t = f.newTemp(p.type());
            entryPrefix.add(new Inst.Load(t, p));
            stacks.get(p).push(t);
        }
        rename(f.entry());
        for (var e : phiDst.entrySet()) {
            var phis = new ArrayList<Inst>();
            for (var v : e.getValue().entrySet()) {
                var args = new ArrayList<>(phiArgs.get(e.getKey()).get(v.getKey()));
                args.sort(java.util.Comparator.comparingInt(a -> a.pred().id()));
                phis.add(new Inst.Phi(v.getValue(), args));
            }
            e.getKey().insts().addAll(0, phis);
        }
        var prefix = new ArrayList<Inst>(undefs.size() + entryPrefix.size());
        prefix.addAll(entryPrefix);
        for (Temp u : undefs.values()) prefix.add(new Inst.Undef(u));
        f.entry().insts().addAll(0, prefix);
        ctx.count("mem2reg.promoted", promoted);
        return true;
    }

    /**
     * The variables some block reads before it writes them (semi-pruned SSA, Briggs et al.): only
     * those can need a phi. The others are read only after a write in the same block, so a try
     * body of n assignments no longer gives its handler n phis of n arguments each.
     */
    private Set<Var> crossing(Set<Var> locals) {
        Set<Var> out = new LinkedHashSet<>();
        Set<Var> written = new HashSet<>();
        for (Block b : f.blocks()) {
            written.clear();
            for (Inst i : b.insts()) {
                if (i instanceof Inst.Load l && locals.contains(l.var()) && !written.contains(l.var())) out.add(l.var());
                if (i instanceof Inst.Store s) written.add(s.var());
            }
        }
        return out;
    }

    private void placePhis(Set<Var> locals) {
        Map<Block, Set<Block>> frontier = frontiers();
        // The blocks that store each variable, in reverse postorder, from one scan of the function
        // (one scan per variable would be quadratic in functions with many variables and blocks).
        Map<Var, Set<Block>> storedIn = new HashMap<>();
        for (Block b : dom.reversePostorder()) {
            if (b == f.entry()) {
                for (Var.Local p : f.params()) storedIn.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(b);
            }
            for (Inst i : b.insts()) {
                if (i instanceof Inst.Store s) storedIn.computeIfAbsent(s.var(), k -> new LinkedHashSet<>()).add(b);
            }
        }
        for (Var v : locals) {
            var work = new ArrayDeque<Block>();
            var hasPhi = new HashSet<Block>();
            var seen = new HashSet<Block>();
            for (Block b : storedIn.getOrDefault(v, Set.of())) { work.add(b); seen.add(b); }
            while (!work.isEmpty()) {
                Block b = work.poll();
                for (Block d : frontier.getOrDefault(b, Set.of())) {
                    if (hasPhi.add(d)) {
                        phiDst.computeIfAbsent(d, k -> new LinkedHashMap<>()).put(v, f.newTemp(v.type()));
                        phiArgs.computeIfAbsent(d, k -> new HashMap<>()).put(v, new ArrayList<>());
                        if (seen.add(d)) work.add(d);
                    }
                }
            }
        }
    }

    /** Dominance frontiers by walking up from each predecessor of a join (Cooper, Harvey, Kennedy). */
    private Map<Block, Set<Block>> frontiers() {
        Map<Block, Set<Block>> df = new LinkedHashMap<>();
        for (Block b : dom.reversePostorder()) {
            var preds = new java.util.LinkedHashSet<Block>();
            for (Edge e : f.cfg().incomingEdgesOf(b)) preds.add(f.cfg().getEdgeSource(e));
            if (preds.size() < 2) continue;
            for (Block p : preds) {
                if (!dom.reachable(p)) continue;
                Block runner = p;
                while (runner != dom.idom(b)) {
                    // Already there: an earlier predecessor's walk went on from here to idom(b).
                    // Stopping keeps a join of many predecessors (a long and/or chain) linear.
                    if (!df.computeIfAbsent(runner, k -> new java.util.LinkedHashSet<>()).add(b)) break;
                    runner = dom.idom(runner);
                }
            }
        }
        return df;
    }

    private Temp resolve(Temp t) {
        Temp r = replace.get(t.id());
        return r == null ? t : r;
    }

    private Temp current(Var v) {
        Temp t = stacks.get(v).peek();
        if (t != null) return t;
        return undefs.computeIfAbsent(v, k -> f.newTemp(k.type()));
    }

    private void rename(Block b) {
        var pushed = new ArrayList<Var>();
        for (var e : phiDst.getOrDefault(b, Map.of()).entrySet()) {
            stacks.get(e.getKey()).push(e.getValue());
            pushed.add(e.getKey());
        }
        var out = new ArrayList<Inst>();
        for (Inst i : b.insts()) {
            if (i instanceof Inst.Load l && stacks.containsKey(l.var())) {
                replace.put(l.dst().id(), current(l.var()));
                promoted++;
            } else if (i instanceof Inst.Store s && stacks.containsKey(s.var())) {
                stacks.get(s.var()).push(resolve(s.src()));
                pushed.add(s.var());
            } else {
                out.add(Rewrite.uses(i, this::resolve));
            }
        }
        b.insts().clear();
        b.insts().addAll(out);
        Terminator t = b.terminator();
        f.setTerminator(b, Rewrite.uses(t, this::resolve));
        // The handler's phis take the values at the block's end: the builder ends a block at each
        // instruction that may raise inside a try, so no store follows a raise in its block.
        var succs = new java.util.LinkedHashSet<>(t.successors());
        if (b.handler() != null) succs.add(b.handler());
        for (Block s : succs) {
            for (var e : phiDst.getOrDefault(s, Map.of()).entrySet()) {
                phiArgs.get(s).get(e.getKey()).add(new Inst.PhiArg(b, current(e.getKey())));
            }
        }
        for (Block c : children.getOrDefault(b, List.of())) rename(c);
        for (Var v : pushed) stacks.get(v).pop();
    }
}
