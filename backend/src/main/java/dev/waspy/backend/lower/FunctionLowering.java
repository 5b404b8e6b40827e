package dev.waspy.backend.lower;

import dev.waspy.middle.rt.ExcClass;
import dev.waspy.backend.gc.FrameSlots;
import dev.waspy.backend.gc.GcRoots;
import dev.waspy.backend.gc.RootLiveness;
import dev.waspy.backend.gc.SlotsWritten;
import dev.waspy.backend.locals.FunctionLocals;
import dev.waspy.backend.structure.Shape;
import dev.waspy.backend.structure.Structurer;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import dev.waspy.middle.ir.Var;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.ValType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One IR function to one Wasm function: the CFG is structured ({@link Structurer}), then each
 * block's instructions, each edge's phi copies and each exit are emitted in place. Every value lives
 * in the local its {@link FunctionLocals} gives it.
 *
 * <p>Safepoints (ABI.md, "Garbage collection"): every call of a compiled function, a poll at the
 * entry of a function that calls, and a poll at the top of every loop whose body calls or may
 * allocate. Before each, the references live across it are stored into the function's
 * shadow-stack frame ({@link FrameSlots}); a poll stores them only when a collection is due.
 */
final class FunctionLowering {
    /** Small ints are the ones that fit in 63 bits (ABI.md). */
    private static final BigInteger SMALL_MIN = BigInteger.ONE.shiftLeft(62).negate();
    private static final BigInteger SMALL_MAX = BigInteger.ONE.shiftLeft(62).subtract(BigInteger.ONE);

    private final IrFunction f;
    private final Emitter e;
    private final PrimLowering prims;
    private final RootLiveness live;
    private final SlotsWritten written;

    FunctionLowering(IrFunction f, FunctionLocals locals, ProgramContext ctx) {
        this.f = f;
        this.e = new Emitter(locals, ctx, FunctionLocals.valType(f.returnType()));
        this.prims = new PrimLowering(e);
        this.live = new RootLiveness(f);
        this.written = new SlotsWritten(f);
    }

    Function lower(int typeIndex) {
        Shape<Block> shape = Structurer.structure(new IrFlowGraph(f));
        boolean calls = f.blocks().stream().flatMap(b -> b.insts().stream()).anyMatch(GcRoots::isCall);
        FrameSlots slots = FrameSlots.assign(safepoints(shape, calls));
        frameSlots = slots.count();
        // The module body is frame 1 and runs once: it can never pass the recursion limit.
        e.enterFrame(slots, !f.name().equals(dev.waspy.middle.ir.IrProgram.MODULE), calls);
        if (calls) {
            e.poll(live.liveIn(f.entry()), true);
        }
        emit(shape);
        // Every path ends in a return or a branch; the end of the body is unreachable, but a
        // structured instruction at the very end would leave the result missing for the validator.
        List<Instruction> body = e.code.instructions();
        Instruction last = body.isEmpty() ? null : body.getLast();
        if (!(last instanceof Control.Return || last instanceof Control.Unreachable || last instanceof Control.Br)) {
            e.code.unreachable();
        }
        return new Function(typeIndex, e.locals.declared(), e.code.finish());
    }

    FunctionLocals locals() {
        return e.locals;
    }

    /** Slots in the function's frame (0: it has none). */
    int frameSlots() {
        return frameSlots;
    }

    private int frameSlots;

    /**
     * The live sets of every place that may become a safepoint: each call, the entry of a function
     * that calls, each loop header (whether a loop polls is known only once its body is emitted).
     */
    private List<Set<Object>> safepoints(Shape<Block> shape, boolean calls) {
        List<Set<Object>> points = new ArrayList<>();
        for (Block b : f.blocks()) {
            for (Inst i : b.insts()) {
                if (GcRoots.isCall(i)) {
                    points.add(live.liveAcross(i));
                }
            }
        }
        if (calls) {
            points.add(live.liveIn(f.entry()));
        }
        loopHeaders(shape, points);
        return points;
    }

    private void loopHeaders(Shape<Block> s, List<Set<Object>> points) {
        switch (s) {
            case Shape.Seq<Block> seq -> seq.items().forEach(item -> loopHeaders(item, points));
            case Shape.Block<Block> b -> loopHeaders(b.body(), points);
            case Shape.Loop<Block> l -> {
                points.add(live.liveIn(l.header()));
                loopHeaders(l.body(), points);
            }
            case Shape.If<Block> i -> {
                loopHeaders(i.then(), points);
                loopHeaders(i.otherwise(), points);
            }
            default -> { }
        }
    }

