package dev.waspy.middle.build;

import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HFunction;
import dev.waspy.frontend.hir.HStmt;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.types.Type;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeFunction;
import dev.waspy.middle.rt.RuntimeFunctions;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one function's CFG from its HIR. Variables stay in slots (loads and stores); values
 * that meet at a join (the result of {@code and}/{@code or}, of a conditional expression) go
 * through a fresh slot too, so the builder never needs phis: mem2reg's job, later. Code after a
 * {@code return}, {@code break} or {@code continue} goes into a block with no predecessor, which
 * the {@code dead-blocks} pass removes.
 */
final class FunctionBuilder {
    private record Loop(Block continueTo, Block breakTo) {}

    private final ProgramBuilder program;
    private final HFunction h;
    private final IrFunction fn;
    private final Map<String, Var.Local> locals = new HashMap<>();
    private final Deque<Loop> loops = new ArrayDeque<>();
    private Block cur;
    private int joins;

    FunctionBuilder(ProgramBuilder program, HFunction h) {
        this.program = program;
        this.h = h;
        var params = new ArrayList<Var.Local>();
        for (HVar p : h.params()) params.add(new Var.Local(p.name(), IrTypes.of(p.type())));
        this.fn = new IrFunction(h.name(), params, IrTypes.of(h.returnType()));
        for (Var.Local p : params) locals.put(p.name(), p);
        for (HVar l : h.locals()) {
            if (!locals.containsKey(l.name())) locals.put(l.name(), fn.addLocal(l.name(), IrTypes.of(l.type())));
        }
    }

    IrFunction build() {
        fn.setSource(program.sourceName(), h.line());
        cur = fn.newBlock();
        stmts(h.body());
        if (cur != fn.entry() && cur.insts().isEmpty() && fn.cfg().inDegreeOf(cur) == 0) {
            fn.removeBlocks(List.of(cur)); // the empty block opened after the final return
        } else if (cur.terminator() == null) {
            fn.setTerminator(cur, new Terminator.Unreachable());
        }
        return fn;
    }

    // ---- emission helpers ----

    private Temp emit(IrType type, java.util.function.Function<Temp, Inst> make) {
        Temp t = fn.newTemp(type);
        cur.add(make.apply(t));
        return t;
    }

    private Temp prim(Prim p, Temp... args) {
        return emit(p.result(), t -> new Inst.PrimOp(t, p, List.of(args)));
    }

    private Temp constant(Constant c) { return emit(c.type(), t -> new Inst.Const(t, c)); }

    private void terminate(Terminator t) {
        fn.setTerminator(cur, t);
        cur = fn.newBlock(); // whatever follows is unreachable until a jump targets a new block
    }

    private void jumpTo(Block target) {
        fn.setTerminator(cur, new Terminator.Jump(target));
    }

    private Var var(HVar v) {
        if (v.global()) return program.global(v.name());
        Var.Local l = locals.get(v.name());
        if (l == null) throw new IllegalStateException("unknown local " + v.name() + " in " + h.name());
        return l;
    }

    private Var.Local joinSlot(IrType t) { return fn.addLocal("$j" + joins++, t); }

    // ---- statements ----

    private void stmts(List<HStmt> body) {
        for (HStmt s : body) stmt(s);
    }

    private void stmt(HStmt s) {
        switch (s) {
            case HStmt.Assign a -> {
                Temp v = expr(a.value());
                cur.add(new Inst.Store(var(a.var()), v));
            }
            case HStmt.Eval e -> {
                expr(e.expr());
                if (e.expr() instanceof HExpr.Builtin b && b.op() == BuiltinOp.EXIT) terminate(new Terminator.Unreachable());
            }
            case HStmt.If i -> {
                Temp c = expr(i.cond());
                Block then = fn.newBlock();
                Block orelse = i.orelse().isEmpty() ? null : fn.newBlock();
                Block after = fn.newBlock();
                fn.setTerminator(cur, new Terminator.Branch(c, then, orelse == null ? after : orelse));
                cur = then;
                stmts(i.then());
                jumpTo(after);
                if (orelse != null) {
                    cur = orelse;
                    stmts(i.orelse());
                    jumpTo(after);
                }
                cur = after;
            }
            case HStmt.While w -> {
                Block head = fn.newBlock();
                Block body = fn.newBlock();
                Block orelse = fn.newBlock();
                Block after = fn.newBlock();
                jumpTo(head);
                cur = head;
                Temp c = expr(w.cond());
                fn.setTerminator(cur, new Terminator.Branch(c, body, orelse));
                loop(body, head, after, w.body());
                cur = orelse;
                stmts(w.orelse());
                jumpTo(after);
                cur = after;
            }
            case HStmt.ForRange f -> forRange(f);
            case HStmt.Raise r -> {
                Temp msg = expr(r.message());
                terminate(new Terminator.Raise(r.excClass(), msg));
            }
            case HStmt.Break b -> terminate(new Terminator.Jump(loops.peek().breakTo()));
            case HStmt.Continue c -> terminate(new Terminator.Jump(loops.peek().continueTo()));
            case HStmt.Return r -> {
                Temp v = expr(r.value());
                terminate(new Terminator.Return(v));
            }
        }
    }

