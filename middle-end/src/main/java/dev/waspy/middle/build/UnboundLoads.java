package dev.waspy.middle.build;

import dev.waspy.middle.analysis.Dominators;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loads of a function that may run before any store of their variable ("definitely assigned",
 * the greatest fixpoint of {@code in(b) = ∩ out(pred)}), in time about linear in the program.
 *
 * <p>Instead of a set of every bound variable per block (blocks × variables), a block keeps only
 * its <em>delta</em>: what is bound at its end but not at the end of its immediate dominator. Every
 * path to a block passes its dominator, so {@code out(idom(b)) ⊆ in(b)}, and {@code in(b)} is that
 * plus what every forward predecessor's dominator path below {@code idom(b)} binds (back edges come
 * from blocks {@code b} dominates and can add nothing). Walking the dominator tree depth first with
 * a count per variable of the ancestors whose delta holds it answers "bound here?" in constant
 * time. A retreating edge from a block {@code b} does not dominate (an irreducible loop) is assumed
 * to bind nothing more than the dominator: fewer variables bound only means more guards.
 */
final class UnboundLoads {
    /** A load that may run unbound; {@code bound} holds the globals certainly bound there. */
    record Site(Block block, int index, Var var, Set<Var> bound) {}

    private final IrFunction f;
    private final Dominators<Block> dom;
    private final List<Block> order;
    private final int[] idom;
    private final List<List<Var>> delta = new ArrayList<>();
    private final Map<Var, Integer> active = new HashMap<>();
    /** Variables some {@code del} unbinds: never taken as bound, so every load of them is a site. */
    private final Set<Var> deleted;

