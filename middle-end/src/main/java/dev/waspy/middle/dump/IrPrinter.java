package dev.waspy.middle.dump;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.PyRepr;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text form of the IR: stable (blocks in order, temps by number) so golden tests can compare
 * it. One instruction per line, {@code %N: type = op operands}; each block lists its predecessors.
 * <pre>
 * def sq(x: int) -> int:
 * b0:
 *   %0: int = load x
 *   %1: int = int.mul %0, %0
 *   return %1
 * </pre>
 */
public final class IrPrinter {
    private IrPrinter() {}

    public static String print(IrProgram p) {
        var sb = new StringBuilder();
        for (Var.Global g : p.globals()) sb.append("global ").append(g.name()).append(": ").append(g.type().show()).append('\n');
        if (!p.globals().isEmpty()) sb.append('\n');
        boolean first = true;
        for (IrFunction f : p.functions()) {
            if (!first) sb.append('\n');
            first = false;
            sb.append(print(f));
        }
        return sb.toString();
    }

    public static String print(IrFunction f) {
        var sb = new StringBuilder();
        sb.append(header(f)).append('\n');
        var extra = f.locals().subList(f.params().size(), f.locals().size());
        if (!extra.isEmpty()) {
            sb.append("  locals ").append(extra.stream().map(v -> v.name() + ": " + v.type().show())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        for (Block b : f.blocks()) sb.append(print(f, b));
        return sb.toString();
    }

    public static String header(IrFunction f) {
        return "def " + f.name() + "(" + f.params().stream().map(v -> v.name() + ": " + v.type().show())
                .collect(Collectors.joining(", ")) + ") -> " + f.returnType().show() + ":";
    }

    public static String print(IrFunction f, Block b) {
        var sb = new StringBuilder(b.label()).append(':');
        List<Block> preds = f.cfg().incomingEdgesOf(b).stream().map(e -> f.cfg().getEdgeSource(e))
                .distinct().sorted(java.util.Comparator.comparingInt(Block::id)).toList();
        if (!preds.isEmpty()) {
            sb.append("  # preds ").append(preds.stream().map(Block::label).collect(Collectors.joining(", ")));
        }
        if (b.handler() != null) sb.append("  # handler ").append(b.handler().label());
        sb.append('\n');
        for (Inst i : b.insts()) sb.append("  ").append(inst(i)).append('\n');
        sb.append("  ").append(b.terminator() == null ? "<no terminator>" : terminator(b.terminator())).append('\n');
        return sb.toString();
    }

    public static String inst(Inst i) {
        String rhs = switch (i) {
            case Inst.Const c -> "const " + constant(c.value());
            case Inst.Load l -> "load " + var(l.var());
            case Inst.Undef u -> "undef";
            case Inst.Store s -> "store " + var(s.var()) + ", " + s.src();
            case Inst.PrimOp p -> p.prim().opName() + operands(p.args());
            case Inst.Call c -> "call " + c.callee() + "(" + join(c.args()) + ")";
            case Inst.RtCall c -> "rt " + c.function().name() + "(" + join(c.args()) + ")";
            case Inst.CallIndirect c -> "call_indirect " + c.frame();
            case Inst.Box b -> "box " + b.src();
            case Inst.Unbox u -> "unbox " + u.src();
            case Inst.MakeTuple t -> "tuple" + operands(t.items());
            case Inst.TupleGet g -> "tuple.get " + g.tuple() + ", " + g.index();
            case Inst.Phi p -> "phi " + p.args().stream().map(a -> "[" + a.pred().label() + ": " + a.value() + "]")
                    .collect(Collectors.joining(", "));
        };
        Temp d = i.def();
        return d == null ? rhs : d + ": " + d.type().show() + " = " + rhs;
    }

    public static String terminator(Terminator t) {
        return switch (t) {
            case Terminator.Jump j -> "jump " + j.target().label();
            case Terminator.Branch b -> "branch " + b.cond() + ", " + b.ifTrue().label() + ", " + b.ifFalse().label();
            case Terminator.Return r -> "return " + r.value();
            case Terminator.Raise r -> "raise " + r.excClass() + (r.message() == null ? "" : ", " + r.message());
            case Terminator.Throw x -> "throw " + x.exc();
            case Terminator.Unreachable u -> "unreachable";
        };
    }

    public static String constant(Constant c) {
        return switch (c) {
            case Constant.IntC i -> i.value().toString();
            case Constant.FloatC f -> PyRepr.ofFloat(f.value());
            case Constant.BoolC b -> b.value() ? "True" : "False";
            case Constant.NoneC n -> "None";
            case Constant.StrC s -> PyRepr.ofStr(s.value());
        };
    }

    private static String var(Var v) {
        return switch (v) {
            case Var.Local l -> l.name();
            case Var.Global g -> "global " + g.name();
        };
    }

    private static String operands(List<Temp> ts) { return ts.isEmpty() ? "" : " " + join(ts); }

    private static String join(List<Temp> ts) { return ts.stream().map(Temp::toString).collect(Collectors.joining(", ")); }
}
