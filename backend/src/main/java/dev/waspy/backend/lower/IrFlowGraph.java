package dev.waspy.backend.lower;

import dev.waspy.backend.structure.Exit;
import dev.waspy.backend.structure.FlowGraph;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Terminator;

import java.util.List;

/** An IR function's blocks as the structurer sees them: terminators become exits. */
record IrFlowGraph(IrFunction function) implements FlowGraph<Block> {
    @Override
    public Block entry() {
        return function.entry();
    }

    @Override
    public Exit<Block> exit(Block b) {
        Terminator t = b.terminator();
        if (t == null) {
            throw new IllegalStateException("block " + b + " of " + function.name() + " has no terminator");
        }
        return switch (t) {
            case Terminator.Jump j -> new Exit.Jump<>(j.target());
            case Terminator.Branch br -> new Exit.Branch<>(br.ifTrue(), br.ifFalse());
            case Terminator.Return r -> new Exit.Leave<>();
            case Terminator.Raise r -> new Exit.Leave<>();
            case Terminator.Throw x -> new Exit.Leave<>();
            case Terminator.Unreachable u -> new Exit.Leave<>();
        };
    }

    /** An exception raised in the block goes to its handler: a branch out of the block's middle. */
    @Override
    public List<Block> sideExits(Block b) {
        return b.handler() == null ? List.of() : List.of(b.handler());
    }
}
