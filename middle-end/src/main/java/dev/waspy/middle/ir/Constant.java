package dev.waspy.middle.ir;

import java.math.BigInteger;

/** A compile-time constant, the payload of {@link Inst.Const}. */
public sealed interface Constant {
    record IntC(BigInteger value) implements Constant {}
    record FloatC(double value) implements Constant {}
    record BoolC(boolean value) implements Constant {}
    record NoneC() implements Constant {}
    record StrC(String value) implements Constant {}

    static Constant of(long v) { return new IntC(BigInteger.valueOf(v)); }

    default IrType type() {
        return switch (this) {
            case IntC c -> IrType.INT;
            case FloatC c -> IrType.FLOAT;
            case BoolC c -> IrType.BOOL;
            case NoneC c -> IrType.NONE;
            case StrC c -> IrType.STR;
        };
    }
}
