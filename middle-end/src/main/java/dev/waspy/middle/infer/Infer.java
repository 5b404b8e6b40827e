package dev.waspy.middle.infer;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.types.PyType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type inference over the whole program (FOUNDATION.md, section 5): a worklist of function
 * instances. Analysing an instance runs {@link Transfer} over its SSA values to a fixpoint (types
 * only grow, and the lattice is finite, so this ends), then resolves each direct call to the
 * instance for its argument types, creating it on first use: at most {@link #MAX_SPECIALIZED}
 * per definition, after which a call with new argument types calls an instance whose parameters
 * cover them, or else the definition's one shared instance, whose parameters grow to the join of
 * every call routed to it (its values' types only grow with them: the transfer is monotone). When an instance's return type grows, the instances calling it are
 * analysed again.
 *
 * <p>A call whose arguments are not all known yet (a bottom argument: a value not reached so far)
 * is not resolved, so no instance is made for a signature that is only a step of the fixpoint.
 * Once the worklist is empty, the calls still unresolved (their arguments never get a value: the
 * call is never reached) are resolved with {@code object} for the unknown arguments, and
 * definitions no call reaches get an instance with {@code object} parameters.
 */
public final class Infer {
    /** Instances per definition before calls with new argument types share a joined one. */
    public static final int MAX_SPECIALIZED = 4;

    private final IrProgram program;
    private final Map<IrFunction, Def> defs = new LinkedHashMap<>();
    private final List<Instance> created = new ArrayList<>();
    private final List<Instance> roots = new ArrayList<>();
    private final ArrayDeque<Instance> queue = new ArrayDeque<>();
    private final Set<Instance> queued = new LinkedHashSet<>();
    /** Set once the worklist first drains: unknown arguments then resolve as object. */
    private boolean settle;
    private final Cells cells = new Cells(this::enqueue);

    private Infer(IrProgram program) {
        this.program = program;
        for (IrFunction f : program.functions()) defs.put(f, new Def(f));
    }

    public static Inference run(IrProgram program) {
        var in = new Infer(program);
        in.solve();
        return new Inference(program.functions(), in.created, in.roots, in.cells.globals());
    }

    private void solve() {
        roots.add(defs.get(program.module()).instance(List.of(), true, this));
        drain();
        settle = true;
        for (Instance i : List.copyOf(created)) enqueue(i);
        drain();
        for (Def d : defs.values()) {
            if (d.exact.isEmpty() && d.shared == null) {
                roots.add(d.instance(Collections.nCopies(d.fn.params().size(), PyType.OBJECT), true, this));
                drain();
            }
        }
        var taken = new java.util.HashSet<String>();
        for (Instance i : created) {
            String name = i.baseName();
            for (int k = 2; !taken.add(name); k++) name = i.baseName() + "#" + k;
            i.name = name;
        }
    }

    private void drain() {
        while (!queue.isEmpty()) {
            Instance i = queue.poll();
            queued.remove(i);
            analyse(i);
        }
    }

    void enqueue(Instance i) {
        if (queued.add(i)) queue.add(i);
    }

    void created(Instance i) {
        created.add(i);
        enqueue(i);
    }

    private void analyse(Instance inst) {
        var transfer = new Transfer(inst, defs.get(inst.def()).narrowable, this::lookup, cells);
        IrFunction f = inst.def();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : f.blocks()) {
                for (Inst i : b.insts()) {
                    if (i instanceof Inst.Store s) transfer.store(s);
                    if (i.def() == null) continue;
                    PyType old = inst.types[i.def().id()];
                    PyType now = old.join(transfer.type(i));
                    if (!now.equals(old)) {
                        inst.types[i.def().id()] = now;
                        changed = true;
                    }
                }
            }
        }
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) if (i instanceof Inst.Call c) resolve(inst, c);
        }
        PyType ret = inst.returns;
        for (Block b : f.blocks()) {
            if (b.terminator() instanceof Terminator.Return r) ret = ret.join(inst.type(r.value()));
        }
        if (!ret.equals(inst.returns)) {
            inst.returns = ret;
            for (Instance caller : inst.callers) enqueue(caller);
        }
    }

    /** The instance a call reaches with its current argument types, made if needed; null while an argument is unknown. */
    private void resolve(Instance caller, Inst.Call c) {
        IrFunction callee = program.function(c.callee());
        if (callee == null) {
            for (var a : c.args()) cells.escape(caller.type(a).sites());
            return;
        }
        List<PyType> sig = signature(caller, c);
        if (sig == null) return;
        boolean[] narrowable = defs.get(callee).narrowable;
        for (int k = 0; k < sig.size(); k++) if (!narrowable[k]) cells.escape(sig.get(k).sites());
        Instance target = defs.get(callee).instance(sig, true, this);
        caller.callees.put(c, target);
        if (target.callers.add(caller) && target.returns != PyType.BOTTOM) enqueue(caller);
    }

    /** The instance a call reaches now, without making one (for the transfer functions). */
    private Instance lookup(Instance caller, Inst.Call c) {
        IrFunction callee = program.function(c.callee());
        List<PyType> sig = callee == null ? null : signature(caller, c);
        return sig == null ? null : defs.get(callee).instance(sig, false, this);
    }

    private List<PyType> signature(Instance caller, Inst.Call c) {
        var sig = new ArrayList<PyType>();
        for (var a : c.args()) {
            PyType t = caller.type(a);
            if (t == PyType.BOTTOM) {
                if (!settle) return null;
                t = PyType.OBJECT;
            }
            sig.add(t);
        }
        return sig;
    }

    /** A definition's instances by signature, and which parameters may be specialized. */
    private static final class Def {
        final IrFunction fn;
        final Map<List<PyType>, Instance> exact = new LinkedHashMap<>();
        final boolean[] narrowable;
        Instance shared;

        Def(IrFunction fn) {
            this.fn = fn;
            this.narrowable = Transfer.narrowableParams(fn);
        }

        Instance instance(List<PyType> args, boolean make, Infer in) {
            var sig = new ArrayList<PyType>(args.size());
            for (int k = 0; k < args.size(); k++) sig.add(narrowable[k] ? args.get(k) : PyType.OBJECT);
            Instance found = exact.get(sig);
            if (found != null) return found;
            if (exact.size() < MAX_SPECIALIZED) {
                if (!make) return null;
                var i = new Instance(fn, sig);
                exact.put(sig, i);
                in.created(i);
                return i;
            }
            for (Instance i : exact.values()) if (join(i.params(), sig).equals(i.params())) return i;
            if (shared == null) {
                if (!make) return null;
                shared = new Instance(fn, sig);
                in.created(shared);
            } else if (make && !join(shared.params(), sig).equals(shared.params())) {
                shared.widen(join(shared.params(), sig));
                in.enqueue(shared);
            }
            return shared;
        }

        private static List<PyType> join(List<PyType> a, List<PyType> b) {
            var out = new ArrayList<PyType>(a.size());
            for (int k = 0; k < a.size(); k++) out.add(a.get(k).join(b.get(k)));
            return out;
        }
    }
}
