package dev.waspy.middle.ir;

import java.math.BigDecimal;

/** CPython's {@code repr} of the constant kinds, so dumps and folded strings read like Python. */
public final class PyRepr {
    private PyRepr() {}

    /**
     * {@code repr(float)}: the shortest digits that round-trip (Java's {@link Double#toString}
     * has produced exactly those since JDK 19), laid out as CPython does: positional for decimal
     * exponents in [-4, 16), else scientific with at least two exponent digits.
     */
    public static String ofFloat(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        var bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        // Java writes at least two significant digits for some subnormals (4.9E-324): drop one when it still round-trips.
        if (bd.precision() > 1) {
            var shorter = bd.round(new java.math.MathContext(bd.precision() - 1, java.math.RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() == Math.abs(d)) bd = shorter.stripTrailingZeros();
        }
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        var sb = new StringBuilder(d < 0 ? "-" : "");
        if (exp >= -5 + 1 && exp < 16) {
            if (exp < 0) {
                sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
            } else if (digits.length() <= exp + 1) {
                sb.append(digits).append("0".repeat(exp + 1 - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits.substring(exp + 1));
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits.substring(1));
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        }
        return sb.toString();
    }

    /** {@code repr(str)}: single quotes unless the text holds ' and no ", CPython's escapes. */
    public static String ofStr(String s) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        var sb = new StringBuilder().append(q);
        s.codePoints().forEach(cp -> {
            if (cp == q || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp == '\t') sb.append("\\t");
            else if (cp < 0x20 || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
            else if (cp >= 0x80 && !isPrintable(cp)) {
                if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
                else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
                else sb.append(String.format("\\U%08x", cp));
            } else sb.appendCodePoint(cp);
        });
        return sb.append(q).toString();
    }

    // An approximation of str.isprintable for non-ASCII: Unicode's "other" and separator categories.
    private static boolean isPrintable(int cp) {
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED
                || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
                || (t == Character.SPACE_SEPARATOR && cp != ' '));
    }
}
