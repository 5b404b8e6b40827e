package dev.waspy.middle.ir;

/**
 * A named variable slot, read and written only by {@link Inst.Load} and {@link Inst.Store}. Slots
 * keep the builder simple; a later mem2reg pass turns local slots into SSA temps and phis.
 */
public sealed interface Var {
    String name();
    IrType type();

    /** A local of one function (parameters included). */
    record Local(String name, IrType type) implements Var {}
    /** A module-level global, shared by every function of the program. */
    record Global(String name, IrType type) implements Var {}
}
