package dev.waspy.backend;

import dev.waspy.backend.layout.MemoryLayout;
import dev.waspy.backend.library.ExportedFunction;
import dev.waspy.middle.dump.IrPrinter;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.text.WatPrinter;

import java.util.List;

/**
 * The result of compiling one program: the linked, validated module (as bytes and as a model) and
 * what the compiler saw on the way, for {@code --emit=wat}, {@code --dump-ir} and {@code --dump-layout}.
 */
public final class Compilation {
    private final byte[] wasm;
    private final Module module;
    private final IrProgram ir;
    private final MemoryLayout layout;
    private final PhaseTimes times;
    private final Module program;
    private final List<ExportedFunction> exports;

    Compilation(byte[] wasm, Module module, Module program, IrProgram ir, MemoryLayout layout, PhaseTimes times,
                List<ExportedFunction> exports) {
        this.exports = List.copyOf(exports);
        this.wasm = wasm;
        this.module = module;
        this.program = program;
        this.ir = ir;
        this.layout = layout;
        this.times = times;
    }

    /** How long each phase of the compiler took. */
    public PhaseTimes times() {
        return times;
    }

    /** The WASI module: a command, or a library (reactor) with {@code --export}. */
    public byte[] wasm() {
        return wasm.clone();
    }

    /** The linked module's model (the runtime merged in). */
    public Module module() {
        return module;
    }

    /** The program module as lowered, before the runtime was linked in (it imports waspy_rt.*). */
    public Module programModule() {
        return program;
    }

    /** The program module in the text format: only the compiled Python, without the runtime. */
    public String programWat() {
        return WatPrinter.print(program);
    }

    /** The module in the WebAssembly text format. */
    public String wat() {
        return WatPrinter.print(module);
    }

    /** The middle-end's IR after its passes, as the program was lowered. */
    public IrProgram ir() {
        return ir;
    }

    /** The IR in the middle-end's text form. */
    public String irText() {
        return IrPrinter.print(ir);
    }

    /** The functions a library module exports with their host signatures; empty for a command module. */
    public List<ExportedFunction> exports() {
        return exports;
    }

    public MemoryLayout layout() {
        return layout;
    }
}
