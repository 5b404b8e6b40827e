package dev.waspy.frontend.syntax;

import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.PyEllipsis;
import dev.waspy.frontend.syntax.ast.PyNone;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's AST optimizer (Python/ast_opt.c) as far as it decides which expressions become
 * constants: a unary or binary operation on constants is folded when evaluating it raises nothing
 * and, for {@code *}, {@code **} and {@code <<} on ints, when the operands stay within its size
 * guards (128 bits; 4096 items for a repeated str). The value is returned as a key: ints as
 * BigInteger (bools stay Boolean, as the constant cache keeps them apart), floats as Double, strs
 * as String, tuples as lists; null when CPython leaves the expression to run time.
 */
final class ConstantFolding {
    /** CPython's MAX_INT_SIZE, in bits, and MAX_STR_SIZE, in items. */
    private static final int MAX_INT_BITS = 128, MAX_STR = 4096;

    private ConstantFolding() {}

    static Object fold(Expr e) {
        return switch (e) {
            case Expr.Constant c -> switch (c.value()) {
                case BigInteger b -> b;
                case Long l -> BigInteger.valueOf(l);
                case Integer i -> BigInteger.valueOf(i);
                case String x -> x;
                case Double x -> x;
                case Boolean x -> x;
                case PyNone n -> n;
                case PyEllipsis x -> x;
                default -> null;
            };
            // A tuple of constants is a constant (compared by its items, as CPython's constant keys).
            case Expr.Tuple t -> {
                var items = new ArrayList<Object>();
                for (Expr x : t.elts()) {
                    Object v = fold(x);
                    if (v == null) yield null;
                    items.add(v);
                }
                yield List.copyOf(items);
            }
            case Expr.UnaryOp u -> unary(u, fold(u.operand()));
            case Expr.BinOp b -> {
                Object l = fold(b.left());
                Object r = l == null ? null : fold(b.right());
                yield r == null ? null : binary(b.op(), l, r);
            }
            default -> null;
        };
    }

    private static Object unary(Expr.UnaryOp u, Object v) {
        if (v == null) return null;
        if (u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.Not) return !truth(v);
        BigInteger i = asInt(v);
        return switch (u.op()) {
            case USub -> i != null ? i.negate() : v instanceof Double d ? -d : null;
            case UAdd -> i != null ? i : v instanceof Double ? v : null;
            case Invert -> i != null ? i.not() : null;
            case Not -> throw new IllegalStateException();
        };
    }

    private static boolean truth(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case BigInteger i -> i.signum() != 0;
            case Double d -> d != 0.0;
            case String s -> !s.isEmpty();
            case List<?> l -> !l.isEmpty();
            case PyNone n -> false;
            default -> true;
        };
    }

    private static BigInteger asInt(Object v) {
        return v instanceof BigInteger i ? i : v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : null;
    }

    private static Object binary(Operator op, Object l, Object r) {
        BigInteger x = asInt(l), y = asInt(r);
        if (x != null && y != null) return ints(op, x, y);
        if ((x != null || l instanceof Double) && (y != null || r instanceof Double)) {
            return floats(op, x != null ? toDouble(x) : (Double) l, y != null ? toDouble(y) : (Double) r);
        }
        if (op == Operator.Add && l instanceof String s && r instanceof String t) return s + t;
        if (op == Operator.Mult && l instanceof String s && y != null) return repeat(s, y);
        if (op == Operator.Mult && x != null && r instanceof String t) return repeat(t, x);
        return null;
    }

    private static Object ints(Operator op, BigInteger x, BigInteger y) {
        boolean bothNonZero = x.signum() != 0 && y.signum() != 0;
        return switch (op) {
            case Add -> x.add(y);
            case Sub -> x.subtract(y);
            case Mult -> bothNonZero && x.bitLength() + y.bitLength() > MAX_INT_BITS ? null : x.multiply(y);
            case FloorDiv -> y.signum() == 0 ? null : floorDiv(x, y);
            case Mod -> y.signum() == 0 ? null : x.subtract(floorDiv(x, y).multiply(y));
            case Div -> y.signum() == 0 ? null : trueDivide(x, y);
            case Pow -> power(x, y);
            case LShift -> y.signum() < 0 ? null
                    : bothNonZero && (y.compareTo(BigInteger.valueOf(MAX_INT_BITS)) > 0 || x.bitLength() > MAX_INT_BITS - y.intValue())
                            ? null : x.signum() == 0 ? BigInteger.ZERO : x.shiftLeft(y.intValue());
            case RShift -> y.signum() < 0 ? null
                    : y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue());
            case BitAnd -> x.and(y);
            case BitOr -> x.or(y);
            case BitXor -> x.xor(y);
            case MatMult -> null;
        };
    }

    /** safe_power: a positive exponent folds while bits(x) <= 128 / y; a negative one gives a float. */
    private static Object power(BigInteger x, BigInteger y) {
        if (y.signum() < 0) return x.signum() == 0 ? null : finite(Math.pow(x.doubleValue(), y.doubleValue()));
        if (x.signum() == 0 || y.signum() == 0) return y.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
        if (y.bitLength() > 31 || x.bitLength() > MAX_INT_BITS / y.intValue()) return null;
        return x.pow(y.intValue());
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        return qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** int / int, rounded once as CPython's long_true_divide (null where it raises OverflowError). */
    private static Double trueDivide(BigInteger x, BigInteger y) {
        double d = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(60)).doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    private static Double toDouble(BigInteger x) {
        double d = x.doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    private static Object floats(Operator op, Double a, Double b) {
        if (a == null || b == null) return null; // an int too large for a float: OverflowError
        return switch (op) {
            case Add -> a + b;
            case Sub -> a - b;
            case Mult -> a * b;
            case Div -> b == 0.0 ? null : a / b;
            case FloorDiv -> b == 0.0 ? null : Math.floor(a / b);
            case Mod -> b == 0.0 ? null : floatMod(a, b);
            // A negative base with a fractional exponent gives a complex; overflow raises.
            case Pow -> (a < 0 && b != Math.rint(b)) || (a == 0.0 && b < 0) ? null : finite(Math.pow(a, b));
            default -> null;
        };
    }

    private static Double finite(double d) { return Double.isInfinite(d) ? null : d; }

    private static double floatMod(double a, double b) {
        double m = a % b;
        if (m != 0.0 && (m < 0) != (b < 0)) m += b;
        return m == 0.0 ? Math.copySign(0.0, b) : m;
    }

    private static String repeat(String s, BigInteger n) {
        if (n.signum() <= 0 || s.isEmpty()) return "";
        long size = s.codePointCount(0, s.length());
        return n.compareTo(BigInteger.valueOf(MAX_STR / size)) > 0 ? null : s.repeat(n.intValue());
    }
}
