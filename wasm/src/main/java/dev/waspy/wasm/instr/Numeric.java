package dev.waspy.wasm.instr;

/**
 * Constants and the immediate-free numeric operations. Float constants keep their raw bits so
 * that NaN payloads survive a read and write unchanged.
 */
public sealed interface Numeric extends Instruction {
    record I32Const(int value) implements Numeric {
    }

    record I64Const(long value) implements Numeric {
    }

    record F32Const(int bits) implements Numeric {
        public static F32Const of(float value) {
            return new F32Const(Float.floatToRawIntBits(value));
        }

        public float value() {
            return Float.intBitsToFloat(bits);
        }
    }

    record F64Const(long bits) implements Numeric {
        public static F64Const of(double value) {
            return new F64Const(Double.doubleToRawLongBits(value));
        }

        public double value() {
            return Double.longBitsToDouble(bits);
        }
    }

    record Op(NumericOp op) implements Numeric {
    }
}