    private UnboundLoads(IrFunction f, Set<Var> deleted) {
        this.f = f;
        this.deleted = deleted;
        this.dom = Dominators.of(f);
        this.order = dom.reversePostorder();
        this.idom = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            idom[i] = dom.rpoNumber(dom.idom(order.get(i)));
            delta.add(new ArrayList<>());
        }
    }

    /**
     * The sites of {@code f}, blocks in reverse postorder; the index of a site is its rank among
     * the loads of that variable in its block. With {@code atCalls}, also the variables bound at
     * every call. A variable of {@code deleted} is never bound: a {@code del} may unbind it
     * between any store and load (in a called function, for a global), so only its flag can tell.
     */
    static List<Site> of(IrFunction f, Set<Var> boundAtEntry, Set<Var> atCalls, Set<Var> deleted) {
        return new UnboundLoads(f, deleted).sites(boundAtEntry, atCalls);
    }
    private List<Site> sites(Set<Var> boundAtEntry, Set<Var> atCalls) {
        var entryBound = new LinkedHashSet<Var>(f.params());
        entryBound.addAll(boundAtEntry);
        entryBound.removeAll(deleted);
        for (Var v : entryBound) enter(v);
        int n = order.size();
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) children.add(new ArrayList<>());
        for (int i = 1; i < n; i++) children.get(idom[i]).add(i);
        int[] depth = new int[n];
        @SuppressWarnings("unchecked")
        List<Site>[] perBlock = new List[n];
        var calls = new CallSets(atCalls);
        // Depth first over the dominator tree, children in reverse postorder: a block's forward
        // predecessors lie in earlier siblings' subtrees (or are its dominator), so they are done.
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, 0});
        perBlock[0] = visit(0, depth, calls);
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            List<Integer> kids = children.get(top[0]);
            if (top[1] < kids.size()) {
                int c = kids.get(top[1]++);
                depth[c] = depth[top[0]] + 1;
                perBlock[c] = visit(c, depth, calls);
                stack.push(new int[] {c, 0});
            } else {
                stack.pop();
                for (Var v : delta.get(top[0])) leave(v);
            }
        }
        var out = new ArrayList<Site>();
        for (List<Site> s : perBlock) out.addAll(s);
        return out;
    }

    /** Enters block {@code i}: binds what its predecessors all bind, then walks its instructions. */
    private List<Site> visit(int i, int[] depth, CallSets calls) {
        List<Var> d = delta.get(i);
        if (i != 0) for (Var v : boundByAllPredecessors(i, depth)) bind(d, v);
        Block b = order.get(i);
        var local = new HashSet<Var>();
        var sites = new ArrayList<Site>();
        Map<Var, Integer> rank = new HashMap<>();
        for (Inst inst : b.insts()) {
            if (inst instanceof Inst.Store s && !bound(s.var(), local) && !deleted.contains(s.var())) local.add(s.var());
            if (inst instanceof Inst.Call) calls.at(this, local);
            if (inst instanceof Inst.Load l) {
                int r = rank.merge(l.var(), 1, Integer::sum) - 1;
                if (!bound(l.var(), local)) {
                    sites.add(new Site(b, r, l.var(), l.var() instanceof Var.Global ? boundGlobals(local) : Set.of()));
                    // past a guard the variable is bound (in this block only, and until a del)
                    if (!deleted.contains(l.var())) local.add(l.var());
                }
            }
        }
        // Only stores bind at the block's end; a guarded load does not.
        for (Inst inst : b.insts()) {
            if (inst instanceof Inst.Store s && !active.containsKey(s.var()) && !deleted.contains(s.var())) bind(d, s.var());
        }
        return sites;
    }

    private void bind(List<Var> d, Var v) {
        d.add(v);
        enter(v);
    }

    private void enter(Var v) { active.merge(v, 1, Integer::sum); }

    private void leave(Var v) {
        if (active.merge(v, -1, Integer::sum) == 0) active.remove(v);
    }

    private boolean bound(Var v, Set<Var> local) { return active.containsKey(v) || local.contains(v); }

    private Set<Var> boundGlobals(Set<Var> local) {
        var out = new HashSet<Var>();
        for (Var v : active.keySet()) if (v instanceof Var.Global) out.add(v);
        for (Var v : local) if (v instanceof Var.Global) out.add(v);
        return out;
    }

    /**
     * What every forward predecessor of block {@code i} binds below its immediate dominator: the
     * deltas on each predecessor's dominator path up to it, intersected. Paths shared by several
     * predecessors are walked once (the answer of each block on them is kept for this block).
     */
    private Collection<Var> boundByAllPredecessors(int i, int[] depth) {
        int top = idom[i];
        List<Integer> preds = new ArrayList<>();
        for (Block p : dom.predecessors(order.get(i))) {
            int q = dom.rpoNumber(p);
            if (q == top) return List.of();
            if (q >= i) {
                if (dom.dominates(order.get(i), p)) continue; // a back edge binds at least in(i)
                return List.of();
            }
            preds.add(q);
        }
        if (preds.isEmpty()) return List.of();
        // The shallowest predecessor has the shortest path: its union gives the candidates.
        preds.sort((a, b) -> Integer.compare(depth[a], depth[b]));
        Set<Var> candidates = new HashSet<>();
        for (int x = preds.get(0); x != top; x = idom[x]) candidates.addAll(delta.get(x));
        Map<Integer, Set<Var>> found = new HashMap<>();
        found.put(top, Set.of());
        for (int k = 1; k < preds.size() && !candidates.isEmpty(); k++) {
            candidates.retainAll(foundOnPath(preds.get(k), candidates, found));
        }
        return candidates;
    }

    /** The candidates bound on the dominator path from block {@code x} up, memoised per block. */
    private Set<Var> foundOnPath(int x, Set<Var> candidates, Map<Integer, Set<Var>> found) {
        List<Integer> path = new ArrayList<>();
        for (int y = x; !found.containsKey(y); y = idom[y]) path.add(y);
        for (int k = path.size() - 1; k >= 0; k--) {
            int y = path.get(k);
            Set<Var> above = found.get(idom[y]);
            Set<Var> here = null;
            for (Var v : delta.get(y)) {
                if (candidates.contains(v) && !above.contains(v)) {
                    if (here == null) here = new HashSet<>(above);
                    here.add(v);
                }
            }
            found.put(y, here == null ? above : here);
        }
        return found.get(x);
    }

    /** The variables bound at every call met so far (the module body's, for its functions). */
    private static final class CallSets {
        private final Set<Var> atCalls;
        private boolean first = true;

        CallSets(Set<Var> atCalls) { this.atCalls = atCalls; }

        void at(UnboundLoads u, Set<Var> local) {
            if (atCalls == null) return;
            if (first) {
                atCalls.addAll(u.active.keySet());
                atCalls.addAll(local);
                first = false;
            } else {
                atCalls.removeIf(v -> !u.bound(v, local));
            }
        }
    }
}
