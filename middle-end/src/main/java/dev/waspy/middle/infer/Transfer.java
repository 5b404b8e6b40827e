package dev.waspy.middle.infer;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.types.PyType;
import dev.waspy.middle.types.TypedOps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The type of each instruction's value from its operands' types in one instance. A value whose
 * IR type is not {@code object} is what that type says; a boxed value is what was boxed; a
 * generic operation is what its {@link TypedOps} row gives, else {@code object}; a call is what
 * the callee instance returns. An operand not known yet (bottom) leaves the result bottom, so a
 * value is never widened by a step of the fixpoint.
 *
 * <p>Lists: an instruction that makes a list is an allocation site, and the value a
 * {@code list{site}}; what an operation does with the lists it is given is {@link ListRules}'
 * table, whose reads and writes go to the element {@link Cells}. A list operand of an operation
 * the table does not model, of a store into a variable slot or of a tuple escapes.
 */
final class Transfer {
    private final Instance inst;
    private final boolean[] narrowable;
    private final BiFunction<Instance, Inst.Call, Instance> callees;
    private final Cells cells;

    Transfer(Instance inst, boolean[] narrowable, BiFunction<Instance, Inst.Call, Instance> callees, Cells cells) {
        this.inst = inst;
        this.narrowable = narrowable;
        this.callees = callees;
        this.cells = cells;
    }

    PyType type(Inst i) {
        if (i instanceof Inst.Phi p) {
            PyType t = PyType.BOTTOM;
            for (var a : p.args()) t = t.join(inst.type(a.value()));
            return t;
        }
        for (Temp u : i.uses()) if (inst.type(u) == PyType.BOTTOM) return PyType.BOTTOM;
        return switch (i) {
            case Inst.Const c -> PyType.of(c.value());
            case Inst.Load l -> load(l);
            case Inst.Box b -> inst.type(b.src());
            case Inst.Unbox u -> {
                PyType src = inst.type(u.src());
                if (src.unboxed() && src.repr().equals(u.dst().type())) yield src;
                escapeOperands(u);
                yield PyType.of(u.dst().type());
            }
            case Inst.PrimOp p -> prim(p);
            case Inst.RtCall c -> runtime(c);
            case Inst.Call c -> {
                Instance callee = callees.apply(inst, c); // null until Infer resolves the call, which then analyses this again
                yield callee != null ? callee.returns() : PyType.BOTTOM;
            }
            case Inst.Undef u -> PyType.BOTTOM;
            default -> {
                escapeOperands(i);
                yield PyType.of(i.def().type());
            }
        };
    }

    /**
     * A store into a variable slot. A module global has a cell, read back by {@link #load}; any
     * other slot gives back only its declared type, so a list stored there escapes.
     */
    void store(Inst.Store s) {
        PyType v = inst.type(s.src());
        if (v == PyType.BOTTOM) return;
        if (s.var() instanceof Var.Global g) cells.writeGlobal(g.name(), v);
        else cells.escape(v.sites());
    }

    private PyType prim(Inst.PrimOp p) {
        List<PyType> args = p.args().stream().map(inst::type).toList();
        var row = TypedOps.lookup(p.prim(), args);
        if (row != null) return row.result();
        ListRules.Rule rule = ListRules.PRIMS.get(p.prim());
        if (rule == ListRules.Rule.READ) return PyType.of(p.dst().type());
        if (rule == ListRules.Rule.DERIVED && args.size() == 2) {
            PyType a = args.get(0);
            PyType b = args.get(1);
            if (a.isList() && b.isList() && p.prim() == Prim.OBJ_ADD) return a.join(b);
            if (p.prim() == Prim.OBJ_MUL) {
                if (a.isList() && integral(b)) return a;
                if (b.isList() && integral(a)) return b;
            }
        }
        escapeOperands(p);
        return PyType.of(p.dst().type());
    }

