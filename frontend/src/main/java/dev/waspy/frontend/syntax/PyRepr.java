package dev.waspy.frontend.syntax;

import dev.waspy.frontend.syntax.ast.PyBytes;
import dev.waspy.frontend.syntax.ast.PyComplex;
import dev.waspy.frontend.syntax.ast.PyStr;
import java.math.BigInteger;

/** Python's {@code repr} of the constant values that appear in an AST. */
public final class PyRepr {
    private PyRepr() {}

    public static String repr(Object v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    static void append(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("None");
            case String s -> str(sb, s);
            case PyStr s -> str(sb, s.codePoints());
            case BigInteger i -> sb.append(i);
            case Integer i -> sb.append(i.intValue());
            case Double d -> sb.append(floatRepr(d));
            case Boolean b -> sb.append(b ? "True" : "False");
            case PyComplex c -> sb.append(complexRepr(c));
            case PyBytes b -> bytes(sb, b);
            default -> sb.append(v);
        }
    }

    /** repr(str): single quotes unless the text has ' and no ", escapes for the unprintable. */
    static void str(StringBuilder sb, String s) {
        str(sb, s.codePoints().toArray());
    }

    static void str(StringBuilder sb, int[] cps) {
        boolean single = false, dbl = false;
        for (int cp : cps) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        sb.append(q);
        for (int cp : cps) {
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (Identifiers.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(q);
    }

    static void bytes(StringBuilder sb, PyBytes b) {
        boolean hasSingle = false, hasDouble = false;
        for (int i = 0; i < b.length(); i++) {
            hasSingle |= b.get(i) == '\'';
            hasDouble |= b.get(i) == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(q);
        for (int i = 0; i < b.length(); i++) {
            int c = b.get(i);
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        sb.append(q);
    }

    /**
     * repr(float): the shortest digits that round-trip (Java's Double.toString finds the same
     * digits since JDK 19), laid out by CPython's rule: positional notation when the decimal
     * exponent is in [-4, 16), scientific ({@code 1e+16}) otherwise.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        return layout(d, true);
    }

    /** Digits and decimal-point position of the shortest repr, then CPython's layout. */
    private static String layout(double d, boolean addDotZero) {
        String js = Double.toString(Math.abs(d));
        String mantissa = js;
        int exp = 0;
        int e = js.indexOf('E');
        if (e >= 0) {
            mantissa = js.substring(0, e);
            exp = Integer.parseInt(js.substring(e + 1));
        }
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp;
        // Normalize: strip leading zeros (adjusting the point) and trailing zeros.
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two digits where one would round-trip (4.9E-324 for 5e-324);
            // CPython prints the shortest, the closer one when two candidates of one digit do.
            String one = oneDigit(Math.abs(d), digits, decpt);
            if (one != null) {
                digits = one;
                if (digits.length() == 2) {
                    decpt++;
                    digits = "1";
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        int nd = digits.length();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-decpt));
                sb.append(digits);
            } else if (decpt >= nd) {
                sb.append(digits).append("0".repeat(decpt - nd));
                if (addDotZero) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd);
            }
        } else {
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            int x = decpt - 1;
            sb.append('e').append(x < 0 ? '-' : '+');
            if (Math.abs(x) < 10) {
                sb.append('0');
            }
            sb.append(Math.abs(x));
        }
        return sb.toString();
    }

    /** A one-digit decimal (as digits; "10" means a carry) that round-trips to {@code x}, or null. */
    private static String oneDigit(double x, String digits, int decpt) {
        int d0 = digits.charAt(0) - '0';
        java.math.BigDecimal exact = new java.math.BigDecimal(x);
        String best = null;
        java.math.BigDecimal bestErr = null;
        for (int c = d0; c <= d0 + 1; c++) {
            java.math.BigDecimal cand = java.math.BigDecimal.valueOf(c).scaleByPowerOfTen(decpt - 1);
            if (cand.doubleValue() == x) {
                java.math.BigDecimal err = cand.subtract(exact).abs();
                if (bestErr == null || err.compareTo(bestErr) < 0) {
                    bestErr = err;
                    best = Integer.toString(c);
                }
            }
        }
        return best;
    }

    /** repr(complex) for the values literals produce: {@code 1j}, {@code 1.5j}, {@code (1+2j)}. */
    public static String complexRepr(PyComplex c) {
        String imag = partRepr(c.imag());
        if (c.real() == 0 && 1 / c.real() > 0) {
            return imag + "j";
        }
        String real = partRepr(c.real());
        String sign = c.imag() < 0 || c.imag() == 0 && 1 / c.imag() < 0 || Double.isNaN(c.imag()) && imag.startsWith("-")
                ? "" : "+";
        return "(" + real + sign + imag + "j)";
    }

    private static String partRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        return layout(d, false);
    }
}
