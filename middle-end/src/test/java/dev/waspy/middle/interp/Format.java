package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** format(value, spec): Python's format-spec mini-language for int, float, bool, None and str. */
final class Format {
    private Format() {}

    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?", Pattern.DOTALL);

    static String format(Object v, String spec) {
        if (spec.isEmpty()) return PyValues.str(v);
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) throw exc("ValueError", "Invalid format specifier '" + spec + "' for object of type '" + PyValues.typeName(v) + "'");
        String fill = m.group(1) != null ? m.group(1) : (m.group(6) != null && m.group(2) == null ? "0" : " ");
        String align = m.group(2);
        String sign = m.group(3) == null ? "-" : m.group(3);
        boolean alt = m.group(5) != null;
        int width = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        String group = m.group(8);
        Integer prec = m.group(9) == null ? null : Integer.parseInt(m.group(9));
        String type = m.group(10);
        // A 0 before the width without an alignment: '=' for numbers, the default '<' for strs.
        if (m.group(6) != null && m.group(2) == null) align = v instanceof String ? null : "=";
        if (v instanceof String s) {
            if (type != null && !type.equals("s")) throw exc("ValueError", "Unknown format code '" + type + "' for object of type 'str'");
            if (align != null && align.equals("=")) throw exc("ValueError", "'=' alignment not allowed in string format specifier");
            String body = prec == null ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(prec, s.codePointCount(0, s.length()))));
            return pad(body, "", fill, align == null ? "<" : align, width);
        }
        if (!PyValues.isNum(v)) {
            throw exc("TypeError", "unsupported format string passed to " + PyValues.typeName(v) + ".__format__");
        }
        boolean isFloatType = type != null && "eEfFgG%".contains(type);
        if (PyValues.isInt(v) && !isFloatType) {
            // An unknown presentation type is CPython's first complaint, before the precision.
            if (type != null && !"bcdoxXn".contains(type)) {
                throw exc("ValueError", "Unknown format code '" + type + "' for object of type '" + PyValues.typeName(v) + "'");
            }
            if (prec != null) throw exc("ValueError", "Precision not allowed in integer format specifier");
            BigInteger i = PyValues.toInt(v);
            String t = type == null ? "d" : type;
            String digits = switch (t) {
                case "d", "n" -> PyValues.intStr(i.abs());
                case "x" -> i.abs().toString(16);
                case "X" -> i.abs().toString(16).toUpperCase(java.util.Locale.ROOT);
                case "o" -> i.abs().toString(8);
                case "b" -> i.abs().toString(2);
                case "c" -> new String(Character.toChars(i.intValueExact()));
                default -> throw exc("ValueError", "Unknown format code '" + t + "' for object of type '" + PyValues.typeName(v) + "'");
            };
            if (group != null) digits = group(digits, group, t.equals("d") || t.equals("n") ? 3 : 4);
            String prefix = alt ? switch (t) { case "x" -> "0x"; case "X" -> "0X"; case "o" -> "0o"; case "b" -> "0b"; default -> ""; } : "";
            return pad(prefix + digits, signOf(i.signum() < 0, sign), fill, align == null ? ">" : align, width);
        }
        double d = PyValues.toFloat(v);
        if (type == null && prec == null) {
            String r = PyValues.repr(d);
            boolean neg = r.startsWith("-");
            return pad(neg ? r.substring(1) : r, signOf(neg, sign), fill, align == null ? ">" : align, width);
        }
        String t = type == null ? "g" : type;
        int p = prec == null ? 6 : prec;
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d)) { body = "nan"; neg = false; }
        else if (Double.isInfinite(d)) body = "inf";
        else body = switch (t) {
            case "f", "F" -> fixed(a, p);
            case "e", "E" -> sci(a, p);
            case "%" -> fixed(a * 100, p) + "%";
            case "g", "G" -> general(a, p == 0 ? 1 : p, alt, type == null);
            default -> throw exc("ValueError", "Unknown format code '" + t + "' for object of type 'float'");
        };
        if (alt && p == 0 && "eEfF%".contains(t) && !Double.isNaN(d) && !Double.isInfinite(d)) {
            // The alternate form keeps the point even without digits after it: 1.e+21, 3., 50.%.
            int at = body.indexOf('e') >= 0 ? body.indexOf('e') : body.endsWith("%") ? body.length() - 1 : body.length();
            body = body.substring(0, at) + "." + body.substring(at);
        }
        if (t.equals("E") || t.equals("G") || t.equals("F")) body = body.toUpperCase(java.util.Locale.ROOT);
        if (group != null && !Double.isNaN(d) && !Double.isInfinite(d)) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : (body.indexOf('e') >= 0 ? body.indexOf('e') : body.length());
            body = group(body.substring(0, end), group, 3) + body.substring(end);
        }
        return pad(body, signOf(neg, sign), fill, align == null ? ">" : align, width);
    }

    private static String signOf(boolean neg, String sign) {
        return neg ? "-" : sign.equals("+") ? "+" : sign.equals(" ") ? " " : "";
    }

    static String fixed(double a, int p) {
        return new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String sci(double a, int p) {
        if (a == 0) return "0" + (p > 0 ? "." + "0".repeat(p) : "") + "e+00";
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p + 1, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String digits = bd.unscaledValue().toString();
        digits = (digits + "0".repeat(p + 1)).substring(0, p + 1);
        String mant = digits.charAt(0) + (p > 0 ? "." + digits.substring(1) : "");
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /**
     * 'g' as CPython's format_float_short does it: fixed notation unless the exponent is below -4
     * or at least the precision (one less for an omitted type, which adds ".0" to integers); the
     * alternate form keeps trailing zeros and the point.
     */
    private static String general(double a, int p, boolean alt, boolean noType) {
        int exp = 0;
        if (a != 0) {
            BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
            exp = bd.precision() - bd.scale() - 1;
        }
        String s = exp >= -4 && exp < (noType ? p - 1 : p) ? fixed(a, Math.max(p - 1 - exp, 0)) : sci(a, p - 1);
        int e = s.indexOf('e');
        String mant = e >= 0 ? s.substring(0, e) : s;
        String tail = e >= 0 ? s.substring(e) : "";
        if (alt) {
            if (!mant.contains(".")) mant = mant + ".";
        } else {
            if (mant.contains(".")) mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            if (noType && !mant.contains(".") && tail.isEmpty()) mant = mant + ".0";
        }
        return mant + tail;
    }

    private static String group(String digits, String sep, int every) {
        var sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String pad(String body, String sign, String fill, String align, int width) {
        int len = body.codePointCount(0, body.length()) + sign.length();
        if (len >= width) return sign + body;
        String padding = fill.repeat(width - len);
        return switch (align) {
            case "<" -> sign + body + padding;
            case ">" -> padding + sign + body;
            case "=" -> sign + padding + body;
            default -> {
                int left = (width - len) / 2;
                yield fill.repeat(left) + sign + body + fill.repeat(width - len - left);
            }
        };
    }

    static BigInteger powmod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) throw exc("ValueError", "pow() 3rd argument cannot be 0");
        BigInteger am = m.abs();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.modInverse(am).modPow(b.negate(), am);
            } catch (ArithmeticException e) {
                throw exc("ValueError", "base is not invertible for the given modulus");
            }
        } else {
            r = a.modPow(b, am);
        }
        if (m.signum() < 0 && r.signum() != 0) r = r.add(m);
        return r;
    }
}
