package dev.waspy.backend.lower;

import dev.waspy.middle.rt.ExcClass;
import dev.waspy.backend.gc.FrameSlots;
import dev.waspy.backend.gc.GcRoots;
import dev.waspy.backend.gc.RootLiveness;
import dev.waspy.backend.locals.FunctionLocals;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeFunction;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The code being built for one function, with the helpers every lowering step uses: operands from
 * locals, runtime calls by name, scratch locals, the pending-exception check.
 */
final class Emitter {
    /** Where instructions go; a loop's body is built apart first, to learn whether it needs a poll. */
    CodeBuilder code = new CodeBuilder();
    /** Whether the code emitted so far calls a runtime function that may allocate / a compiled function. */
    boolean allocates;
    boolean calls;
    /** The function's shadow-stack frame: its slots, and the local holding its address (-1: no frame). */
    private FrameSlots slots;
    private int frame = -1;
    /** The local holding the call depth on entry, before this call counted (set by {@link #enterFrame}). */
    private int callerDepth = -1;
    final FunctionLocals locals;
    final ProgramContext ctx;
    /** The function's result type, null when it returns nothing. */
    final ValType result;
    private final Map<ValType, List<Integer>> scratch = new EnumMap<>(ValType.class);

    Emitter(FunctionLocals locals, ProgramContext ctx, ValType result) {
        this.locals = locals;
        this.ctx = ctx;
        this.result = result;
    }

    /** Pushes a temp's value (nothing for a None-typed temp). */
    Emitter get(Temp t) {
        if (FunctionLocals.valType(t.type()) != null) {
            code.localGet(locals.of(t));
        }
        return this;
    }

    /** Pops into a temp (nothing for a None-typed temp). */
    Emitter set(Temp t) {
        if (FunctionLocals.valType(t.type()) != null) {
            code.localSet(locals.of(t));
        }
        return this;
    }

    Emitter call(Rt rt) {
        return call(rt.fn());
    }

    Emitter call(RuntimeFunction f) {
        allocates |= f.allocates();
        code.call(ctx.symbols.runtime(f));
        return this;
    }

    /**
     * The {@code n}-th scratch local of a type. Scratch locals hold values only within the lowering
     * of one instruction, so every instruction may reuse them.
     */
    int scratch(ValType type, int n) {
        List<Integer> list = scratch.computeIfAbsent(type, t -> new ArrayList<>());
        while (list.size() <= n) {
            list.add(locals.add(type, "scratch_" + type.text() + "_" + list.size()));
        }
        return list.get(n);
    }

    /** Address of a static str object. */
    int str(String s) {
        return ctx.data.str(s);
    }

    /** Pushes the pending-exception flag: {@code i32.load(rt_exc_addr)}, non-zero when one is pending. */
    Emitter pendingException() {
        code.globalGet(ProgramContext.EXC_ADDR_GLOBAL);
        code.mem(MemOp.I32_LOAD, 0);
        return this;
    }

    /**
     * Where a pending exception goes from the code being emitted: null to the caller (return), else
     * the handler's label depth at the top level of the current block's code, and the copies to do
     * on the way (phis of the handler).
     */
    private Integer handlerDepth;
    private Runnable handlerCopies;

    void setHandler(Integer depth, Runnable copies) {
        this.handlerDepth = depth;
        this.handlerCopies = copies;
    }

    /**
     * After an operation that may raise: if it did, go to the block's handler, or leave the
     * function at once (ABI.md, "Exceptions"). Emitted at the top level of a block's code.
     */
    Emitter checkPending() {
        pendingException();
        code.ifThen(BlockType.EMPTY, then -> toHandler(1));
        return this;
    }

    /** Control to the pending exception's destination, from {@code extra} labels deeper than the block's top level. */
    void toHandler(int extra) {
        if (handlerDepth == null) {
            returnDummy();
        } else {
            handlerCopies.run();
            code.br(handlerDepth + extra);
        }
    }

    /** Returns a placeholder result; the caller sees the pending exception and ignores it. */
    void returnDummy() {
        if (result != null) {
            zero(result);
        }
        ret();
    }

    /**
     * {@code return}, leaving the function's frame: the call depth is the caller's again (every
     * callee restores it before returning, so it is the depth on entry), the shadow stack pops.
     */
    void ret() {
        if (frame >= 0) {
            code.localGet(frame).globalSet(shadowTopGlobal(ctx));
        }
        if (callerDepth >= 0) {
            code.localGet(callerDepth).globalSet(ProgramContext.DEPTH_GLOBAL);
        }
        code.ret();
    }

