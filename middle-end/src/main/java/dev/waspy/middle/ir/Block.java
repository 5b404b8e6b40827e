package dev.waspy.middle.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: instructions then one terminator. Blocks are compared by identity. The
 * terminator is set through {@link IrFunction#setTerminator} so the CFG edges stay in step.
 */
public final class Block {
    private final int id;
    final List<Inst> insts = new ArrayList<>();
    Terminator terminator;
    Block handler;

    Block(int id) { this.id = id; }

    public int id() { return id; }
    public String label() { return "b" + id; }

    /** The instructions, mutable: passes edit this list in place. */
    public List<Inst> insts() { return insts; }

    /** The terminator, or null while the block is still being built. */
    public Terminator terminator() { return terminator; }

    /**
     * Where a pending exception raised in this block goes: the block of the enclosing
     * {@code except}, or null to propagate to the caller (the only case until try/except exists).
     */
    public Block handler() { return handler; }

    public void add(Inst inst) { insts.add(inst); }

    @Override
    public String toString() { return label(); }
}