    /**
     * A loop whose body calls or may allocate polls at its top, every iteration. The body is built
     * apart first: only then is it known whether it does.
     */
    private void loop(Shape.Loop<Block> l) {
        CodeBuilder outer = e.code;
        boolean allocatedBefore = e.allocates;
        boolean calledBefore = e.calls;
        e.code = new CodeBuilder();
        e.allocates = false;
        e.calls = false;
        emit(l.body());
        CodeBuilder body = e.code;
        boolean poll = e.allocates || e.calls;
        e.code = outer;
        e.allocates |= allocatedBefore;
        e.calls |= calledBefore;
        outer.loop(BlockType.EMPTY, inner -> {
            if (poll) {
                e.poll(live.liveIn(l.header()), !written.atStart(l.header()));
            }
            inner.emitAll(body.instructions());
        });
    }

    private void emit(Shape<Block> shape) {
        switch (shape) {
            case Shape.Seq<Block> seq -> seq.items().forEach(this::emit);
            case Shape.Block<Block> b -> e.code.block(BlockType.EMPTY, inner -> emit(b.body()));
            case Shape.Loop<Block> l -> loop(l);
            case Shape.Code<Block> c -> {
                Block b = c.node();
                // The block's exit (a raise) is emitted right after its code, at the same depth.
                e.setHandler(c.sideExitDepths().isEmpty() ? null : c.sideExitDepths().getFirst(),
                        () -> phiCopies(b, b.handler()));
                b.insts().forEach(this::lower);
            }
            case Shape.Edge<Block> edge -> phiCopies(edge.from(), edge.to());
            case Shape.If<Block> i -> {
                Terminator.Branch br = (Terminator.Branch) i.node().terminator();
                e.get(br.cond());
                boolean noThen = isEmpty(i.then());
                boolean noElse = isEmpty(i.otherwise());
                if (noThen && noElse) {
                    e.code.drop();
                } else if (noThen) {
                    // Only the false arm does something: test the negation instead of an empty then.
                    e.code.op(NumericOp.I32_EQZ);
                    e.code.ifThen(BlockType.EMPTY, other -> emit(i.otherwise()));
                } else {
                    e.code.ifElse(BlockType.EMPTY, then -> emit(i.then()), noElse ? null : other -> emit(i.otherwise()));
                }
            }
            case Shape.Br<Block> br -> e.code.br(br.depth());
            case Shape.BrTable<Block> t -> throw new IllegalStateException("the IR has no switch terminator");
            case Shape.Leave<Block> l -> leave(l.node().terminator());
        }
    }

    /** Whether a shape emits no code at all (nothing but edges without phi copies). */
    private static boolean isEmpty(Shape<Block> s) {
        return switch (s) {
            case Shape.Seq<Block> seq -> seq.items().stream().allMatch(FunctionLowering::isEmpty);
            case Shape.Edge<Block> edge -> edge.to().insts().stream().noneMatch(
                    i -> i instanceof Inst.Phi p && FunctionLocals.valType(p.dst().type()) != null);
            // A block of nothing but a jump (a break, say) has no code of its own.
            case Shape.Code<Block> c -> c.node().insts().stream().allMatch(i -> i instanceof Inst.Phi);
            default -> false;
        };
    }

    /**
     * Phi copies of an edge, as one parallel copy: every incoming value is pushed before any phi's
     * local is written, so phis that read each other (a swap) see the old values.
     */
    private void phiCopies(Block from, Block to) {
        List<Inst.Phi> phis = new ArrayList<>();
        for (Inst i : to.insts()) {
            if (i instanceof Inst.Phi p && FunctionLocals.valType(p.dst().type()) != null) {
                phis.add(p);
            }
        }
        for (Inst.Phi p : phis) {
            e.get(incoming(p, from));
        }
        for (int k = phis.size() - 1; k >= 0; k--) {
            e.set(phis.get(k).dst());
        }
    }

    private Temp incoming(Inst.Phi p, Block pred) {
        // By predecessor, made once per phi: a join of n predecessors asks n times.
        Map<Block, Temp> byPred = incoming.computeIfAbsent(p, phi -> {
            var m = new java.util.IdentityHashMap<Block, Temp>();
            for (Inst.PhiArg arg : phi.args()) m.putIfAbsent(arg.pred(), arg.value());
            return m;
        });
        Temp t = byPred.get(pred);
        if (t == null) throw new IllegalStateException("phi " + p.dst() + " has no value for the edge from " + pred);
        return t;
    }

    private final Map<Inst.Phi, Map<Block, Temp>> incoming = new java.util.IdentityHashMap<>();

    private void leave(Terminator t) {
        switch (t) {
            case Terminator.Return r -> {
                e.get(r.value());
                e.ret();
            }
            case Terminator.Raise r -> {
                ExcClass c = ExcClass.forName(r.excClass());
                if (c == null) {
                    throw new Unsupported("raising " + r.excClass() + " is not supported yet");
                }
                e.code.i32Const(c.id());
                if (r.message() == null) {
                    e.code.i32Const(0);
                } else {
                    e.get(r.message());
                }
                e.call(Rt.RT_RAISE);
                e.toHandler(0);
            }
            case Terminator.Throw x -> {
                e.get(x.exc());
                e.call(Rt.RT_EXC_THROW);
                e.toHandler(0);
            }
            case Terminator.Unreachable u -> e.code.unreachable();
            case Terminator.Jump j -> throw new IllegalStateException("a jump is not an exit");
            case Terminator.Branch b -> throw new IllegalStateException("a branch is not an exit");
        }
    }