    /**
     * Entering the function's frame: its shadow-stack slots are pushed (not zeroed: the first
     * safepoint writes them all, see {@link dev.waspy.backend.gc.SlotsWritten}), the call depth goes up by one, and past CPython's
     * recursion limit the call raises RecursionError instead (and leaves, restoring both), unless
     * {@code checkLimit} is false.
     *
     * <p>A function that calls no compiled function ({@code callsOut} false) only tests the depth:
     * nothing can read the global while it runs (the runtime never calls compiled code), so it
     * neither counts itself nor restores the depth on return; the limit is the same test of the
     * depth on entry.
     */
    void enterFrame(FrameSlots frameSlots, boolean checkLimit, boolean callsOut) {
        slots = frameSlots;
        if (slots.count() > 0) {
            frame = locals.add(ValType.I32, "gc_frame");
            int bytes = 8 * slots.count();
            code.globalGet(shadowTopGlobal(ctx)).localTee(frame).i32Const(bytes).op(NumericOp.I32_ADD)
                    .globalSet(shadowTopGlobal(ctx));
        }
        // The caller's depth stays in a local: the limit check and every return read it there,
        // one global read per call instead of three (engines may run each global access as a call).
        if (callsOut) {
            callerDepth = locals.add(ValType.I32, "caller_depth");
            code.globalGet(ProgramContext.DEPTH_GLOBAL).localTee(callerDepth).i32Const(1).op(NumericOp.I32_ADD)
                    .globalSet(ProgramContext.DEPTH_GLOBAL);
        }
        if (!checkLimit) {
            return;
        }
        if (callsOut) {
            code.localGet(callerDepth);
        } else {
            code.globalGet(ProgramContext.DEPTH_GLOBAL);
        }
        code.i32Const(ProgramContext.RECURSION_LIMIT).op(NumericOp.I32_GE_S);
        code.ifThen(BlockType.EMPTY, deep -> {
            deep.i32Const(ExcClass.RecursionError.id()).i32Const(str("maximum recursion depth exceeded"));
            call(Rt.RT_RAISE);
            returnDummy();
        });
    }

    /**
     * Stores each reference into its frame slot before a safepoint; pointer types go boxed
     * ({@code ptr | 1}). With {@code zeroOthers} (no safepoint wrote the slots yet), every other
     * slot is zeroed, so the collector never sees what an older frame left there.
     */
    void storeRoots(Collection<Object> values, boolean zeroOthers) {
        if (zeroOthers) {
            java.util.Set<Integer> used = new java.util.HashSet<>();
            values.forEach(v -> used.add(slots.slot(v)));
            for (int k = 0; k < slots.count(); k++) {
                if (!used.contains(k)) {
                    code.localGet(frame).i64Const(0).mem(MemOp.I64_STORE, 8L * k);
                }
            }
        }
        for (Object v : values) {
            code.localGet(frame);
            switch (v) {
                case Temp t -> code.localGet(locals.of(t));
                case Var.Local l -> code.localGet(locals.of(l));
                default -> throw new IllegalStateException("not a value: " + v);
            }
            if (GcRoots.isPointer(RootLiveness.type(v))) {
                boxPointer();
            }
            code.mem(MemOp.I64_STORE, 8L * slots.slot(v));
        }
    }

    /**
     * A poll: collect if the runtime says one is due, with {@code live} in the frame. The common
     * case is one load and a branch not taken; the stores happen only on the way to a collection.
     */
    void poll(Collection<Object> live, boolean zeroOthers) {
        code.globalGet(gcBaseGlobal(ctx)).mem(MemOp.I32_LOAD, GC_DUE_OFFSET);
        code.ifThen(BlockType.EMPTY, due -> {
            storeRoots(live, zeroOthers && frame >= 0);
            code.globalGet(shadowTopGlobal(ctx)).call(ctx.symbols.runtime(Rt.RT_GC_POLL));
        });
    }

    /** After a module-level reference is written to its global, the same value goes to its root slot. */
    void storeGlobalRoot(Var.Global g, Temp value) {
        code.globalGet(gcBaseGlobal(ctx));
        get(value);
        if (GcRoots.isPointer(g.type())) {
            boxPointer();
        }
        code.mem(MemOp.I64_STORE, globalRootOffset(ctx, g));
    }

    /** ABI.md's boxing of a pointer: {@code i64.extend_i32_u(p) | 1}. */
    private void boxPointer() {
        code.op(NumericOp.I64_EXTEND_I32_U).i64Const(1).op(NumericOp.I64_OR);
    }

    /*
     * The GC's area at the bottom of the shadow stack (ABI.md, "Linear memory layout"), at the
     * address held by the gc_base global: the "collection due" word the runtime sets, then one
     * root slot per module-level reference, then the frames. Two globals follow the program's
     * Python globals: the shadow stack's top, and gc_base.
     */
    static final int GC_DUE_OFFSET = 0;
    static final int GC_GLOBAL_ROOTS_OFFSET = 8;

    static int shadowTopGlobal(ProgramContext ctx) {
        return ProgramContext.DEPTH_GLOBAL + 1 + ctx.definedGlobals.size();
    }

    static int gcBaseGlobal(ProgramContext ctx) {
        return shadowTopGlobal(ctx) + 1;
    }

    /** Module-level globals that hold references, in the order of their root slots. */
    static List<Var.Global> referenceGlobals(ProgramContext ctx) {
        return ctx.definedGlobals.stream().filter(g -> GcRoots.isReference(g.type())).toList();
    }

    private int globalRootOffset(ProgramContext ctx, Var.Global g) {
        int k = ctx.rootSlot(g);
        if (k < 0) {
            throw new IllegalStateException("global " + g.name() + " holds no reference");
        }
        return GC_GLOBAL_ROOTS_OFFSET + 8 * k;
    }

    Emitter zero(ValType type) {
        switch (type) {
            case I32 -> code.i32Const(0);
            case I64 -> code.i64Const(0);
            case F64 -> code.f64Const(0);
            default -> throw new IllegalArgumentException("no zero of " + type);
        }
        return this;
    }
}
