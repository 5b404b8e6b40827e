package dev.waspy.backend.lower;

import dev.waspy.backend.gc.GcMode;
import dev.waspy.backend.layout.MemoryLayout;
import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.library.ExportedFunction;
import dev.waspy.backend.locals.FunctionLocals;
import dev.waspy.backend.locals.LocalAllocator;
import dev.waspy.backend.outline.Outlining;
import dev.waspy.backend.peephole.LocalTraffic;
import dev.waspy.backend.peephole.ConstantLocals;
import dev.waspy.backend.peephole.UnusedLocals;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeFunction;
import dev.waspy.middle.rt.RuntimeFunctions;
import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.CodeBuilder;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.MemoryType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A whole IR program to the <em>program module</em>: the compiled functions, their static data and
 * globals, and {@code _start}, importing what it needs from the runtime (module {@code waspy_rt}):
 * <ul>
 *   <li>the runtime functions it calls, in first-use order (function indices 0..R-1);</li>
 *   <li>global 0, {@code rt_exc_addr}, the address of the pending-exception slot;</li>
 *   <li>(its own global 1 is the call depth behind RecursionError, then the Python globals);</li>
 *   <li>the memory, {@code memory}, which the runtime defines.</li>
 * </ul>
 * The linker then merges the runtime into it. {@code _start} is
 * {@code rt_init(B + 8, C, max_pages); rt_gc_config(B, gc mode); <module>(); if pending: rt_uncaught(); rt_exit(0)}.
 */
public final class ProgramLowering {
    /** The symbol of {@code _start}, not a Python name (a Python function may be called {@code _start}). */
    private static final String START = "<start>";

    /** The lowered program with the memory map it was laid out for. */
    public record Result(Module module, MemoryLayout layout) {}

    /**
     * @param data     static data placed at the runtime's end (ABI.md's A); lowering adds to it
     * @param stackEnd end of the runtime's C stack
     */
    public static Result lower(IrProgram program, StaticData data, LocalAllocator allocator, int stackEnd,
                               int shadowStackBytes, int maxPages, boolean nameSection) {
        return lower(program, data, allocator, stackEnd, shadowStackBytes, maxPages, nameSection, GcMode.NORMAL);
    }

    /** @param gc the collector's debug modes, passed to the runtime by {@code _start} */
    public static Result lower(IrProgram program, StaticData data, LocalAllocator allocator, int stackEnd,
                               int shadowStackBytes, int maxPages, boolean nameSection, GcMode gc) {
        return lower(program, data, allocator, stackEnd, shadowStackBytes, maxPages, nameSection, gc, List.of());
    }

