package dev.waspy.middle.interp;

import dev.waspy.middle.ir.PyRepr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Python values for the reference interpreter: BigInteger (int), Double (float), Boolean (bool),
 * {@link #NONE}, String (str), {@link Tuple}, and the containers ({@link PyList}, {@link PyDict},
 * {@link PySet}, the range, iterator and dict view objects of {@link Iteration}); an object is
 * just one of these. Operations follow
 * CPython 3.11, messages included, for the types the compiler supports.
 */
final class PyValues {
    private PyValues() {}

    static final Object NONE = new Object() {
        @Override public String toString() { return "None"; }
    };

    record Tuple(List<Object> items) {}

    /** An exception: what a raise throws, and the Python value an except clause catches. */
    static final class PyExc extends RuntimeException {
        final String cls;
        /** What it was made with; null for one the runtime raised with a message: then (message,) or (). */
        private Tuple args;
        /** Whether str() is the repr of a single arg (KeyError and its subclasses). */
        private final boolean keyStr;
        Object cause;

        PyExc(String cls, String msg) {
            super(msg, null, false, false);
            this.cls = cls;
            this.keyStr = cls.equals("KeyError");
        }

        PyExc(String cls, Tuple args, boolean keyStr) {
            super(null, null, false, false);
            this.cls = cls;
            this.args = args;
            this.keyStr = keyStr;
        }

        Tuple args() {
            if (args == null) args = new Tuple(getMessage() == null ? List.of() : List.of(getMessage()));
            return args;
        }

        /** str(e): BaseException's rule (KeyError's: repr of a single arg). */
        String str() {
            if (args == null) return getMessage() == null ? "" : getMessage();
            var items = args.items();
            if (items.isEmpty()) return "";
            if (items.size() > 1) return PyValues.repr(args);
            return keyStr ? PyValues.repr(items.get(0)) : PyValues.str(items.get(0));
        }

        String repr() {
            var items = args().items();
            return cls + (items.size() == 1 ? "(" + PyValues.repr(items.get(0)) + ")" : PyValues.repr(args()));
        }

        String line() { return str().isEmpty() ? cls : cls + ": " + str(); }
    }

    static PyExc exc(String cls, String msg) { return new PyExc(cls, msg); }

    /** KeyError(key), as the runtime raises it for a missing key. */
    static PyExc keyError(Object key) { return new PyExc("KeyError", new Tuple(List.of(key)), true); }

    /** What {@code raise v} throws: v itself, or TypeError when it is not an exception. */
    static PyExc thrown(Object v) {
        if (v instanceof PyExc e) return e;
        return exc("TypeError", "exceptions must derive from BaseException");
    }

    static String typeName(Object v) {
        return switch (v) {
            case Boolean b -> "bool";
            case BigInteger i -> "int";
            case Double d -> "float";
            case String s -> "str";
            case Tuple t -> "tuple";
            case PyList l -> "list";
            case PyDict d -> "dict";
            case PySet s -> s.frozen() ? "frozenset" : "set";
            case Iteration.Range r -> "range";
            case Iteration.Iter it -> it.typeName();
            case Iteration.DictView w -> w.typeName();
            case PyExc e -> e.cls;
            default -> v == NONE ? "NoneType" : "object";
        };
    }

    static boolean isInt(Object v) { return v instanceof BigInteger || v instanceof Boolean; }

