package dev.waspy.backend;

import dev.waspy.backend.layout.MemoryLayout;
import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.library.ExportSignatures;
import dev.waspy.backend.library.ExportedFunction;
import dev.waspy.backend.link.Linker;
import dev.waspy.backend.link.ToolMetadata;
import dev.waspy.backend.runtime.RuntimeLibrary;
import dev.waspy.backend.lower.ProgramLowering;
import dev.waspy.backend.lower.UnsupportedInFunction;
import dev.waspy.backend.locals.InterferenceColouring;
import dev.waspy.backend.locals.OneLocalPerValue;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.BigStack;
import dev.waspy.frontend.syntax.RunnableSource;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.Limits;
import dev.waspy.wasm.model.MemoryType;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.validate.ValidationError;
import dev.waspy.wasm.validate.Validator;

import java.util.List;

/**
 * The whole compiler behind one call: parse, front end and middle end (to optimized CFG IR), then
 * the backend: lowering to a program module, linking the runtime in, validation, binary.
 * User errors are {@link CompileError}s; anything else thrown is a bug in Waspy.
 */
public final class Compiler {
    /** End of the runtime's C stack: wasm-ld --stack-first with a 64 KiB stack (runtime/build.sh). */
    private static final int RUNTIME_STACK_END = 64 * 1024;

    private Compiler() {}

    public static Compilation compile(SourceFile source, CompilerOptions options) {
        return compile(source, options, List.of());
    }

    /**
     * A library module when {@code exports} names functions of the program: those functions with
     * host signatures, {@code _initialize} instead of {@code _start} (ABI.md, "Library modules").
     */
    public static Compilation compile(SourceFile source, CompilerOptions options, List<String> exports) {
        // Every stage walks trees recursively, and a long flat chain in the source (and/or,
        // comparisons, elif) nests as deep as it is long once lowered: run them on a stack with room.
        return BigStack.run(() -> compileHere(source, options, exports));
    }

    private static Compilation compileHere(SourceFile source, CompilerOptions options, List<String> exportNames) {
        PhaseTimes times = new PhaseTimes();
        Mod.Module ast = times.time("parse", () -> RunnableSource.parse(source));
        var middle = new MiddleEnd.Options(options.passes(), false, options.observer()).withWarnings(options.warnings());
        IrProgram ir = times.time("middle-end", () -> MiddleEnd.compile(source, ast, middle));
        List<ExportedFunction> exports = ExportSignatures.read(source, ast, ir, exportNames);
        try {
            return compile(ir, options, times, exports);
        } catch (UnsupportedInFunction u) {
            int line = Math.max(1, u.function().sourceLine());
            throw new CompileError(source, line, 1, u.getMessage());
        }
    }

    /** The backend alone, from IR the middle end produced. */
    public static Compilation compile(IrProgram ir, CompilerOptions options) {
        return compile(ir, options, new PhaseTimes(), List.of());
    }

    private static Compilation compile(IrProgram ir, CompilerOptions options, PhaseTimes times,
                                       List<ExportedFunction> exports) {
        // Program data starts where the runtime's ends (ABI.md's A), 8-aligned like every object.
        StaticData data = times.time("runtime load", () -> new StaticData((RuntimeLibrary.heapBase() + 7) & ~7));
        var lowered = times.time("lower", () -> ProgramLowering.lower(ir, data,
                options.colourLocals() ? new InterferenceColouring() : new OneLocalPerValue(),
                RUNTIME_STACK_END, options.shadowStackBytes(), options.maxMemoryPages(), options.nameSection(),
                options.gc(), exports));
        times.time("validate", () -> {
            checkValid(lowered.module(), "the program module");
            return null;
        });
        Module linked = times.time("link", () -> Linker.link(lowered.module()));
        fitMemory(linked, lowered.layout());
        ToolMetadata.add(linked);
        times.time("validate", () -> {
            checkValid(linked, "the linked module");
            return null;
        });
        byte[] bytes = times.time("write", () -> WasmWriter.write(linked));
        return new Compilation(bytes, linked, lowered.module(), ir, lowered.layout(), times, exports);
    }

    /**
     * The linked module keeps the runtime's memory; its initial size must cover the program's
     * static data and shadow stack, and its maximum the --max-memory limit.
     */
    private static void fitMemory(Module linked, MemoryLayout layout) {
        if (linked.memories().size() != 1) {
            throw new IllegalStateException("the linked module should define exactly one memory, not "
                    + linked.memories().size());
        }
        Limits old = linked.memories().getFirst().limits();
        long min = Math.max(old.min(), layout.initialPages());
        linked.memories().set(0, new MemoryType(Limits.between(min, Math.max(min, layout.maxPages()))));
    }

    /** The compiler's promise: every module it emits is valid. Breaking it is a compiler bug. */
    static void checkValid(Module module, String what) {
        List<ValidationError> errors = Validator.validate(module);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("the code generator produced an invalid module (" + what + "): ");
            sb.append(errors.getFirst());
            for (ValidationError e : errors.subList(1, Math.min(errors.size(), 10))) {
                sb.append("\n  ").append(e);
            }
            throw new IllegalStateException(sb.toString());
        }
    }
}