    /**
     * @param exports the functions a library module exports; empty for a command module. A library
     *                module has {@code _initialize} and the entries of {@link LibraryEntries} instead
     *                of {@code _start}.
     */
    public static Result lower(IrProgram program, StaticData data, LocalAllocator allocator, int stackEnd,
                               int shadowStackBytes, int maxPages, boolean nameSection, GcMode gc,
                               List<ExportedFunction> exports) {
        boolean library = !exports.isEmpty();
        if (program.module() == null) {
            throw new IllegalArgumentException("the program has no " + IrProgram.MODULE + " function");
        }
        List<IrFunction> functions = program.functions();
        List<String> names = new ArrayList<>();
        functions.forEach(fn -> names.add(fn.name()));
        List<String> entries = library ? LibraryEntries.symbols(exports) : List.of(START);
        names.addAll(entries);
        names.addAll(TableEntries.symbols(program));
        Symbols symbols = new Symbols(names);
        ProgramContext ctx = new ProgramContext(program, symbols, data);
        Module m = new Module();

        List<Function> bodies = new ArrayList<>();
        List<FunctionLocals> localsOf = new ArrayList<>();
        List<SortedMap<Integer, String>> localNames = new ArrayList<>();
        int largestFrame = 0;
        for (IrFunction fn : functions) {
            FunctionLocals locals = allocator.allocate(fn);
            FunctionLowering lowering = new FunctionLowering(fn, locals, ctx);
            try {
                bodies.add(lowering.lower(m.typeIndex(ProgramContext.signature(fn))));
            } catch (Unsupported u) {
                throw new UnsupportedInFunction(fn, u.getMessage());
            }
            largestFrame = Math.max(largestFrame, lowering.frameSlots());
            localsOf.add(lowering.locals());
            localNames.add(lowering.locals().names());
        }
        // The recursion limit bounds the frames on the shadow stack (one more: the call that raises).
        int gcBase = align8(data.end());
        int framesBase = gcBase + Emitter.GC_GLOBAL_ROOTS_OFFSET + 8 * Emitter.referenceGlobals(ctx).size();
        long needed = framesBase - data.end() + 8L * largestFrame * (ProgramContext.RECURSION_LIMIT + 1)
                + LibraryEntries.frameBytes(exports);
        int shadow = (int) Math.max(shadowStackBytes, (needed + 15) / 16 * 16);
        MemoryLayout layout = MemoryLayout.of(stackEnd, data, shadow, maxPages);
        if (library) {
            bodies.addAll(LibraryEntries.bodies(exports, ctx, m, layout, gcBase, gc));
        } else {
            bodies.add(start(symbols, layout, m, gcBase, gc, !program.entries().isEmpty()));
        }
        bodies.addAll(TableEntries.bodies(program, m));

        for (RuntimeFunction rt : symbols.imports()) {
            m.imports().add(new Import(Rt.MODULE, rt.name(), new ImportDesc.Func(m.typeIndex(Rt.wasmType(rt)))));
        }
        m.imports().add(new Import(Rt.MODULE, "rt_exc_addr", new ImportDesc.Global(new GlobalType(ValType.I32, false))));
        m.imports().add(new Import(Rt.MODULE, "memory",
                new ImportDesc.Memory(new MemoryType(Limits.atLeast(layout.initialPages())))));
        List<Outlining.Part> parts = new ArrayList<>();
        int firstPart = symbols.imports().size() + bodies.size();
        for (int k = 0; k < bodies.size(); k++) {
            Function body = bodies.get(k);
            List<Instruction> code = resolveCalls(body.body(), symbols);
            List<ValType> declared = body.locals();
            if (k < localsOf.size()) {
                // One local per value leaves constants in locals and set/get pairs everywhere; fold them, then drop dead locals.
                int params = localsOf.get(k).params().size();
                code = ConstantLocals.run(code, params, params + declared.size());
                code = LocalTraffic.run(code, params + declared.size());
                var compact = UnusedLocals.run(params, declared, code, localsOf.get(k).names());
                // A huge function is split (its locals used only in the parts then drop out).
                var split = Outlining.split(m, new Function(body.typeIndex(), compact.declared(), compact.body()),
                        functions.get(k).name(), compact.names(), firstPart + parts.size(), Outlining.MAX_INSTRUCTIONS);
                parts.addAll(split.parts());
                compact = UnusedLocals.run(params, split.caller().locals(), split.caller().body(), split.localNames());
                code = compact.body();
                declared = compact.declared();
                localNames.set(k, compact.names());
            }
            m.functions().add(new Function(body.typeIndex(), declared, code));
        }
        parts.forEach(p -> m.functions().add(p.function()));
        m.globals().add(new Global(new GlobalType(ValType.I32, true), ConstExpr.of(new Numeric.I32Const(0))));
        for (Var.Global g : ctx.definedGlobals) {
            ValType t = FunctionLocals.valType(g.type());
            m.globals().add(new Global(new GlobalType(t, true), ConstExpr.of(zero(t))));
        }
        m.globals().add(new Global(new GlobalType(ValType.I32, true), ConstExpr.of(new Numeric.I32Const(framesBase))));
        m.globals().add(new Global(new GlobalType(ValType.I32, false), ConstExpr.of(new Numeric.I32Const(gcBase))));
        List<String> exported = library ? exportNames(exports) : List.of("_start");
        for (int k = 0; k < entries.size(); k++) {
            m.exports().add(new Export(exported.get(k), ExternKind.FUNC, symbols.indexOf(entries.get(k))));
        }
        TableEntries.table(program, m, symbols);
        if (data.end() > data.base()) {
            m.data().add(new DataSegment(new DataMode.Active(0, ConstExpr.of(new Numeric.I32Const(data.base()))),
                    data.bytes()));
        }
        if (nameSection) {
            name(m, symbols, functions, localNames);
            for (int k = 0; k < parts.size(); k++) {
                m.names().functionNames().put(firstPart + k, parts.get(k).name());
                for (Map.Entry<Integer, String> local : parts.get(k).localNames().entrySet()) {
                    m.names().setLocalName(firstPart + k, local.getKey(), local.getValue());
                }
            }
            for (int k = 0; k < entries.size(); k++) {
                m.names().functionNames().put(symbols.indexOf(entries.get(k)), exported.get(k));
            }
            m.names().globalNames().put(ProgramContext.EXC_ADDR_GLOBAL, "rt_exc_addr");
            m.names().globalNames().put(ProgramContext.DEPTH_GLOBAL, "call_depth");
            m.names().globalNames().put(Emitter.shadowTopGlobal(ctx), "shadow_top");
            m.names().globalNames().put(Emitter.gcBaseGlobal(ctx), "gc_base");
            for (Var.Global g : ctx.definedGlobals) {
                m.names().globalNames().put(ctx.global(g), g.name());
            }
        }
        return new Result(m, layout);
    }

