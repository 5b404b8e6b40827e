package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;

/** The boxed operations: dispatch on the run-time types of the operands, as CPython does. */
final class ObjOps {
    private ObjOps() {}

    static Object arith(String op, Object a, Object b) {
        if (PyValues.isInt(a) && PyValues.isInt(b)) {
            if (a instanceof Boolean x && b instanceof Boolean y && (op.equals("&") || op.equals("|") || op.equals("^"))) {
                return switch (op) { case "&" -> x & y; case "|" -> x | y; default -> x ^ y; };
            }
            BigInteger x = PyValues.toInt(a);
            BigInteger y = PyValues.toInt(b);
            return switch (op) {
                case "+" -> x.add(y);
                case "-" -> x.subtract(y);
                case "*" -> x.multiply(y);
                case "/" -> PyValues.trueDiv(x, y);
                case "//" -> PyValues.floorDiv(x, y);
                case "%" -> PyValues.mod(x, y);
                case "**" -> y.signum() >= 0 ? PyValues.intPow(x, y) : PyValues.floatPow(PyValues.intToFloat(x), PyValues.intToFloat(y));
                case "&" -> x.and(y);
                case "|" -> x.or(y);
                case "^" -> x.xor(y);
                case "<<" -> PyValues.shift(x, y, true);
                case ">>" -> PyValues.shift(x, y, false);
                default -> throw new IllegalArgumentException(op);
            };
        }
        if (PyValues.isNum(a) && PyValues.isNum(b) && !op.equals("&") && !op.equals("|") && !op.equals("^")
                && !op.equals("<<") && !op.equals(">>")) {
            double x = PyValues.toFloat(a);
            double y = PyValues.toFloat(b);
            return switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> { if (y == 0) throw exc("ZeroDivisionError", "float division by zero"); yield x / y; }
                case "//" -> PyValues.floatDivmod(x, y, "float floor division by zero")[0];
                case "%" -> PyValues.floatDivmod(x, y, "float modulo")[1];
                case "**" -> PyValues.floatPow(x, y);
                default -> throw new IllegalArgumentException(op);
            };
        }
        if (op.equals("+") && a instanceof String x && b instanceof String y) return x + y;
        Object r = Containers.arith(op, a, b);
        if (r != null) return r;
        // Sequence repetition: a count below one gives the empty str.
        if (op.equals("*") && a instanceof String x && PyValues.isInt(b)) return repeat(x, PyValues.toInt(b));
        if (op.equals("*") && PyValues.isInt(a) && b instanceof String y) return repeat(y, PyValues.toInt(a));
        if (op.equals("+") && a instanceof String) throw exc("TypeError", "can only concatenate str (not \"" + PyValues.typeName(b) + "\") to str");
        if (op.equals("%") && a instanceof String s) return Printf.format(s, b);
        if (op.equals("*") && (isSeq(a) || isSeq(b))) {
            throw exc("TypeError", "can't multiply sequence by non-int of type '" + PyValues.typeName(isSeq(a) ? b : a) + "'");
        }
        throw exc("TypeError", "unsupported operand type(s) for " + (op.equals("**") ? "** or pow()" : op) + ": '"
                + PyValues.typeName(a) + "' and '" + PyValues.typeName(b) + "'");
    }

    private static String repeat(String s, BigInteger n) {
        return s.repeat((int) Containers.repeatCount(n, s.codePointCount(0, s.length()), true));
    }

    private static boolean isSeq(Object v) { return v instanceof String || v instanceof PyList || v instanceof Tuple; }

    static Object divmod(Object a, Object b) {
        if (PyValues.isInt(a) && PyValues.isInt(b)) {
            BigInteger x = PyValues.toInt(a);
            BigInteger y = PyValues.toInt(b);
            BigInteger q = PyValues.floorDiv(x, y);
            return new Tuple(java.util.List.of(q, x.subtract(q.multiply(y))));
        }
        if (PyValues.isNum(a) && PyValues.isNum(b)) {
            double[] r = PyValues.floatDivmod(PyValues.toFloat(a), PyValues.toFloat(b), "float divmod()");
            return new Tuple(java.util.List.of(r[0], r[1]));
        }
        throw exc("TypeError", "unsupported operand type(s) for divmod(): '" + PyValues.typeName(a) + "' and '" + PyValues.typeName(b) + "'");
    }

    static boolean compare(String op, Object a, Object b) {
        if (op.equals("==")) return Containers.eq(a, b);
        if (op.equals("!=")) return !Containers.eq(a, b);
        Boolean r = Containers.rich(op, a, b);
        if (r != null) return r;
        Integer c = order(a, b);
        if (c == null || c == Integer.MIN_VALUE) {
            if (c == null && !(comparable(a, b))) {
                throw exc("TypeError", "'" + op + "' not supported between instances of '" + PyValues.typeName(a) + "' and '" + PyValues.typeName(b) + "'");
            }
            return false; // NaN
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static boolean comparable(Object a, Object b) {
        return (PyValues.isNum(a) && PyValues.isNum(b)) || (a instanceof String && b instanceof String)
                || (a instanceof Tuple && b instanceof Tuple);
    }

    /** Sign of a - b; null when not equal and unordered (different types); MIN_VALUE for NaN. */
    static Integer order(Object a, Object b) {
        if (PyValues.isNum(a) && PyValues.isNum(b)) {
            if (PyValues.isInt(a) && PyValues.isInt(b)) return PyValues.toInt(a).compareTo(PyValues.toInt(b));
            if (a instanceof Double x && b instanceof Double y) {
                if (Double.isNaN(x) || Double.isNaN(y)) return Integer.MIN_VALUE;
                return x < y ? -1 : x > y ? 1 : 0;
            }
            double f = a instanceof Double d ? d : (Double) b;
            if (Double.isNaN(f)) return Integer.MIN_VALUE;
            int sign;
            if (Double.isInfinite(f)) sign = f > 0 ? -1 : 1; // int vs inf, seen from the int
            else sign = new BigDecimal(PyValues.toInt(a instanceof Double ? b : a)).compareTo(new BigDecimal(f));
            return a instanceof Double ? -sign : sign;
        }
        if (a instanceof String x && b instanceof String y) return Integer.signum(compareCodePoints(x, y));
        if (a instanceof Tuple x && b instanceof Tuple y) {
            for (int i = 0; i < Math.min(x.items().size(), y.items().size()); i++) {
                Integer c = order(x.items().get(i), y.items().get(i));
                if (c == null || c != 0) {
                    if (c == null) return null;
                    return c;
                }
            }
            return Integer.compare(x.items().size(), y.items().size());
        }
        if (a == PyValues.NONE && b == PyValues.NONE) return 0;
        return null;
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }

    static Object neg(Object a) {
        if (PyValues.isInt(a)) return PyValues.toInt(a).negate();
        if (a instanceof Double d) return -d;
        throw exc("TypeError", "bad operand type for unary -: '" + PyValues.typeName(a) + "'");
    }

    static Object abs(Object a) {
        if (PyValues.isInt(a)) return PyValues.toInt(a).abs();
        if (a instanceof Double d) return Math.abs(d);
        throw exc("TypeError", "bad operand type for abs(): '" + PyValues.typeName(a) + "'");
    }

    static boolean contains(Object needle, Object hay) {
        if (hay instanceof String h) {
            if (!(needle instanceof String n)) throw exc("TypeError", "'in <string>' requires string as left operand, not " + PyValues.typeName(needle));
            return h.contains(n);
        }
        if (hay instanceof Tuple t) {
            for (Object o : t.items()) if (Containers.same(o, needle)) return true;
            return false;
        }
        Boolean in = Containers.contains(hay, needle);
        if (in != null) return in;
        throw exc("TypeError", "argument of type '" + PyValues.typeName(hay) + "' is not iterable");
    }

    static BigInteger toInt(Object a) {
        if (PyValues.isInt(a)) return PyValues.toInt(a);
        if (a instanceof Double d) return PyValues.floatToInt(d);
        if (a instanceof String s) {
            try {
                return new BigInteger(s.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw exc("ValueError", "invalid literal for int() with base 10: " + dev.waspy.middle.ir.PyRepr.ofStr(s));
            }
        }
        throw exc("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '" + PyValues.typeName(a) + "'");
    }

    static double toFloat(Object a) {
        if (PyValues.isNum(a)) return PyValues.toFloat(a);
        if (a instanceof String s) {
            String t = s.strip().toLowerCase(java.util.Locale.ROOT);
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity" -> { return Double.POSITIVE_INFINITY; }
                case "-inf", "-infinity" -> { return Double.NEGATIVE_INFINITY; }
                case "nan", "+nan", "-nan" -> { return Double.NaN; }
                default -> { }
            }
            try {
                if (!t.matches("[+-]?(\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(e[+-]?\\d+)?")) throw new NumberFormatException();
                return Double.parseDouble(t.replace("_", ""));
            } catch (NumberFormatException e) {
                throw exc("ValueError", "could not convert string to float: " + dev.waspy.middle.ir.PyRepr.ofStr(s));
            }
        }
        throw exc("TypeError", "float() argument must be a string or a real number, not '" + PyValues.typeName(a) + "'");
    }

    static Object round(Object a) {
        if (PyValues.isInt(a)) return PyValues.toInt(a);
        if (a instanceof Double d) return PyValues.roundFloat(d);
        throw exc("TypeError", "type " + PyValues.typeName(a) + " doesn't define __round__ method");
    }

    static Object roundN(Object a, Object n) {
        if (n == PyValues.NONE) return round(a);
        BigInteger nd = PyValues.toInt(n);
        if (PyValues.isInt(a)) return PyValues.roundIntN(PyValues.toInt(a), nd);
        if (a instanceof Double d) return PyValues.roundFloatN(d, nd);
        throw exc("TypeError", "type " + PyValues.typeName(a) + " doesn't define __round__ method");
    }

    static Object powmod(Object a, Object b, Object m) {
        if (!(PyValues.isInt(a) && PyValues.isInt(b) && PyValues.isInt(m))) {
            throw exc("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        }
        return Format.powmod(PyValues.toInt(a), PyValues.toInt(b), PyValues.toInt(m));
    }

    static Tuple tuple(java.util.List<Object> items) { return new Tuple(new ArrayList<>(items)); }
}
