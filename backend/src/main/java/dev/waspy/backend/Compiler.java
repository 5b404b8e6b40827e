package dev.waspy.backend;

import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.lower.ProgramLowering;
import dev.waspy.backend.lower.UnsupportedInFunction;
import dev.waspy.backend.locals.OneLocalPerValue;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.pass.Pipeline;
import dev.waspy.wasm.binary.WasmWriter;

import java.util.List;

/**
 * The whole compiler behind one call: parse, front end and middle end (to optimized CFG IR), then
 * the backend: lowering to a program module, linking the runtime in, validation, binary.
 * User errors are {@link CompileError}s; anything else thrown is a bug in Waspy.
 */
public final class Compiler {
    private Compiler() {}

    public static Compilation compile(SourceFile source, CompilerOptions options) {
        Mod.Module ast = parse(source);
        var middle = new MiddleEnd.Options(options.optimize() ? Pipeline.DEFAULT : List.of(), false);
        IrProgram ir = MiddleEnd.compile(source, ast, middle);
        try {
            return compile(ir, options);
        } catch (UnsupportedInFunction u) {
            int line = Math.max(1, u.function().sourceLine());
            throw new CompileError(source, line, 1, u.getMessage());
        }
    }

    /** The backend alone, from IR the middle end produced. */
    public static Compilation compile(IrProgram ir, CompilerOptions options) {
        StaticData data = new StaticData(0x20000);
        var lowered = ProgramLowering.lower(ir, data, new OneLocalPerValue(), 0x10000,
                options.shadowStackBytes(), options.maxMemoryPages(), options.nameSection());
        byte[] bytes = WasmWriter.write(lowered.module());
        return new Compilation(bytes, lowered.module(), ir, lowered.layout());
    }

    private static Mod.Module parse(SourceFile source) {
        throw new CompileError(source, 1, 1, "this build of Waspy has no parser yet");
    }
}
