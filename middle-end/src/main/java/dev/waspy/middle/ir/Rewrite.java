package dev.waspy.middle.ir;

import java.util.function.UnaryOperator;

/** Rebuilds instructions and terminators with their used temps mapped (definitions untouched). */
public final class Rewrite {
    private Rewrite() {}

    public static Inst uses(Inst i, UnaryOperator<Temp> m) {
        return switch (i) {
            case Inst.Const c -> c;
            case Inst.Load l -> l;
            case Inst.Undef u -> u;
            case Inst.Store s -> new Inst.Store(s.var(), m.apply(s.src()));
            case Inst.PrimOp p -> new Inst.PrimOp(p.dst(), p.prim(), p.args().stream().map(m).toList());
            case Inst.Call c -> new Inst.Call(c.dst(), c.callee(), c.args().stream().map(m).toList());
            case Inst.RtCall c -> new Inst.RtCall(c.dst(), c.function(), c.args().stream().map(m).toList());
            case Inst.CallIndirect c -> new Inst.CallIndirect(c.dst(), m.apply(c.frame()));
            case Inst.Box b -> new Inst.Box(b.dst(), m.apply(b.src()));
            case Inst.Unbox u -> new Inst.Unbox(u.dst(), m.apply(u.src()));
            case Inst.MakeTuple t -> new Inst.MakeTuple(t.dst(), t.items().stream().map(m).toList());
            case Inst.TupleGet g -> new Inst.TupleGet(g.dst(), m.apply(g.tuple()), g.index());
            case Inst.Phi p -> new Inst.Phi(p.dst(), p.args().stream().map(a -> new Inst.PhiArg(a.pred(), m.apply(a.value()))).toList());
        };
    }

    public static Terminator uses(Terminator t, UnaryOperator<Temp> m) {
        return switch (t) {
            case Terminator.Jump j -> j;
            case Terminator.Branch b -> new Terminator.Branch(m.apply(b.cond()), b.ifTrue(), b.ifFalse());
            case Terminator.Return r -> new Terminator.Return(m.apply(r.value()));
            case Terminator.Raise r -> new Terminator.Raise(r.excClass(), r.message() == null ? null : m.apply(r.message()));
            case Terminator.Throw x -> new Terminator.Throw(m.apply(x.exc()));
            case Terminator.Unreachable u -> u;
        };
    }
}
