package dev.waspy.middle.pass;

import dev.waspy.middle.ir.IrProgram;

/** A pass over the whole program (interprocedural: inference over the call graph, inlining). */
public non-sealed interface ModulePass extends Pass {
    /** Transforms the program in place; true when anything changed (every function's analyses are then checked). */
    boolean run(IrProgram program, PassContext ctx);
}