    private void loop(Block body, Block continueTo, Block breakTo, List<HStmt> stmts) {
        loops.push(new Loop(continueTo, breakTo));
        cur = body;
        stmts(stmts);
        jumpTo(continueTo);
        loops.pop();
    }

    /**
     * <pre>
     *   counter = start; stop = ...; step = ...     (a zero step raises ValueError)
     * head: if (step > 0 ? counter < stop : counter > stop) goto body else orelse
     * body: target = counter; ...; goto latch
     * latch: counter = counter + step; goto head
     * </pre>
     * With a constant step only one comparison is emitted.
     */
    private void forRange(HStmt.ForRange f) {
        Var counter = var(f.counter());
        Var stop = var(f.stopVar());
        Var step = var(f.stepVar());
        store(counter, expr(f.start()));
        store(stop, expr(f.stop()));
        BigInteger constStep = f.step() instanceof HExpr.Const c && c.value() instanceof BigInteger b ? b : null;
        store(step, expr(f.step()));
        if (constStep == null) {
            Temp st = load(step);
            Temp zero = constant(Constant.of(0));
            Temp isZero = prim(Prim.INT_EQ, st, zero);
            Block bad = fn.newBlock();
            Block ok = fn.newBlock();
            fn.setTerminator(cur, new Terminator.Branch(isZero, bad, ok));
            cur = bad;
            Temp msg = constant(new Constant.StrC("range() arg 3 must not be zero"));
            fn.setTerminator(cur, new Terminator.Raise("ValueError", msg));
            cur = ok;
        } else if (constStep.signum() == 0) {
            Temp msg = constant(new Constant.StrC("range() arg 3 must not be zero"));
            terminate(new Terminator.Raise("ValueError", msg));
        }
        Block head = fn.newBlock();
        Block body = fn.newBlock();
        Block latch = fn.newBlock();
        Block orelse = fn.newBlock();
        Block after = fn.newBlock();
        jumpTo(head);
        cur = head;
        Temp i = load(counter);
        Temp s = load(stop);
        Temp cond;
        if (constStep != null) {
            cond = prim(constStep.signum() > 0 ? Prim.INT_LT : Prim.INT_GT, i, s);
        } else {
            Temp st = load(step);
            Temp zero = constant(Constant.of(0));
            Temp up = prim(Prim.INT_GT, st, zero);
            Temp below = prim(Prim.INT_LT, i, s);
            Temp above = prim(Prim.INT_GT, i, s);
            // (step > 0 and i < stop) or (step <= 0 and i > stop): both sides are plain bools, so
            // bitwise and/or computes it without branches.
            Temp a = prim(Prim.BOOL_AND, up, below);
            Temp notUp = prim(Prim.BOOL_NOT, up);
            Temp b = prim(Prim.BOOL_AND, notUp, above);
            cond = prim(Prim.BOOL_OR, a, b);
        }
        fn.setTerminator(cur, new Terminator.Branch(cond, body, orelse));
        loop(body, latch, after, f.body());
        cur = latch;
        Temp i2 = load(counter);
        Temp st2 = load(step);
        cur.add(new Inst.Store(counter, prim(Prim.INT_ADD, i2, st2)));
        jumpTo(head);
        cur = orelse;
        stmts(f.orelse());
        jumpTo(after);
        cur = after;
    }

    /** Evaluates first (which may move {@code cur}), then stores into the block where evaluation ended. */
    private void store(Var v, Temp value) { cur.add(new Inst.Store(v, value)); }

    private Temp load(Var v) { return emit(v.type(), t -> new Inst.Load(t, v)); }

    // ---- expressions ----

