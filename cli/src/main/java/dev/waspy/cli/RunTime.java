package dev.waspy.cli;

import dev.waspy.cli.run.Engine;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Edge;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import org.jgrapht.alg.cycle.CycleDetector;

/**
 * Chooses the engine for {@code waspy run}: a program whose IR has no loop and no call between
 * its own functions executes each of its instructions at most once, so it cannot run long and the
 * interpreter (no compilation cost) wins; anything else gets the compiler.
 */
final class RunTime {
    private RunTime() {}

    static Engine engineFor(IrProgram ir) {
        for (IrFunction f : ir.functions()) {
            if (new CycleDetector<Block, Edge>(f.cfg()).detectCycles()) {
                return Engine.COMPILER;
            }
            for (Block b : f.blocks()) {
                for (Inst i : b.insts()) {
                    if (i instanceof Inst.Call) {
                        return Engine.COMPILER;
                    }
                }
            }
        }
        return Engine.INTERPRETER;
    }
}
