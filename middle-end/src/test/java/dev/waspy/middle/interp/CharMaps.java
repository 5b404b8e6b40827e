package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import java.math.BigInteger;
import java.util.List;

/**
 * The str methods that map characters one by one (the runtime's strtranslate.c): expandtabs,
 * translate through a dict, maketrans; and the numeric methods called by name (conjugate,
 * as_integer_ratio, float.hex), with CPython's messages.
 */
final class CharMaps {
    private CharMaps() {}

    /** An argument CPython converts to a C int. */
    static int cInt(Object v) {
        if (!PyValues.isInt(v)) throw exc("TypeError", "'" + PyValues.typeName(v) + "' object cannot be interpreted as an integer");
        BigInteger i = PyValues.toInt(v);
        if (i.bitLength() > 31) throw exc("OverflowError", "Python int too large to convert to C int");
        return i.intValue();
    }

    static String expandtabs(String s, int tabsize) {
        var sb = new StringBuilder();
        long col = 0;
        for (int c : s.codePoints().toArray()) {
            if (c == '\t') {
                if (tabsize > 0) {
                    int incr = tabsize - (int) (col % tabsize);
                    sb.append(" ".repeat(incr));
                    col += incr;
                }
            } else {
                sb.appendCodePoint(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** s.translate(table): table[c] through the runtime's item access; a LookupError keeps c. */
    static String translate(String s, Object table) {
        var sb = new StringBuilder();
        Object absent = new Object();
        for (int c : s.codePoints().toArray()) {
            Object v;
            try {
                v = RuntimeTable.call("rt_obj_getitem", List.of(table, BigInteger.valueOf(c)));
            } catch (PyValues.PyExc e) {
                if (!e.cls.equals("KeyError") && !e.cls.equals("IndexError")) throw e;
                v = absent;
            }
            if (v == absent) sb.appendCodePoint(c);
            else if (v == PyValues.NONE) continue;
            else if (PyValues.isInt(v)) {
                BigInteger k = PyValues.toInt(v);
                if (k.signum() < 0 || k.compareTo(BigInteger.valueOf(0x10ffff)) > 0) throw exc("ValueError", "character mapping must be in range(0x110000)");
                sb.appendCodePoint(k.intValue());
            } else if (v instanceof String t) sb.append(t);
            else throw exc("TypeError", "character mapping must return integer, None or str");
        }
        return sb.toString();
    }

    static PyDict maketrans(List<Object> a) {
        var d = new PyDict();
        if (a.size() == 1) {
            if (!(a.get(0) instanceof PyDict x)) throw exc("TypeError", "if you give only one argument to maketrans it must be a dict");
            for (int e = x.next(0); e >= 0; e = x.next(e + 1)) {
                Object k = x.keyAt(e);
                if (k instanceof String t) {
                    if (t.codePointCount(0, t.length()) != 1) throw exc("ValueError", "string keys in translate table must be of length 1");
                    k = BigInteger.valueOf(t.codePointAt(0));
                } else if (!PyValues.isInt(k)) {
                    throw exc("TypeError", "keys in translate table must be strings or integers");
                }
                d.set(k, x.valueAt(e));
            }
            return d;
        }
        if (!(a.get(0) instanceof String x)) throw exc("TypeError", "first maketrans argument must be a string if there is a second argument");
        for (int i = 1; i < a.size(); i++) {
            if (!(a.get(i) instanceof String)) throw exc("TypeError", "maketrans() argument " + (i + 1) + " must be str, not " + PyValues.typeName(a.get(i)));
        }
        int[] from = x.codePoints().toArray();
        int[] to = ((String) a.get(1)).codePoints().toArray();
        if (from.length != to.length) throw exc("ValueError", "the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.length; i++) d.set(BigInteger.valueOf(from[i]), BigInteger.valueOf(to[i]));
        if (a.size() > 2) for (int c : ((String) a.get(2)).codePoints().toArray()) d.set(BigInteger.valueOf(c), PyValues.NONE);
        return d;
    }

    static PyValues.Tuple asIntegerRatio(Object v) {
        if (PyValues.isInt(v)) return new PyValues.Tuple(List.of(PyValues.toInt(v), BigInteger.ONE));
        double x = (Double) v;
        if (Double.isNaN(x)) throw exc("ValueError", "cannot convert NaN to integer ratio");
        if (Double.isInfinite(x)) throw exc("OverflowError", "cannot convert Infinity to integer ratio");
        var exact = new java.math.BigDecimal(x);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(Math.max(exact.scale(), 0));
        if (exact.scale() < 0) num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        BigInteger g = num.gcd(den);
        if (g.signum() == 0) return new PyValues.Tuple(List.of(BigInteger.ZERO, BigInteger.ONE));
        return new PyValues.Tuple(List.of(num.divide(g), den.divide(g)));
    }

    /** float.hex(): 13 hex digits of the fraction, the leading digit 0 for a subnormal. */
    static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return PyValues.repr(x);
        long b = Double.doubleToRawLongBits(x);
        String sign = b < 0 ? "-" : "";
        if (x == 0.0) return sign + "0x0.0p+0";
        int biased = (int) ((b >>> 52) & 0x7ff);
        int e = biased != 0 ? biased - 1023 : -1022;
        String frac = String.format("%013x", b & 0xfffffffffffffL);
        return sign + "0x" + (biased != 0 ? "1" : "0") + "." + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    private static final java.util.regex.Pattern HEX_FLOAT =
            java.util.regex.Pattern.compile("([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?");

    /** float.fromhex(s) through Java's own correctly rounded hex parser. */
    static double fromhex(Object arg) {
        if (!(arg instanceof String s)) throw exc("TypeError", "bad argument type for built-in operation");
        String t = s.replaceAll("^[ \\t\\n\\u000b\\f\\r]+|[ \\t\\n\\u000b\\f\\r]+$", "");
        String lower = t.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[+]", "");
        switch (lower) {
            case "inf", "infinity" -> { return Double.POSITIVE_INFINITY; }
            case "-inf", "-infinity" -> { return Double.NEGATIVE_INFINITY; }
            case "nan", "-nan" -> { return Double.NaN; }
            default -> { }
        }
        var m = HEX_FLOAT.matcher(t);
        String whole = m.matches() ? m.group(2) : "";
        String frac = m.matches() && m.group(3) != null ? m.group(3) : "";
        if (!m.matches() || whole.length() + frac.length() == 0) {
            throw exc("ValueError", "invalid hexadecimal floating-point string");
        }
        String exp = m.group(4) == null ? "0" : m.group(4);
        if (exp.replaceFirst("^[+-]", "").length() > 9) {
            // Beyond any float: zero (signed) for a zero coefficient or a negative exponent, else too large.
            boolean zero = (whole + frac).chars().allMatch(c -> c == '0');
            if (!zero && !exp.startsWith("-")) throw exc("OverflowError", "hexadecimal value too large to represent as a float");
            return m.group(1).equals("-") ? -0.0 : 0.0;
        }
        double x = Double.parseDouble(m.group(1) + "0x" + (whole.isEmpty() ? "0" : whole) + "." + frac + "p" + exp);
        if (Double.isInfinite(x)) throw exc("OverflowError", "hexadecimal value too large to represent as a float");
        return x;
    }
}
