package dev.waspy.middle.specialize;

import dev.waspy.middle.infer.Instance;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.types.PyType;
import dev.waspy.middle.types.TypedOps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one function instance as a new function: the definition's blocks and instructions, with
 * every value of a scalar type held unboxed ({@link PyType#repr}), every generic operation a
 * {@link TypedOps} row matches replaced by its typed primitive, and every direct call calling the
 * callee's instance. Three ways of asking for a value keep the representations consistent:
 * {@link #narrow} (its unboxed form: a box's operand, a row's result), {@link #boxed} (as
 * {@code object}: the original box, or a box emitted right after the value's definition, which
 * dead-code removes when nothing needs it) and {@link #as} (in a given IR type).
 */
public final class Specialization {
    private final Instance inst;
    private final IrFunction old;
    private final IrFunction fn;
    private final Temp[] defs;
    private final Temp[] mapped;
    private final Temp[] boxes;
    /** A value that is another one unboxed or unchanged: a box of a scalar, an identity row, an unbox of a box. */
    private final Temp[] alias;
    private final boolean[] byBox;
    /** The object an opaque operation (a runtime call, a generic primitive) gives, for a value inference narrowed: unboxed right after. */
    private final Temp[] raw;
    private final Map<Inst, TypedOps.Row> rows = new IdentityHashMap<>();
    private final Map<Integer, Constant> constants = new HashMap<>();
    private final Map<Inst, TypedOps.RuntimeRow> runtimeRows = new IdentityHashMap<>();
    private final Map<Block, Block> blocks = new IdentityHashMap<>();
    private final Map<Var, Var> vars = new HashMap<>();
    private final Map<IrType, Temp> undefs = new java.util.LinkedHashMap<>();
    private final Counts counts;

    /** What the rewrite did, for the pass's counters. */
    public static final class Counts {
        public int typed;
        public int generic;
        public int boxesRemoved;
    }

    private Specialization(Instance inst, Map<Var.Global, Var.Global> globals, Counts counts) {
        this.inst = inst;
        this.old = inst.def();
        this.counts = counts;
        int n = old.tempCount();
        defs = new Temp[n];
        mapped = new Temp[n];
        boxes = new Temp[n];
        alias = new Temp[n];
        byBox = new boolean[n];
        raw = new Temp[n];
        vars.putAll(globals);
        var params = new ArrayList<Var.Local>();
        for (int k = 0; k < old.params().size(); k++) {
            Var.Local p = old.params().get(k);
            var np = new Var.Local(p.name(), isObj(p.type()) ? inst.params().get(k).repr() : p.type());
            params.add(np);
            vars.put(p, np);
        }
        IrType ret = isObj(old.returnType()) && !old.tableEntry() ? inst.returns().repr() : old.returnType();
        fn = new IrFunction(inst.name(), params, ret);
        fn.setSource(old.sourceName(), old.sourceLine());
        if (old.tableEntry()) fn.setTableEntry();
        for (Var.Local l : old.locals().subList(params.size(), old.locals().size())) vars.put(l, fn.addLocal(l.name(), l.type()));
    }

    /**
     * The instance as a new function named {@link Instance#name()}; {@code globals} maps each
     * module global inference typed to the same global in its narrower representation.
     */
    public static IrFunction rewrite(Instance inst, Map<Var.Global, Var.Global> globals, Counts counts) {
        var s = new Specialization(inst, globals, counts);
        s.plan();
        s.emit();
        return s.fn;
    }

    /** Decides, before anything is emitted, each value's representation, rows and aliases. */
    private void plan() {
        for (Block b : old.blocks()) {
            for (Inst i : b.insts()) {
                Temp d = i.def();
                if (d == null) continue;
                defs[d.id()] = d;
                if (i instanceof Inst.Const c) constants.put(d.id(), c.value());
                switch (i) {
                    case Inst.Box x -> {
                        byBox[d.id()] = true;
                        if (narrowed(d)) alias[d.id()] = x.src();
                    }
                    case Inst.Unbox u -> {
                        PyType src = inst.type(u.src());
                        if (src.unboxed() && src.repr().equals(d.type())) alias[d.id()] = u.src();
                    }
                    case Inst.PrimOp p -> {
                        var row = TypedOps.lookup(p.prim(), p.args().stream().map(inst::type).toList());
                        if (row != null) {
                            rows.put(i, row);
                            if (row.identity()) alias[d.id()] = p.args().get(0);
                        } else if (narrowed(d)) {
                            raw[d.id()] = fn.newTemp(IrType.OBJ);
                        }
                    }
                    case Inst.RtCall c -> {
                        List<PyType> args = c.args().stream().map(inst::type).toList();
                        var row = TypedOps.inPlace(c.function().name(), args);
                        var rtRow = TypedOps.runtimeRow(c.function().name(), args);
                        if (row != null) rows.put(i, row);
                        else if (rtRow != null) runtimeRows.put(i, rtRow);
                        else if (KnownTypes.passes(this, c)) alias[d.id()] = c.args().get(0);
                        else if (narrowed(d)) raw[d.id()] = fn.newTemp(IrType.OBJ);
                    }
                    case Inst.Load l -> {
                        boolean typedGlobal = !isObj(var(l.var()).type());
                        if (l.var() instanceof Var.Global && narrowed(d) && !typedGlobal) raw[d.id()] = fn.newTemp(IrType.OBJ);
                    }
                    default -> { }
                }
            }
        }
        for (int id = 0; id < defs.length; id++) {
            Temp d = defs[id];
            IrType t = d == null || byBox[id] ? IrType.OBJ : narrowed(d) && alias[id] == null ? inst.type(d).repr() : d.type();
            mapped[id] = fn.newTemp(t);
        }
        for (int id = 0; id < defs.length; id++) {
            if (defs[id] != null && narrowed(defs[id]) && alias[id] == null && raw[id] == null) boxes[id] = fn.newTemp(IrType.OBJ);
        }
    }

    /** A boxed value inference proved to be a scalar: held unboxed from now on. */
    private boolean narrowed(Temp t) {
        return isObj(t.type()) && inst.type(t).unboxed();
    }

    private void emit() {
        for (Block b : old.blocks()) blocks.put(b, fn.newBlock());
        for (Block b : old.blocks()) {
            Block nb = blocks.get(b);
            var pendingBoxes = new ArrayList<Temp>();
            for (Inst i : b.insts()) {
                if (i instanceof Inst.Phi p) {
                    Temp d = mapped[p.dst().id()];
                    nb.add(new Inst.Phi(d, p.args().stream().map(a -> new Inst.PhiArg(blocks.get(a.pred()), as(a.value(), d.type()))).toList()));
                    pendingBoxes.add(p.dst());
                    continue;
                }
                for (Temp t : pendingBoxes) boxAfter(nb, t);
                pendingBoxes.clear();
                instruction(nb, i);
                if (i.def() != null) boxAfter(nb, i.def());
            }
            for (Temp t : pendingBoxes) boxAfter(nb, t);
            fn.setTerminator(nb, terminator(b.terminator()));
            if (b.handler() != null) fn.setHandler(nb, blocks.get(b.handler()));
        }
        int k = 0;
        for (var e : undefs.entrySet()) fn.entry().insts().add(k++, new Inst.Undef(e.getValue()));
    }

    private void boxAfter(Block nb, Temp t) {
        Temp box = boxes[t.id()];
        if (box != null) nb.add(new Inst.Box(box, mapped[t.id()]));
    }

    private void instruction(Block nb, Inst i) {
        switch (i) {
            case Inst.Const c -> nb.add(new Inst.Const(mapped(c.dst()), c.value()));
            case Inst.Load l -> {
                nb.add(new Inst.Load(produced(l.dst()), var(l.var())));
                unboxRaw(nb, l.dst());
            }
            case Inst.Store s -> nb.add(new Inst.Store(var(s.var()), as(s.src(), var(s.var()).type())));
            case Inst.PrimOp p -> {
                TypedOps.Row row = rows.get(i);
                Boolean known = row == null ? KnownTypes.answer(this, p) : null;
                if (known != null) {
                    counts.typed++;
                    nb.add(new Inst.Const(produced(p.dst()), new Constant.BoolC(known)));
                    unboxRaw(nb, p.dst());
                } else if (row == null && DictSetOps.rewrite(this, nb, p)) {
                    counts.typed++;
                    unboxRaw(nb, p.dst());
                } else if (row == null) {
                    if (p.prim().opName().startsWith("obj.")) counts.generic++;
                    nb.add(new Inst.PrimOp(produced(p.dst()), p.prim(), same(p.args())));
                    unboxRaw(nb, p.dst());
                } else if (!row.identity()) {
                    counts.typed++;
                    nb.add(new Inst.PrimOp(mapped(p.dst()), row.typed(), typedArgs(nb, row, p.args())));
                } else {
                    counts.typed++;
                }
            }
            case Inst.Call c -> call(nb, c);
            case Inst.RtCall c when runtimeRows.containsKey(c) -> {
                counts.typed++;
                TypedOps.RuntimeRow r = runtimeRows.get(c);
                var args = new ArrayList<Temp>();
                for (int k = 0; k < c.args().size(); k++) args.add(as(c.args().get(k), r.operands().get(k).repr()));
                nb.add(r.prim() != null ? new Inst.PrimOp(mapped(c.dst()), r.prim(), args)
                        : new Inst.RtCall(mapped(c.dst()), dev.waspy.middle.rt.RuntimeFunctions.get(r.runtime()), args));
            }
            case Inst.RtCall c when alias[c.dst().id()] != null -> counts.typed++;
            case Inst.RtCall c when rows.containsKey(c) -> {
                counts.typed++;
                nb.add(new Inst.PrimOp(mapped(c.dst()), rows.get(c).typed(), typedArgs(nb, rows.get(c), c.args())));
            }
            case Inst.RtCall c -> {
                if (!ListOps.rewrite(this, nb, c) && !DictSetOps.rewrite(this, nb, c) && !KnownTypes.rewrite(this, nb, c)) {
                    nb.add(new Inst.RtCall(produced(c.dst()), c.function(), same(c.args())));
                }
                unboxRaw(nb, c.dst());
            }
            case Inst.Box x -> {
                if (alias[x.dst().id()] != null) counts.boxesRemoved++;
                nb.add(new Inst.Box(mapped(x.dst()), narrow(x.src())));
            }
            case Inst.Unbox u -> {
                if (alias[u.dst().id()] == null) nb.add(new Inst.Unbox(mapped(u.dst()), boxed(u.src())));
            }
            case Inst.MakeTuple t -> nb.add(new Inst.MakeTuple(mapped(t.dst()), same(t.items())));
            case Inst.CallIndirect c -> {
                nb.add(new Inst.CallIndirect(produced(c.dst()), same(List.of(c.frame())).get(0)));
                unboxRaw(nb, c.dst());
            }
            case Inst.TupleGet g -> nb.add(new Inst.TupleGet(mapped(g.dst()), as(g.tuple(), g.tuple().type()), g.index()));
            case Inst.Undef u -> nb.add(new Inst.Undef(mapped(u.dst())));
            case Inst.Phi p -> throw new IllegalStateException("phis are emitted first");
        }
    }

    private List<Temp> typedArgs(Block nb, TypedOps.Row row, List<Temp> args) {
        var out = new ArrayList<Temp>();
        for (int k = 0; k < args.size(); k++) {
            Temp a = as(args.get(k), row.operands().get(k).repr());
            Prim conv = row.conversions().get(k);
            if (conv != null) {
                Temp c = fn.newTemp(conv.result());
                nb.add(new Inst.PrimOp(c, conv, List.of(a)));
                a = c;
            }
            out.add(a);
        }
        return out;
    }

    private void call(Block nb, Inst.Call c) {
        Instance callee = inst.callee(c);
        if (callee == null) {
            nb.add(new Inst.Call(mapped(c.dst()), c.callee(), same(c.args())));
            return;
        }
        var args = new ArrayList<Temp>();
        for (int k = 0; k < c.args().size(); k++) {
            IrType declared = callee.def().params().get(k).type();
            args.add(as(c.args().get(k), isObj(declared) ? callee.params().get(k).repr() : declared));
        }
        IrType returned = isObj(callee.def().returnType()) ? callee.returns().repr() : callee.def().returnType();
        Temp dst = mapped(c.dst());
        if (returned.equals(dst.type())) {
            nb.add(new Inst.Call(dst, callee.name(), args));
            return;
        }
        // The call's value was typed wider than this callee returns (an earlier step of the fixpoint).
        Temp r = fn.newTemp(returned);
        nb.add(new Inst.Call(r, callee.name(), args));
        nb.add(isObj(dst.type()) ? new Inst.Box(dst, r) : new Inst.Unbox(dst, r));
    }

    private Terminator terminator(Terminator t) {
        return switch (t) {
            case Terminator.Jump j -> new Terminator.Jump(blocks.get(j.target()));
            case Terminator.Branch br -> new Terminator.Branch(as(br.cond(), br.cond().type()), blocks.get(br.ifTrue()), blocks.get(br.ifFalse()));
            case Terminator.Return r -> new Terminator.Return(as(r.value(), fn.returnType()));
            case Terminator.Raise r -> new Terminator.Raise(r.excClass(), r.message() == null ? null : as(r.message(), r.message().type()));
            case Terminator.Throw x -> new Terminator.Throw(as(x.exc(), IrType.OBJ));
            case Terminator.Unreachable u -> u;
        };
    }

    /** Operands of an instruction left as it is: each in the IR type it had. */
    private List<Temp> same(List<Temp> args) {
        return args.stream().map(a -> as(a, a.type())).toList();
    }

    private Temp mapped(Temp t) { return mapped[t.id()]; }

    /** Where an opaque operation leaves its value: the raw object when inference narrowed it, else its mapped temp. */
    Temp produced(Temp t) { return raw[t.id()] != null ? raw[t.id()] : mapped(t); }

    private void unboxRaw(Block nb, Temp t) {
        if (raw[t.id()] != null) nb.add(new Inst.Unbox(mapped(t), raw[t.id()]));
    }

    /** The constant a value of the definition is, or null. */
    Constant constantOf(Temp t) { return constants.get(t.id()); }

    /** What inference found the value to be in this instance. */
    PyType typeOf(Temp t) { return inst.type(t); }

    private Var var(Var v) { return vars.getOrDefault(v, v); }

    /** The value in IR type {@code want}: boxed, unboxed, or (a value never produced) an undef of that type. */
    Temp as(Temp t, IrType want) {
        if (isObj(want)) return boxed(t);
        Temp n = narrow(t);
        if (n.type().equals(want)) return n;
        if (inst.type(t) == PyType.BOTTOM) return undefs.computeIfAbsent(want, fn::newTemp);
        throw new IllegalStateException(t + ": " + n.type().show() + " where " + want.show() + " is needed in " + fn.name());
    }

    /** The unboxed form: what a box boxed, what an identity row returns, else the value itself. */
    private Temp narrow(Temp t) {
        Temp a = alias[t.id()];
        return a != null ? narrow(a) : mapped(t);
    }

    /** The value as an object: a box as it was, an alias's object, the box after its definition, or itself. */
    private Temp boxed(Temp t) {
        if (byBox[t.id()]) return mapped(t);
        if (alias[t.id()] != null) return boxed(alias[t.id()]);
        if (raw[t.id()] != null) return raw[t.id()];
        if (boxes[t.id()] != null) return boxes[t.id()];
        Temp m = mapped(t);
        if (isObj(m.type())) return m;
        if (inst.type(t) == PyType.BOTTOM) return undefs.computeIfAbsent(IrType.OBJ, fn::newTemp);
        throw new IllegalStateException(t + " is needed as an object in " + fn.name());
    }

    private static boolean isObj(IrType t) { return t instanceof IrType.Obj; }
}
