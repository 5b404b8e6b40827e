package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The math module (math.c, mathint.c): every function whose result Java computes bit for bit as
 * the runtime does (the exact ones, the integer ones, fsum, the norms through BigDecimal). The
 * transcendental functions are the runtime's double-double algorithms or the C library's (libm.c),
 * which Java's Math and StrictMath do not reproduce to the last bit: they are
 * {@link Interpreter.Unmodelled}.
 */
final class MathFunctions {
    private MathFunctions() {}

    static final List<String> TRANSCENDENTAL = List.of("exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
            "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh");

    static void register(RuntimeTable.Rows r) {
        for (String f : TRANSCENDENTAL) {
            r.add("rt_math_" + f, a -> {
                throw new Interpreter.Unmodelled("math." + f + " (the runtime's own algorithm, not Java's Math)");
            });
        }
        r.add("rt_math_sqrt", a -> {
            double x = arg(a.get(0));
            if (x < 0) throw domain();
            return Math.sqrt(x);
        });
        r.add("rt_math_pow", a -> {
            double x = arg(a.get(0)), y = arg(a.get(1));
            if (y == 0 || x == 1) return 1.0;
            if (!(Double.isFinite(x) && Double.isFinite(y)) || y != Math.rint(y) || Math.abs(y) > 64) {
                throw new Interpreter.Unmodelled("math.pow other than of an integer power up to 64 (the runtime's double-double pow)");
            }
            boolean odd = Math.abs(y) % 2 == 1;
            if (x == 0 && y < 0) throw domain();
            if (x == 0) return odd ? x : 0.0;
            BigDecimal p = new BigDecimal(x).pow((int) Math.abs(y));
            double res = y > 0 ? p.doubleValue() : BigDecimal.ONE.divide(p, new MathContext(60)).doubleValue();
            if (Double.isInfinite(res)) throw exc("OverflowError", "math range error");
            return res;
        });
        r.add("rt_math_floor", a -> rounded(a.get(0), "floor"));
        r.add("rt_math_ceil", a -> rounded(a.get(0), "ceil"));
        r.add("rt_math_trunc", a -> rounded(a.get(0), "trunc"));
        r.add("rt_math_fabs", a -> Math.abs(arg(a.get(0))));
        r.add("rt_math_copysign", a -> Math.copySign(arg(a.get(0)), arg(a.get(1))));
        r.add("rt_math_fmod", a -> {
            double x = arg(a.get(0)), y = arg(a.get(1));
            if (Double.isInfinite(y) && Double.isFinite(x)) return x;
            if (Double.isNaN(x) || Double.isNaN(y)) return x + y;
            if (Double.isInfinite(x) || y == 0) throw domain();
            return x % y;
        });
        r.add("rt_math_modf", a -> {
            double x = arg(a.get(0));
            if (Double.isInfinite(x)) return pair(Math.copySign(0.0, x), x);
            if (Double.isNaN(x)) return pair(x, x);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return pair(Math.copySign(x - ip, x), ip);
        });
        r.add("rt_math_frexp", a -> {
            double x = arg(a.get(0));
            if (x == 0 || !Double.isFinite(x)) return pair(x, BigInteger.ZERO);
            int e = Math.getExponent(x) + 1;
            if (Math.getExponent(x) < Double.MIN_EXPONENT) e = Math.getExponent(x * 0x1p54) + 1 - 54;
            return pair(Math.scalb(x, -e), BigInteger.valueOf(e));
        });
        r.add("rt_math_ldexp", a -> {
            double x = arg(a.get(0));
            if (!PyValues.isInt(a.get(1))) throw exc("TypeError", "Expected an int as second argument to ldexp.");
            BigInteger i = PyValues.toInt(a.get(1));
            if (x == 0 || !Double.isFinite(x)) return x;
            int e = i.max(BigInteger.valueOf(-100000)).min(BigInteger.valueOf(100000)).intValue();
            double res = new BigDecimal(x).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(Math.max(e, 0))))
                    .divide(new BigDecimal(BigInteger.ONE.shiftLeft(Math.max(-e, 0)))).doubleValue();
            if (Double.isInfinite(res)) throw exc("OverflowError", "math range error");
            return res == 0 ? Math.copySign(0.0, x) : res;
        });
        r.add("rt_math_nextafter", a -> Math.nextAfter(arg(a.get(0)), arg(a.get(1))));
        r.add("rt_math_ulp", a -> {
            double x = arg(a.get(0));
            return Double.isNaN(x) ? x : Math.ulp(x);
        });
        r.add("rt_math_remainder", a -> {
            double x = arg(a.get(0)), y = arg(a.get(1));
            if (Double.isNaN(x) || Double.isNaN(y)) return Double.isNaN(x) ? x : y;
            if (Double.isInfinite(x) || y == 0) throw domain();
            if (Double.isInfinite(y)) return x;
            return Math.IEEEremainder(x, y);
        });
        r.add("rt_math_isfinite", a -> Double.isFinite(arg(a.get(0))));
        r.add("rt_math_isinf", a -> Double.isInfinite(arg(a.get(0))));
        r.add("rt_math_isnan", a -> Double.isNaN(arg(a.get(0))));
        r.add("rt_math_isclose", a -> {
            double x = arg(a.get(0)), y = arg(a.get(1)), rel = arg(a.get(2)), abs = arg(a.get(3));
            if (rel < 0 || abs < 0) throw exc("ValueError", "tolerances must be non-negative");
            if (x == y) return true;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        r.add("rt_math_degrees", a -> arg(a.get(0)) * (180.0 / Math.PI));
        r.add("rt_math_radians", a -> arg(a.get(0)) * (Math.PI / 180.0));
        r.add("rt_math_hypot", a -> {
            var v = new ArrayList<Double>();
            for (Object x : ((Tuple) a.get(0)).items()) v.add(arg(x));
            return norm(v);
        });
        r.add("rt_math_dist", a -> {
            List<Object> p = Iteration.toList(a.get(0)).items, q = Iteration.toList(a.get(1)).items;
            if (p.size() != q.size()) throw exc("ValueError", "both points must have the same number of dimensions");
            var v = new ArrayList<Double>();
            for (int i = 0; i < p.size(); i++) v.add(arg(p.get(i)) - arg(q.get(i)));
            return norm(v);
        });
        r.add("rt_math_fsum", a -> fsum(Iteration.toList(a.get(0)).items));
        r.add("rt_math_prod", a -> {
            Object acc = a.get(1);
            for (Object x : Iteration.toList(a.get(0)).items) acc = ObjOps.arith("*", acc, x);
            return acc;
        });
        r.add("rt_math_gcd", a -> {
            BigInteger g = BigInteger.ZERO;
            for (Object x : ((Tuple) a.get(0)).items()) g = g.gcd(index(x));
            return g;
        });
        r.add("rt_math_lcm", a -> {
            BigInteger l = BigInteger.ONE;
            for (Object x : ((Tuple) a.get(0)).items()) {
                BigInteger i = index(x);
                l = l.signum() == 0 || i.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(i)).multiply(i).abs();
            }
            return l;
        });
        r.add("rt_math_factorial", a -> factorial(index(a.get(0))));
        r.add("rt_math_comb", a -> {
            BigInteger n = index(a.get(0)), k = index(a.get(1));
            nonNegative(n, k);
            if (k.compareTo(n) > 0) return BigInteger.ZERO;
            k = k.min(n.subtract(k));
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < k.longValueExact(); i++) c = c.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            return c;
        });
        r.add("rt_math_perm", a -> {
            if (a.get(1) == PyValues.NONE) return factorial(index(a.get(0)));
            BigInteger n = index(a.get(0)), k = index(a.get(1));
            nonNegative(n, k);
            if (k.compareTo(n) > 0) return BigInteger.ZERO;
            BigInteger p = BigInteger.ONE;
            for (long i = 0; i < k.longValueExact(); i++) p = p.multiply(n.subtract(BigInteger.valueOf(i)));
            return p;
        });
        r.add("rt_math_isqrt", a -> {
            BigInteger n = index(a.get(0));
            if (n.signum() < 0) throw exc("ValueError", "isqrt() argument must be nonnegative");
            return n.sqrt();
        });
    }

    private static PyValues.PyExc domain() { return exc("ValueError", "math domain error"); }

    /** PyFloat_AsDouble, as math.c's math_arg. */
    static double arg(Object v) {
        if (v instanceof Double d) return d;
        if (PyValues.isInt(v)) return PyValues.intToFloat(PyValues.toInt(v));
        throw exc("TypeError", "must be real number, not " + PyValues.typeName(v));
    }

    private static BigInteger index(Object v) {
        if (PyValues.isInt(v)) return PyValues.toInt(v);
        throw exc("TypeError", "'" + PyValues.typeName(v) + "' object cannot be interpreted as an integer");
    }

    private static Object rounded(Object v, String how) {
        if (PyValues.isInt(v)) return PyValues.toInt(v);
        if (!(v instanceof Double d)) {
            throw exc("TypeError", how.equals("trunc") ? "type " + PyValues.typeName(v) + " doesn't define __trunc__ method"
                    : "must be real number, not " + PyValues.typeName(v));
        }
        double x = switch (how) {
            case "floor" -> Math.floor(d);
            case "ceil" -> Math.ceil(d);
            default -> d < 0 ? Math.ceil(d) : Math.floor(d);
        };
        return PyValues.floatToInt(x);
    }

    private static Tuple pair(double a, Object b) { return new Tuple(List.of(a, b)); }

    private static void nonNegative(BigInteger n, BigInteger k) {
        if (n.signum() < 0) throw exc("ValueError", "n must be a non-negative integer");
        if (k.signum() < 0) throw exc("ValueError", "k must be a non-negative integer");
    }

    private static BigInteger factorial(BigInteger n) {
        if (n.signum() < 0) throw exc("ValueError", "factorial() not defined for negative values");
        if (n.bitLength() > 63) throw exc("OverflowError", "factorial() argument should not exceed 9223372036854775807");
        BigInteger f = BigInteger.ONE;
        for (long i = 2; i <= n.longValue(); i++) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }

    /** The runtime's norm: an infinity wins over a NaN, else the square root of the exact sum of squares, rounded once. */
    private static double norm(List<Double> v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isNaN(x)) nan = true;
            else max = Math.max(max, Math.abs(x));
        }
        if (Double.isInfinite(max)) return max;
        if (nan) return Double.NaN;
        if (max == 0 || v.size() == 1) return max;
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) sum = sum.add(new BigDecimal(x).pow(2));
        return sum.sqrt(new MathContext(60)).doubleValue();
    }

    /** CPython's fsum, step for step as math.c. */
    private static double fsum(List<Object> items) {
        var p = new ArrayList<Double>();
        double special = 0, infSum = 0;
        for (Object item : items) {
            double x = arg(item), xsave = x;
            int i = 0;
            for (int j = 0; j < p.size(); j++) {
                double y = p.get(j);
                if (Math.abs(x) < Math.abs(y)) { double t = x; x = y; y = t; }
                double hi = x + y, yr = hi - x, lo = y - yr;
                if (lo != 0) p.set(i++, lo);
                x = hi;
            }
            p.subList(i, p.size()).clear();
            if (x != 0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) throw exc("OverflowError", "intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    special += xsave;
                    p.clear();
                } else {
                    p.add(x);
                }
            }
        }
        if (special != 0) {
            if (Double.isNaN(infSum)) throw exc("ValueError", "-inf + inf in fsum");
            return special;
        }
        int n = p.size();
        double hi = 0;
        if (n > 0) {
            double lo = 0;
            hi = p.get(--n);
            while (n > 0) {
                double x = hi, y = p.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0) break;
            }
            if (n > 0 && ((lo < 0 && p.get(n - 1) < 0) || (lo > 0 && p.get(n - 1) > 0))) {
                double y = lo * 2, x = hi + y, yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }
}