    static BigInteger toInt(Object v) {
        return v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) v;
    }

    static boolean isNum(Object v) { return isInt(v) || v instanceof Double; }

    static double toFloat(Object v) {
        if (v instanceof Double d) return d;
        return intToFloat(toInt(v));
    }

    static double intToFloat(BigInteger i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) throw exc("OverflowError", "int too large to convert to float");
        return d;
    }

    // ---- int ----

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw exc("ZeroDivisionError", "integer division or modulo by zero");
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    static BigInteger mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw exc("ZeroDivisionError", "integer modulo by zero");
        return a.subtract(floorDiv(a, b).multiply(b));
    }

    static double trueDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw exc("ZeroDivisionError", "division by zero");
        BigInteger lim = BigInteger.ONE.shiftLeft(53);
        if (a.abs().compareTo(lim) <= 0 && b.abs().compareTo(lim) <= 0) return a.doubleValue() / b.doubleValue();
        double d = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(80)).doubleValue();
        if (Double.isInfinite(d)) throw exc("OverflowError", "integer division result too large for a float");
        return d;
    }

    static BigInteger intPow(BigInteger b, BigInteger e) {
        if (e.bitLength() < 31) return b.pow(e.intValue());
        if (b.signum() == 0 || b.equals(BigInteger.ONE)) return b;
        if (b.equals(BigInteger.ONE.negate())) return e.testBit(0) ? b : BigInteger.ONE;
        throw exc("MemoryError", null);
    }

    static BigInteger shift(BigInteger a, BigInteger s, boolean left) {
        if (s.signum() < 0) throw exc("ValueError", "negative shift count");
        if (!left) return s.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(s.intValue());
        if (a.signum() == 0) return a;
        // The runtime's rule (CPython's long_lshift): past 2**61 - 7 digits of 30 bits an
        // OverflowError, past what an allocation can hold (2**35 bits) a MemoryError.
        long digits = (a.abs().bitLength() + 29) / 30;
        BigInteger[] qr = s.divideAndRemainder(BigInteger.valueOf(30));
        long limit = (1L << 61) - 1;
        long words = qr[0].compareTo(BigInteger.valueOf(limit)) >= 0 ? limit : qr[0].longValue();
        long rem = words == limit ? 0 : qr[1].longValue();
        if (digits + words + (rem != 0 ? 1 : 0) > (1L << 61) - 7) throw exc("OverflowError", "too many digits in integer");
        if (s.add(BigInteger.valueOf(a.abs().bitLength())).bitLength() > 35) throw exc("MemoryError", null);
        return a.shiftLeft(s.intValueExact());
    }

    // ---- float ----

    static double[] floatDivmod(double vx, double wx, String what) {
        if (wx == 0) throw exc("ZeroDivisionError", what);
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static double floatPow(double x, double y) {
        if (x == 0 && y < 0) throw exc("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) throw exc("ValueError", "complex result");
        // C99 pow (which CPython calls) differs from Java's here: pow(1, y) and pow(-1, ±inf) are 1.
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) return 1.0;
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw exc("OverflowError", "(34, 'Numerical result out of range')");
        }
        return r;
    }

    static BigInteger floatToInt(double d) {
        if (Double.isNaN(d)) throw exc("ValueError", "cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw exc("OverflowError", "cannot convert float infinity to integer");
        return new BigDecimal(d).toBigInteger();
    }

    static BigInteger roundFloat(double d) {
        if (Double.isNaN(d)) throw exc("ValueError", "cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw exc("OverflowError", "cannot convert float infinity to integer");
        return new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    static double roundFloatN(double d, BigInteger n) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return d;
        if (n.compareTo(BigInteger.valueOf(400)) > 0) return d;
        if (n.compareTo(BigInteger.valueOf(-400)) < 0) return Math.copySign(0.0, d);
        double r = new BigDecimal(d).setScale(n.intValue(), RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw exc("OverflowError", "rounded value too large to represent");
        return r == 0 ? Math.copySign(0.0, d) : r;
    }

    static BigInteger roundIntN(BigInteger x, BigInteger n) {
        if (n.signum() >= 0) return x;
        if (n.compareTo(BigInteger.valueOf(-100000)) < 0) return BigInteger.ZERO;
        return new BigDecimal(x).setScale(n.intValue(), RoundingMode.HALF_EVEN).toBigInteger();
    }

    // ---- text ----

    static String str(Object v) {
        return switch (v) {
            case String s -> s;
            case PyExc e -> e.str();
            default -> repr(v);
        };
    }

    static String repr(Object v) {
        return switch (v) {
            case Boolean b -> b ? "True" : "False";
            case BigInteger i -> intStr(i);
            case Double d -> PyRepr.ofFloat(d);
            case String s -> PyRepr.ofStr(s);
            case PyExc e -> e.repr();
            case Tuple t -> t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)"
                    : t.items().stream().map(PyValues::repr).collect(Collectors.joining(", ", "(", ")"));
            default -> v == NONE ? "None" : Containers.repr(v);
        };
    }

    /** Decimal text of an int, with CPython 3.11's limit on the number of digits. */
    static String intStr(BigInteger i) {
        String t = i.abs().toString();
        if (t.length() > 4300) {
            throw exc("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return i.signum() < 0 ? "-" + t : t;
    }

    static boolean truthy(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case BigInteger i -> i.signum() != 0;
            case Double d -> d != 0;
            case String s -> !s.isEmpty();
            case Tuple t -> !t.items().isEmpty();
            case Iteration.Iter it -> true;
            default -> v != NONE && Containers.len(v).signum() != 0;
        };
    }
}
