package dev.waspy.middle.pass;

import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Constant.BoolC;
import dev.waspy.middle.ir.Constant.FloatC;
import dev.waspy.middle.ir.Constant.IntC;
import dev.waspy.middle.ir.Constant.StrC;
import dev.waspy.middle.ir.Prim;
import java.math.BigInteger;

/** Python's semantics of the foldable primitives on constants; null means "do not fold". */
final class Folding {
    private Folding() {}

    /** Folding stops at results this large: the program may never need them, the binary would carry them. */
    private static final int MAX_BITS = 4096;
    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    static Constant fold(Prim p, Constant[] a) {
        return switch (p) {
            case INT_ADD -> big(i(a[0]).add(i(a[1])));
            case INT_SUB -> big(i(a[0]).subtract(i(a[1])));
            case INT_MUL -> big(i(a[0]).multiply(i(a[1])));
            case INT_FLOORDIV -> i(a[1]).signum() == 0 ? null : new IntC(floorDiv(i(a[0]), i(a[1])));
            case INT_MOD -> i(a[1]).signum() == 0 ? null : new IntC(i(a[0]).subtract(floorDiv(i(a[0]), i(a[1])).multiply(i(a[1]))));
            case INT_POW -> {
                BigInteger e = i(a[1]);
                BigInteger b = i(a[0]);
                if (e.signum() < 0 || e.bitLength() > 31) yield null;
                if ((long) b.bitLength() * e.intValue() > MAX_BITS) yield null;
                yield new IntC(b.pow(e.intValue()));
            }
            case INT_NEG -> new IntC(i(a[0]).negate());
            case INT_ABS -> new IntC(i(a[0]).abs());
            case INT_INVERT -> new IntC(i(a[0]).not());
            case INT_AND -> new IntC(i(a[0]).and(i(a[1])));
            case INT_OR -> new IntC(i(a[0]).or(i(a[1])));
            case INT_XOR -> new IntC(i(a[0]).xor(i(a[1])));
            case INT_LSHIFT -> {
                BigInteger s = i(a[1]);
                if (s.signum() < 0 || s.bitLength() > 31 || i(a[0]).bitLength() + s.intValue() > MAX_BITS) yield null;
                yield new IntC(i(a[0]).shiftLeft(s.intValue()));
            }
            case INT_RSHIFT -> {
                BigInteger s = i(a[1]);
                if (s.signum() < 0) yield null;
                // shiftRight floors, as Python's >> does for negative numbers.
                yield new IntC(s.bitLength() > 31 ? BigInteger.valueOf(i(a[0]).signum() < 0 ? -1 : 0) : i(a[0]).shiftRight(s.intValue()));
            }
            case INT_EQ -> bool(i(a[0]).compareTo(i(a[1])) == 0);
            case INT_NE -> bool(i(a[0]).compareTo(i(a[1])) != 0);
            case INT_LT -> bool(i(a[0]).compareTo(i(a[1])) < 0);
            case INT_LE -> bool(i(a[0]).compareTo(i(a[1])) <= 0);
            case INT_GT -> bool(i(a[0]).compareTo(i(a[1])) > 0);
            case INT_GE -> bool(i(a[0]).compareTo(i(a[1])) >= 0);
            case INT_TRUTHY -> bool(i(a[0]).signum() != 0);
            // Exact when both fit in 53 bits: one IEEE division, correctly rounded like CPython's.
            case INT_TRUEDIV -> i(a[1]).signum() == 0 || i(a[0]).abs().compareTo(TWO_53) > 0 || i(a[1]).abs().compareTo(TWO_53) > 0
                    ? null : new FloatC(i(a[0]).doubleValue() / i(a[1]).doubleValue());
            case INT_TO_FLOAT -> i(a[0]).abs().compareTo(TWO_53) > 0 ? null : new FloatC(i(a[0]).doubleValue());
            case INT_STR -> new StrC(i(a[0]).toString());
            case FLOAT_ADD -> new FloatC(d(a[0]) + d(a[1]));
            case FLOAT_SUB -> new FloatC(d(a[0]) - d(a[1]));
            case FLOAT_MUL -> new FloatC(d(a[0]) * d(a[1]));
            case FLOAT_TRUEDIV -> d(a[1]) == 0 ? null : new FloatC(d(a[0]) / d(a[1]));
            case FLOAT_NEG -> new FloatC(-d(a[0]));
            case FLOAT_ABS -> new FloatC(Math.abs(d(a[0])));
            case FLOAT_EQ -> bool(d(a[0]) == d(a[1]));
            case FLOAT_NE -> bool(d(a[0]) != d(a[1]));
            case FLOAT_LT -> bool(d(a[0]) < d(a[1]));
            case FLOAT_LE -> bool(d(a[0]) <= d(a[1]));
            case FLOAT_GT -> bool(d(a[0]) > d(a[1]));
            case FLOAT_GE -> bool(d(a[0]) >= d(a[1]));
            case FLOAT_TRUTHY -> bool(d(a[0]) != 0);
            case BOOL_NOT -> bool(!b(a[0]));
            case BOOL_AND -> bool(b(a[0]) & b(a[1]));
            case BOOL_OR -> bool(b(a[0]) | b(a[1]));
            case BOOL_XOR -> bool(b(a[0]) ^ b(a[1]));
            case BOOL_EQ -> bool(b(a[0]) == b(a[1]));
            case BOOL_NE -> bool(b(a[0]) != b(a[1]));
            case BOOL_TO_INT -> new IntC(b(a[0]) ? BigInteger.ONE : BigInteger.ZERO);
            case BOOL_TO_FLOAT -> new FloatC(b(a[0]) ? 1.0 : 0.0);
            case BOOL_STR -> new StrC(b(a[0]) ? "True" : "False");
            case STR_CONCAT -> new StrC(s(a[0]) + s(a[1]));
            case STR_EQ -> bool(s(a[0]).equals(s(a[1])));
            case STR_NE -> bool(!s(a[0]).equals(s(a[1])));
            case STR_TRUTHY -> bool(!s(a[0]).isEmpty());
            default -> null;
        };
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        // Java truncates; Python floors: step down when the remainder's sign differs from the divisor's.
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    private static Constant big(BigInteger v) { return v.bitLength() > MAX_BITS ? null : new IntC(v); }

    private static BoolC bool(boolean v) { return new BoolC(v); }

    private static BigInteger i(Constant c) { return ((IntC) c).value(); }

    private static double d(Constant c) { return ((FloatC) c).value(); }

    private static boolean b(Constant c) { return ((BoolC) c).value(); }

    private static String s(Constant c) { return ((StrC) c).value(); }
}
