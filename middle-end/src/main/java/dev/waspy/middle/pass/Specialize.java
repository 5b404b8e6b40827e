package dev.waspy.middle.pass;

import dev.waspy.middle.analysis.Analyses;
import dev.waspy.middle.analysis.Preserved;
import dev.waspy.middle.infer.Inference;
import dev.waspy.middle.infer.Instance;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.types.PyType;
import dev.waspy.middle.specialize.Specialization;
import java.util.ArrayList;

/**
 * Replaces every function by its instances (FOUNDATION.md, section 6), as inference found them:
 * each a copy of the definition with scalar values unboxed, generic operations the
 * {@link dev.waspy.middle.types.TypedOps} table matches made typed, and direct calls calling the
 * callee's instance for their argument types. What no row matches stays generic.
 * <pre>
 * def h(a: object) -> object:              def h[int](a: int) -> int:
 *   %0: object = load a                      %0: int = load a
 *   %1: int = const 2                =>      %1: int = const 2
 *   %2: object = box %1                      %3: int = int.mul %0, %1
 *   %3: object = obj.mul %0, %2              return %3
 *   return %3
 * </pre>
 * (the boxes nothing needs any more are left to dead-code). A module global every store of which
 * inference found to be of one kind held unboxed (an int counter, a list of floats) is held in
 * that representation: its loads need no unboxing.
 */
public final class Specialize implements ModulePass {
    @Override public String name() { return "specialize"; }

    @Override public String description() { return "clone functions per argument types and make generic operations typed"; }

    @Override public Preserved preserves() { return Preserved.NONE; }

    @Override
    public boolean run(IrProgram program, PassContext ctx) {
        Inference types = ctx.analyses().get(Analyses.TYPES);
        var counts = new Specialization.Counts();
        var globals = new java.util.HashMap<Var.Global, Var.Global>();
        for (Var.Global g : program.globals()) {
            PyType t = types.global(g.name());
            if (g.type() instanceof IrType.Obj && t.unboxed()) globals.put(g, new Var.Global(g.name(), t.repr()));
        }
        var out = new ArrayList<IrFunction>();
        for (Instance i : types.instances()) out.add(Specialization.rewrite(i, globals, counts));
        program.replaceFunctions(out);
        program.retypeGlobals(globals);
        ctx.count("specialize.typed-globals", globals.size());
        ctx.count("specialize.instances", out.size());
        ctx.count("specialize.typed", counts.typed);
        ctx.count("specialize.generic", counts.generic);
        ctx.count("specialize.unboxed", counts.boxesRemoved);
        return true;
    }
}
