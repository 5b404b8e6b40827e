package dev.waspy.backend.lower;

import dev.waspy.backend.gc.GcMode;
import dev.waspy.backend.layout.MemoryLayout;
import dev.waspy.backend.library.ExportedFunction;
import dev.waspy.backend.library.HostType;
import dev.waspy.backend.locals.FunctionLocals;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.rt.RuntimeFunctions;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.MemOp;
import dev.waspy.wasm.instr.NumericOp;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry points of a library module (ABI.md, "Library modules"), built from each exported
 * function's host signature and its compiled signature alone, so whichever IR builder made it:
 * <ul>
 *   <li>{@code _initialize}: the set-up of {@code _start}, then the module body once; an exception
 *       it raises stays pending for {@code waspy_error};</li>
 *   <li>{@code waspy_alloc(n)}: n bytes for an argument the host writes (a str's UTF-8, a list's items);</li>
 *   <li>{@code waspy_error()}: the pending exception's last traceback line as a str record, or 0;</li>
 *   <li>one wrapper per exported function, under its Python name:</li>
 * </ul>
 * <pre>
 *   each argument to an object (rt_int_from_i64, rt_box_float, rt_box_bool, rt_host_str_in, rt_host_list_in),
 *     stored in the wrapper's shadow-stack frame
 *   if pending: return 0                     ;; MemoryError while converting
 *   poll                                     ;; the host's blocks are garbage now; the arguments are roots
 *   call f(each argument unboxed to f's parameter type)
 *   rt_flush; if pending: return 0           ;; the host asks waspy_error
 *   box the result; to the host's type (rt_host_int_out, ...), which may raise TypeError or OverflowError
 * </pre>
 * A leaf function never polls, so the wrapper's poll is what lets a host that calls one in a
 * loop collect the blocks it allocated.
 */
final class LibraryEntries {
    static final String INITIALIZE = "<initialize>";
    static final String ALLOC = "<alloc>";
    static final String ERROR = "<error>";

    private LibraryEntries() {}

    /** Symbols of the entries besides the exported wrappers, in the order {@link #bodies} makes them. */
    static List<String> symbols(List<ExportedFunction> exports) {
        List<String> names = new ArrayList<>(List.of(INITIALIZE, ALLOC, ERROR));
        exports.forEach(x -> names.add(wrapperSymbol(x)));
        return names;
    }

    static String wrapperSymbol(ExportedFunction x) {
        return "<export " + x.name() + ">";
    }

    /** Shadow-stack bytes the largest wrapper frame takes. */
    static int frameBytes(List<ExportedFunction> exports) {
        return 8 * exports.stream().mapToInt(x -> x.params().size()).max().orElse(0);
    }

    static List<Function> bodies(List<ExportedFunction> exports, ProgramContext ctx, Module m, MemoryLayout layout,
                                 int gcBase, GcMode gc) {
        List<Function> out = new ArrayList<>();
        out.add(initialize(ctx, m, layout, gcBase, gc));
        out.add(simple(ctx, m, List.of(ValType.I32), Rt.RT_HOST_ALLOC));
        out.add(simple(ctx, m, List.of(), Rt.RT_HOST_ERROR));
        for (ExportedFunction x : exports) {
            out.add(wrapper(x, ctx, m));
        }
        return out;
    }

    private static Function initialize(ProgramContext ctx, Module m, MemoryLayout layout, int gcBase, GcMode gc) {
        CodeBuilder c = new CodeBuilder();
        ProgramLowering.setUp(c, ctx.symbols, layout, gcBase, gc);
        c.call(ctx.symbols.function(IrProgram.MODULE));
        c.call(ctx.symbols.runtime(Rt.RT_FLUSH));
        exitOnSystemExit(ctx, c);
        return new Function(m.typeIndex(FuncType.of(List.of(), List.of())), List.of(), c.finish());
    }

    /**
     * A SystemExit leaving the module body or an exported function ends the instance with its
     * status, as {@code sys.exit} does in a program; only a program that makes exceptions (sys.exit
     * makes one) can have one pending.
     */
    private static void exitOnSystemExit(ProgramContext ctx, CodeBuilder c) {
        if (ctx.symbols.uses(RuntimeFunctions.get("rt_exc_make"))) c.call(ctx.symbols.runtime(Rt.RT_EXIT_ON_SYSTEM_EXIT));
    }

    /** A runtime function of i32 parameters and an i32 result, exported as it is. */
    private static Function simple(ProgramContext ctx, Module m, List<ValType> params, Rt rt) {
        CodeBuilder c = new CodeBuilder();
        for (int i = 0; i < params.size(); i++) {
            c.localGet(i);
        }
        c.call(ctx.symbols.runtime(rt));
        return new Function(m.typeIndex(FuncType.of(params, List.of(ValType.I32))), List.of(), c.finish());
    }

    private static Function wrapper(ExportedFunction x, ProgramContext ctx, Module m) {
        List<ValType> params = new ArrayList<>();
        x.params().forEach(p -> params.addAll(p.type().wasmParams()));
        List<ValType> results = x.result().wasmResults();
        ValType result = results.isEmpty() ? null : results.getFirst();
        FunctionLocals locals = new FunctionLocals(params);
        Emitter e = new Emitter(locals, ctx, result);
        CodeBuilder c = e.code;
        IrFunction f = ctx.function(x.compiled());
        int frame = locals.add(ValType.I32, "frame");
        int shadowTop = Emitter.shadowTopGlobal(ctx);
        c.globalGet(shadowTop).localTee(frame).i32Const(8 * x.params().size()).op(NumericOp.I32_ADD).globalSet(shadowTop);
        int wasmParam = 0;
        for (int i = 0; i < x.params().size(); i++) {
            HostType t = x.params().get(i).type();
            c.localGet(frame);
            for (int k = 0; k < t.wasmParams().size(); k++) {
                c.localGet(wasmParam++);
            }
            toObject(e, t);
            c.mem(MemOp.I64_STORE, 8 * i);
        }
        Runnable leave = () -> {
            c.localGet(frame).globalSet(shadowTop);
            if (result != null) {
                e.zero(result);
            }
            c.ret();
        };
        e.pendingException();
        c.ifThen(BlockType.EMPTY, t -> leave.run());
        c.globalGet(Emitter.gcBaseGlobal(ctx)).mem(MemOp.I32_LOAD, Emitter.GC_DUE_OFFSET);
        c.ifThen(BlockType.EMPTY, due -> c.globalGet(shadowTop).call(ctx.symbols.runtime(Rt.RT_GC_POLL)));
        for (int i = 0; i < x.params().size(); i++) {
            c.localGet(frame).mem(MemOp.I64_LOAD, 8 * i);
            Boxing.unboxKnown(e, f.params().get(i).type());
        }
        c.call(ctx.symbols.function(f.name()));
        ValType returned = FunctionLocals.valType(f.returnType());
        int value = returned == null ? -1 : locals.add(returned, "result");
        if (returned != null) {
            c.localSet(value);
        }
        e.call(Rt.RT_FLUSH);
        exitOnSystemExit(ctx, c);
        e.pendingException();
        c.ifThen(BlockType.EMPTY, t -> leave.run());
        c.localGet(frame).globalSet(shadowTop);
        if (x.result() != HostType.NONE) {
            if (returned != null) {
                c.localGet(value);
            }
            Boxing.box(e, f.returnType());
            fromObject(e, x.result());
        }
        return new Function(m.typeIndex(FuncType.of(params, results)), locals.declared(), c.finish());
    }

    /** The host's value(s) on the stack become one boxed object (with the runtime's checks). */
    private static void toObject(Emitter e, HostType t) {
        switch (t) {
            case INT -> e.call(Rt.RT_INT_FROM_I64);
            case FLOAT -> e.call(Rt.RT_BOX_FLOAT);
            case BOOL -> e.call(Rt.RT_BOX_BOOL);
            case STR -> e.call(Rt.RT_HOST_STR_IN);
            case LIST_INT, LIST_FLOAT, LIST_STR -> {
                e.code.i32Const(t.listKind());
                e.call(Rt.RT_HOST_LIST_IN);
            }
            case NONE -> throw new IllegalArgumentException("None is no parameter type");
        }
    }

    /** A boxed object on the stack becomes the host's result, or a pending TypeError/OverflowError. */
    private static void fromObject(Emitter e, HostType t) {
        switch (t) {
            case INT -> e.call(Rt.RT_HOST_INT_OUT);
            case FLOAT -> e.call(Rt.RT_HOST_FLOAT_OUT);
            case BOOL -> e.call(Rt.RT_HOST_BOOL_OUT);
            case STR -> e.call(Rt.RT_HOST_STR_OUT);
            case LIST_INT, LIST_FLOAT, LIST_STR -> {
                e.code.i32Const(t.listKind());
                e.call(Rt.RT_HOST_LIST_OUT);
            }
            case NONE -> throw new IllegalArgumentException("a None result is dropped, not converted");
        }
    }
}