    /** The export names of a library module's entries, in {@link LibraryEntries#symbols}' order. */
    private static List<String> exportNames(List<ExportedFunction> exports) {
        List<String> names = new ArrayList<>(List.of("_initialize", "waspy_alloc", "waspy_error"));
        exports.forEach(x -> names.add(x.name()));
        return names;
    }

    /** The runtime's set-up, first in {@code _start} and {@code _initialize}. */
    static void setUp(CodeBuilder c, Symbols symbols, MemoryLayout layout, int gcBase, GcMode gc) {
        // Roots start after the "collection due" word: the global roots, then the frames.
        c.i32Const(gcBase + Emitter.GC_GLOBAL_ROOTS_OFFSET).i32Const(layout.heapBase()).i32Const(layout.maxPages());
        c.call(symbols.runtime(Rt.RT_INIT));
        c.i32Const(gcBase + Emitter.GC_DUE_OFFSET).i32Const(gc.runtimeBits());
        c.call(symbols.runtime(Rt.RT_GC_CONFIG));
    }

    /** @param classes whether the program has classes: an exception may be an instance of one, with its own __str__ */
    private static Function start(Symbols symbols, MemoryLayout layout, Module m, int gcBase, GcMode gc, boolean classes) {
        CodeBuilder c = new CodeBuilder();
        setUp(c, symbols, layout, gcBase, gc);
        c.call(symbols.function(IrProgram.MODULE));
        if (gc.stats()) {
            c.call(symbols.runtime(Rt.RT_GC_REPORT));
        }
        // <module> returns nothing; an escaped exception is reported (and exits 1) by the runtime.
        c.globalGet(ProgramContext.EXC_ADDR_GLOBAL).mem(dev.waspy.wasm.instr.MemOp.I32_LOAD, 0);
        // A program that makes exceptions needs str(e) of any args (and SystemExit's codes);
        // the others only the runtime's messages, a much smaller part of the runtime.
        Rt uncaught = classes || symbols.uses(RuntimeFunctions.get("rt_exc_make")) ? Rt.RT_UNCAUGHT_MADE : Rt.RT_UNCAUGHT;
        c.ifThen(BlockType.EMPTY, t -> t.call(symbols.runtime(uncaught)));
        c.i32Const(0).call(symbols.runtime(Rt.RT_EXIT));
        return new Function(m.typeIndex(FuncType.of(List.of(), List.of())), List.of(), c.finish());
    }

    private static int align8(int address) {
        return (address + 7) & ~7;
    }

    private static List<Instruction> resolveCalls(List<Instruction> body, Symbols symbols) {
        List<Instruction> out = new ArrayList<>(body.size());
        for (Instruction i : body) {
            out.add(i instanceof Control.Call c ? new Control.Call(symbols.index(c.function())) : i);
        }
        return out;
    }

    private static Instruction zero(ValType t) {
        return switch (t) {
            case I32 -> new Numeric.I32Const(0);
            case I64 -> new Numeric.I64Const(0);
            case F64 -> Numeric.F64Const.of(0);
            default -> throw new IllegalArgumentException("no global of type " + t);
        };
    }

    private static void name(Module m, Symbols symbols, List<IrFunction> functions,
                             List<SortedMap<Integer, String>> locals) {
        List<RuntimeFunction> imports = symbols.imports();
        for (int i = 0; i < imports.size(); i++) {
            m.names().functionNames().put(i, imports.get(i).name());
        }
        for (int k = 0; k < functions.size(); k++) {
            int index = symbols.indexOf(functions.get(k).name());
            m.names().functionNames().put(index, functions.get(k).name());
            for (Map.Entry<Integer, String> local : locals.get(k).entrySet()) {
                m.names().setLocalName(index, local.getKey(), local.getValue());
            }
        }
    }
}