    private void lower(Inst inst) {
        switch (inst) {
            case Inst.Phi p -> { } // copied on the incoming edges
            case Inst.Undef u -> {
                // Never observed, but may reach a GC root slot: the zero of its Wasm type is a null
                // pointer or the small int 0, both of which the collector ignores.
                ValType t = FunctionLocals.valType(u.dst().type());
                if (t != null) {
                    switch (t) {
                        case I32 -> e.code.i32Const(0);
                        case I64 -> e.code.i64Const(0);
                        case F64 -> e.code.f64Const(0);
                        default -> throw new IllegalStateException("no zero for " + t);
                    }
                }
                e.set(u.dst());
            }
            case Inst.Const c -> {
                constant(c.value());
                e.set(c.dst());
            }
            case Inst.Load l -> {
                switch (l.var()) {
                    case Var.Local v -> {
                        if (FunctionLocals.valType(v.type()) != null) {
                            e.code.localGet(e.locals.of(v));
                        }
                    }
                    case Var.Global g -> {
                        if (FunctionLocals.valType(g.type()) != null) {
                            e.code.globalGet(e.ctx.global(g));
                        }
                    }
                }
                e.set(l.dst());
            }
            case Inst.Store s -> {
                e.get(s.src());
                switch (s.var()) {
                    case Var.Local v -> {
                        if (FunctionLocals.valType(v.type()) != null) {
                            e.code.localSet(e.locals.of(v));
                        }
                    }
                    case Var.Global g -> {
                        if (FunctionLocals.valType(g.type()) != null) {
                            e.code.globalSet(e.ctx.global(g));
                        }
                        if (GcRoots.isReference(g.type())) {
                            e.storeGlobalRoot(g, s.src());
                        }
                    }
                }
            }
            case Inst.PrimOp p -> prims.lower(p);
            case Inst.Call c -> {
                e.storeRoots(live.liveAcross(c), !written.beforeCall(c));
                e.calls = true;
                c.args().forEach(e::get);
                e.code.call(e.ctx.symbols.function(c.callee()));
                e.set(c.dst());
                e.checkPending();
            }
            case Inst.CallIndirect c -> {
                e.storeRoots(live.liveAcross(c), !written.beforeCall(c));
                e.calls = true;
                e.get(c.frame());
                e.code.call(e.ctx.symbols.function(TableEntries.DISPATCH));
                e.set(c.dst());
                e.checkPending();
            }
            case Inst.RtCall c -> {
                c.args().forEach(e::get);
                e.call(c.function());
                e.set(c.dst());
                if (c.mayRaise()) {
                    e.checkPending();
                }
            }
            case Inst.Box b -> {
                e.get(b.src());
                Boxing.box(e, b.src().type());
                e.set(b.dst());
            }
            case Inst.Unbox u -> {
                e.get(u.src());
                Boxing.unboxChecked(e, u.dst().type());
                e.set(u.dst());
                e.checkPending();
            }
            case Inst.MakeTuple t -> makeTuple(t);
            case Inst.TupleGet g -> {
                e.get(g.tuple()).code.i32Const(g.index());
                e.call(Rt.RT_TUPLE_GET);
                Boxing.unboxKnown(e, g.dst().type());
                e.set(g.dst());
            }
        }
    }

    private void makeTuple(Inst.MakeTuple t) {
        int tuple = e.scratch(ValType.I32, 0);
        e.code.i32Const(t.items().size());
        e.call(Rt.RT_TUPLE_NEW);
        e.code.localSet(tuple);
        for (int i = 0; i < t.items().size(); i++) {
            Temp item = t.items().get(i);
            e.code.localGet(tuple).i32Const(i);
            e.get(item);
            Boxing.box(e, item.type());
            e.call(Rt.RT_TUPLE_SET);
        }
        e.code.localGet(tuple);
        e.set(t.dst());
    }

    private void constant(Constant c) {
        switch (c) {
            case Constant.IntC i -> {
                BigInteger v = i.value();
                if (v.compareTo(SMALL_MIN) >= 0 && v.compareTo(SMALL_MAX) <= 0) {
                    e.code.i64Const(v.longValue() << 1);
                } else {
                    e.code.i64Const(((long) e.ctx.data.bigint(v)) | 1L);
                }
            }
            case Constant.FloatC fl -> e.code.f64Const(fl.value());
            case Constant.BoolC b -> e.code.i32Const(b.value() ? 1 : 0);
            case Constant.NoneC n -> { }
            case Constant.StrC s -> e.code.i32Const(e.str(s.value()));
        }
    }
}