    Temp expr(HExpr e) {
        return switch (e) {
            case HExpr.Const c -> constant(constantOf(c));
            case HExpr.Load l -> load(var(l.var()));
            case HExpr.Binary b -> {
                Temp l = expr(b.left());
                Temp r = expr(b.right());
                yield prim(PrimSelect.binary(b.op(), l.type()), l, r);
            }
            case HExpr.Unary u -> {
                Temp x = expr(u.operand());
                yield prim(PrimSelect.unary(u.op(), x.type()), x);
            }
            case HExpr.Compare c -> {
                Temp l = expr(c.left());
                Temp r = expr(c.right());
                yield prim(PrimSelect.compare(c.op(), l.type()), l, r);
            }
            case HExpr.Truthy t -> truthy(expr(t.operand()));
            case HExpr.Logical lg -> logical(lg);
            case HExpr.IfExp i -> {
                Var.Local slot = joinSlot(IrTypes.of(i.type()));
                Temp c = expr(i.cond());
                Block a = fn.newBlock();
                Block b = fn.newBlock();
                Block after = fn.newBlock();
                fn.setTerminator(cur, new Terminator.Branch(c, a, b));
                cur = a;
                store(slot, expr(i.ifTrue()));
                jumpTo(after);
                cur = b;
                store(slot, expr(i.ifFalse()));
                jumpTo(after);
                cur = after;
                yield load(slot);
            }
            case HExpr.Let l -> {
                Temp v = expr(l.init());
                cur.add(new Inst.Store(var(l.var()), v));
                yield expr(l.body());
            }
            case HExpr.Call c -> {
                var args = new ArrayList<Temp>();
                for (HExpr a : c.args()) args.add(expr(a));
                yield emit(IrTypes.of(c.type()), t -> new Inst.Call(t, c.function(), args));
            }
            case HExpr.Builtin b -> {
                var args = new ArrayList<Temp>();
                for (HExpr a : b.args()) args.add(expr(a));
                Prim p = PrimSelect.builtin(b.op(), args.isEmpty() ? IrType.NONE : args.get(0).type());
                yield prim(p, args.toArray(Temp[]::new));
            }
            case HExpr.Box b -> {
                Temp x = expr(b.operand());
                yield emit(IrType.OBJ, t -> new Inst.Box(t, x));
            }
            case HExpr.Unbox u -> {
                Temp x = expr(u.operand());
                yield emit(IrTypes.of(u.type()), t -> new Inst.Unbox(t, x));
            }
            case HExpr.Convert c -> {
                Temp x = expr(c.operand());
                yield prim(PrimSelect.convert(x.type(), IrTypes.of(c.type())), x);
            }
            case HExpr.MakeTuple m -> {
                var items = new ArrayList<Temp>();
                for (HExpr a : m.items()) items.add(expr(a));
                yield emit(IrTypes.of(m.type()), t -> new Inst.MakeTuple(t, items));
            }
            case HExpr.TupleGet g -> {
                Temp x = expr(g.tuple());
                yield emit(IrTypes.of(g.type()), t -> new Inst.TupleGet(t, x, g.index()));
            }
            case HExpr.RtCall c -> {
                // The frontend still names runtime functions by string; an unknown name is a compiler bug.
                RuntimeFunction fn = RuntimeFunctions.get(c.function());
                var args = new ArrayList<Temp>();
                for (HExpr a : c.args()) args.add(expr(a));
                yield emit(IrTypes.of(c.type()), t -> new Inst.RtCall(t, fn, args));
            }
            case HExpr.Block b -> {
                stmts(b.stmts());
                yield expr(b.result());
            }
            case HExpr.Concat c -> {
                Temp acc = null;
                for (HExpr p : c.parts()) {
                    Temp x = expr(p);
                    acc = acc == null ? x : prim(Prim.STR_CONCAT, acc, x);
                }
                yield acc == null ? constant(new Constant.StrC("")) : acc;
            }
        };
    }

    private Temp truthy(Temp x) {
        return switch (x.type()) {
            case IrType.Bool b -> x;
            case IrType.NoneType n -> constant(new Constant.BoolC(false));
            case IrType.Tuple t -> constant(new Constant.BoolC(!t.items().isEmpty()));
            case IrType.ListT l -> prim(Prim.LIST_TRUTHY, x);
            case IrType.DictT d -> prim(Prim.DICT_TRUTHY, x);
            case IrType.SetT s -> prim(Prim.SET_TRUTHY, x);
            default -> prim(PrimSelect.truthy(x.type()), x);
        };
    }

    /** {@code left and right}: if left is false the result is left (converted), else right. */
    private Temp logical(HExpr.Logical lg) {
        Var.Local slot = joinSlot(IrTypes.of(lg.type()));
        Temp l = expr(lg.left());
        cur.add(new Inst.Store(var(lg.tmp()), l));
        Temp test = expr(lg.test());
        Block evalRight = fn.newBlock();
        Block shortCut = fn.newBlock();
        Block after = fn.newBlock();
        fn.setTerminator(cur, lg.isAnd() ? new Terminator.Branch(test, evalRight, shortCut)
                : new Terminator.Branch(test, shortCut, evalRight));
        cur = shortCut;
        store(slot, expr(lg.leftResult()));
        jumpTo(after);
        cur = evalRight;
        store(slot, expr(lg.right()));
        jumpTo(after);
        cur = after;
        return load(slot);
    }

    private static Constant constantOf(HExpr.Const c) {
        return switch (c.type()) {
            case Type.Int i -> new Constant.IntC((BigInteger) c.value());
            case Type.Float f -> new Constant.FloatC((Double) c.value());
            case Type.Bool b -> new Constant.BoolC((Boolean) c.value());
            case Type.Str s -> new Constant.StrC((String) c.value());
            case Type.NoneType n -> new Constant.NoneC();
            default -> throw new IllegalStateException("constant of type " + c.type().show());
        };
    }
}
