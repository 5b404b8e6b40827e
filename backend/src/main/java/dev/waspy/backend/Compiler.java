package dev.waspy.backend;

import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.lower.ProgramLowering;
import dev.waspy.backend.lower.UnsupportedInFunction;
import dev.waspy.backend.locals.OneLocalPerValue;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.pass.Pipeline;
import dev.waspy.wasm.binary.WasmWriter;
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
    private Compiler() {}

    public static Compilation compile(SourceFile source, CompilerOptions options) {
        Mod.Module ast = Parser.parse(source);
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
        checkValid(lowered.module(), "the program module");
        byte[] bytes = WasmWriter.write(lowered.module());
        return new Compilation(bytes, lowered.module(), ir, lowered.layout());
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
