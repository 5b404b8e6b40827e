package dev.waspy.middle.ir;

/**
 * An SSA value: defined by exactly one instruction (or phi), never reassigned. Identity is the
 * number, unique within its function; the type travels with every use so that operand types can
 * be checked locally.
 */
public record Temp(int id, IrType type) {
    @Override
    public String toString() { return "%" + id; }
}
