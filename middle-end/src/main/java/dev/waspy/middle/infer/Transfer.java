package dev.waspy.middle.infer;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
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
 */
final class Transfer {
    private final Instance inst;
    private final boolean[] narrowable;
    private final BiFunction<Instance, Inst.Call, Instance> callees;

    Transfer(Instance inst, boolean[] narrowable, BiFunction<Instance, Inst.Call, Instance> callees) {
        this.inst = inst;
        this.narrowable = narrowable;
        this.callees = callees;
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
            case Inst.PrimOp p -> {
                var row = TypedOps.lookup(p.prim(), p.args().stream().map(inst::type).toList());
                yield row != null ? row.result() : PyType.of(p.dst().type());
            }
            case Inst.Call c -> {
                Instance callee = callees.apply(inst, c);
                yield callee != null ? callee.returns() : PyType.BOTTOM;
            }
            case Inst.Undef u -> PyType.BOTTOM;
            default -> PyType.of(i.def().type());
        };
    }

    private PyType load(Inst.Load l) {
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
