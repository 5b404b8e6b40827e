package dev.waspy.middle.build;

import dev.waspy.frontend.hir.HFunction;
import dev.waspy.frontend.hir.HProgram;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.Var;
import java.util.HashMap;
import java.util.Map;

/** HIR to CFG IR for a whole program: globals first, then one {@link FunctionBuilder} per function. */
public final class ProgramBuilder {
    private final HProgram h;
    private final IrProgram program;
    private final Map<String, Var.Global> globals = new HashMap<>();

    private ProgramBuilder(HProgram h) {
        this.h = h;
        this.program = new IrProgram(h.sourceName());
    }

    public static IrProgram build(HProgram h) {
        var b = new ProgramBuilder(h);
        for (HVar g : h.globals()) {
            var v = new Var.Global(g.name(), IrTypes.of(g.type()));
            b.globals.put(g.name(), v);
            b.program.addGlobal(v);
        }
        h.importedNames().forEach(b.program::addImportedName);
        for (HFunction f : h.functions()) b.program.addFunction(new FunctionBuilder(b, f).build());
        return b.program;
    }

    String sourceName() { return h.sourceName(); }

    Var.Global global(String name) {
        Var.Global g = globals.get(name);
        if (g == null) throw new IllegalStateException("unknown global " + name);
        return g;
    }
}
