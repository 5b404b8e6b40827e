package dev.waspy.backend.lower;

import dev.waspy.backend.locals.FunctionLocals;
import dev.waspy.middle.ir.Temp;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The code being built for one function, with the helpers every lowering step uses: operands from
 * locals, runtime calls by name, scratch locals, the pending-exception check.
 */
final class Emitter {
    final CodeBuilder code = new CodeBuilder();
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
        code.call(ctx.symbols.runtime(rt));
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

    /** {@code return}, leaving the function's frame: the call depth goes down by one. */
    void ret() {
        code.globalGet(ProgramContext.DEPTH_GLOBAL).i32Const(1).op(NumericOp.I32_SUB)
                .globalSet(ProgramContext.DEPTH_GLOBAL);
        code.ret();
    }

    /**
     * Entering the function's frame: the call depth goes up by one, and past CPython's recursion
     * limit the call raises RecursionError instead (and leaves, restoring the depth), unless
     * {@code checkLimit} is false.
     */
    void enterFrame(boolean checkLimit) {
        code.globalGet(ProgramContext.DEPTH_GLOBAL).i32Const(1).op(NumericOp.I32_ADD)
                .globalSet(ProgramContext.DEPTH_GLOBAL);
        if (!checkLimit) {
            return;
        }
        code.globalGet(ProgramContext.DEPTH_GLOBAL).i32Const(ProgramContext.RECURSION_LIMIT).op(NumericOp.I32_GT_S);
        code.ifThen(BlockType.EMPTY, deep -> {
            deep.i32Const(ExcClass.RecursionError.id()).i32Const(str("maximum recursion depth exceeded"));
            call(Rt.RT_RAISE);
            returnDummy();
        });
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