    private PyType runtime(Inst.RtCall c) {
        List<PyType> args = c.args().stream().map(inst::type).toList();
        var inplace = TypedOps.inPlace(c.function().name(), args);
        if (inplace != null) return inplace.result();
        var row = TypedOps.runtimeRow(c.function().name(), args);
        if (row != null) return row.result();
        ListRules.Rule rule = ListRules.RUNTIME.get(c.function().name());
        PyType first = args.isEmpty() ? PyType.BOTTOM : args.get(0);
        boolean list = first.isList();
        boolean range = first.kind() == PyType.Kind.RANGE;
        boolean indexed = args.size() < 2 || integral(args.get(1));
        if (rule != null) {
            switch (rule) {
                case READ -> { return PyType.of(c.dst().type()); }
                case ITEM -> {
                    boolean iterator = first.kind() == PyType.Kind.ITERATOR;
                    boolean next = c.function().name().startsWith("rt_obj_next") || c.function().name().equals("rt_iter_value");
                    boolean rangeItem = range && indexed && c.function().name().equals("rt_obj_getitem");
                    if (next ? iterator : rangeItem || list && (indexed || c.function().name().equals("rt_obj_pop"))) {
                        PyType item = cells.read(first.sites(), inst);
                        return args.size() == 2 && next ? item.join(args.get(1)) : item;
                    }
                }
                case DERIVED -> {
                    if (list && (!c.function().name().equals("rt_obj_imul") || integral(args.get(1)))) return first;
                    if (first.kind() == PyType.Kind.ITERATOR && c.function().name().equals("rt_obj_to_list")) {
                        return PyType.list(first.sites());
                    }
                    if (range && c.function().name().equals("rt_obj_to_list")) {
                        var made = List.of(cells.site(c, true));
                        cells.write(made, cells.read(first.sites(), inst));
                        return PyType.list(made);
                    }
                }
                case ITER -> {
                    if (list || range) return PyType.iterator(first.sites());
                }
                case STORE -> {
                    if (list && (indexed || c.function().name().equals("rt_list_append"))) {
                        cells.write(first.sites(), args.get(args.size() - 1));
                        return PyType.of(c.dst().type());
                    }
                }
                case EXTEND -> {
                    if (list) {
                        PyType from = args.get(1);
                        boolean items = from.isList() || from.kind() == PyType.Kind.ITERATOR;
                        cells.write(first.sites(), items ? cells.read(from.sites(), inst) : PyType.OBJECT);
                        if (!items) cells.escape(from.sites());
                        return c.dst().type() instanceof IrType.NoneType ? PyType.NONE : first;
                    }
                }
                case SAME -> { return first; }
            }
        }
        escapeOperands(c);
        if (c.function().name().equals("rt_range_new")) {
            var made = List.of(cells.site(c, true));
            cells.write(made, PyType.INT);
            return PyType.range(made);
        }
        if (c.dst().type() instanceof IrType.ListT) {
            boolean empty = c.function().name().equals("rt_list_empty");
            return PyType.list(List.of(cells.site(c, empty)));
        }
        return PyType.of(c.dst().type());
    }

    private static boolean integral(PyType t) {
        return t == PyType.INT || t == PyType.BOOL;
    }

    private void escapeOperands(Inst i) {
        for (Temp u : i.uses()) cells.escape(inst.type(u).sites());
    }

    private PyType load(Inst.Load l) {
        if (l.var() instanceof Var.Global g && g.type() instanceof IrType.Obj) return cells.readGlobal(g.name(), inst);
        int k = inst.def().params().indexOf(l.var());
        if (k >= 0 && narrowable[k]) return inst.params().get(k);
        return PyType.of(l.var().type());
    }

    /**
     * The parameters an instance may specialize: boxed ones that are only read (a parameter
     * stored to stays a slot of its declared type, and so keeps {@code object}).
     */
    static boolean[] narrowableParams(IrFunction f) {
        List<Var.Local> params = f.params();
        var stored = new ArrayList<Var>();
        for (Block b : f.blocks()) for (Inst i : b.insts()) if (i instanceof Inst.Store s) stored.add(s.var());
        boolean[] out = new boolean[params.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = params.get(k).type() instanceof IrType.Obj && !stored.contains(params.get(k));
        }
        return out;
    }
}
