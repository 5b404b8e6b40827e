package dev.waspy.middle.interp;

import static dev.waspy.middle.interp.PyValues.exc;

import dev.waspy.middle.interp.PyValues.Tuple;
import java.math.BigInteger;
import java.util.List;

/** str % args: CPython's printf-style formatting, as the runtime's printf.c does it. */
final class Printf {
    private Printf() {}

    /** The flags, width and precision of one conversion (-1: not given). */
    private static final class Spec {
        boolean left, zero, plus, space, alt;
        long width = -1;
        long prec = -1;

        String sign(boolean neg) { return neg ? "-" : plus ? "+" : space ? " " : ""; }
    }

    static String format(String fmt, Object args) {
        List<Object> argv = args instanceof Tuple t ? t.items() : List.of(args);
        // Any non-tuple argument with __getitem__ (a dict, but a list too) counts as a mapping.
        boolean mapping = args instanceof PyDict || args instanceof PyList;
        int[] s = fmt.codePoints().toArray();
        int n = s.length;
        int argi = 0;
        var sb = new StringBuilder();
        int i = 0;
        while (i < n) {
            if (s[i] != '%') { sb.appendCodePoint(s[i++]); continue; }
            i++;
            if (i < n && s[i] == '%') { sb.append('%'); i++; continue; }
            var f = new Spec();
            Object value = null;
            if (i < n && s[i] == '(') {
                if (!mapping) throw exc("TypeError", "format requires a mapping");
                if (!(args instanceof PyDict d)) throw exc("TypeError", "list indices must be integers or slices, not str");
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) { if (s[i] == '(') depth++; else if (s[i] == ')') depth--; i++; }
                if (depth > 0) throw exc("ValueError", "incomplete format key");
                value = d.get(new String(s, start, i - 1 - start));
            }
            for (; i < n; i++) {
                int k = s[i];
                if (k == '-') f.left = true;
                else if (k == '+') f.plus = true;
                else if (k == ' ') f.space = true;
                else if (k == '#') f.alt = true;
                else if (k == '0') f.zero = true;
                else break;
            }
            for (int part = 0; part < 2; part++) {
                if (part == 1) {
                    if (i < n && s[i] == '.') { i++; f.prec = 0; } else break;
                }
                long val;
                if (i < n && s[i] == '*') {
                    i++;
                    if (argi >= argv.size()) throw exc("TypeError", "not enough arguments for format string");
                    Object w = argv.get(argi++);
                    if (!PyValues.isInt(w)) throw exc("TypeError", "* wants int");
                    BigInteger b = PyValues.toInt(w);
                    if (b.bitLength() > (part == 0 ? 63 : 31)) {
                        throw exc("OverflowError", part == 0 ? "Python int too large to convert to C ssize_t" : "Python int too large to convert to C int");
                    }
                    val = b.longValue();
                    if (part == 0 && val < 0) { f.left = true; val = -val; }
                    if (part == 1 && val < 0) val = 0;
                } else {
                    val = 0;
                    boolean any = false;
                    while (i < n && s[i] >= '0' && s[i] <= '9') {
                        val = val * 10 + (s[i] - '0');
                        if (val > 0x7fffffff) throw exc("ValueError", part == 1 ? "precision too big" : "width too big");
                        i++;
                        any = true;
                    }
                    if (!any && part == 0) continue;
                }
                if (part == 0) f.width = val;
                else f.prec = val;
            }
            while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
            if (i >= n) throw exc("ValueError", "incomplete format");
            int conv = s[i++];
            // CPython takes the argument before it looks at the conversion character.
            if (value == null) {
                if (argi >= argv.size()) throw exc("TypeError", "not enough arguments for format string");
                value = argv.get(argi++);
            }
            if ("sracdiuoxXeEfFgG".indexOf(conv) < 0) {
                throw exc("ValueError", "unsupported format character '" + new String(Character.toChars(conv)) + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
            convert(sb, f, (char) conv, value);
        }
        if (argi < argv.size() && !mapping) throw exc("TypeError", "not all arguments converted during string formatting");
        return sb.toString();
    }

    private static void padNumber(StringBuilder sb, Spec f, String sign, String prefix, String body) {
        long core = sign.length() + prefix.length() + body.codePointCount(0, body.length());
        int pad = (int) Math.max(0, f.width - core);
        if (!f.left && !f.zero) sb.append(" ".repeat(pad));
        sb.append(sign).append(prefix);
        if (!f.left && f.zero) sb.append("0".repeat(pad));
        sb.append(body);
        if (f.left) sb.append(" ".repeat(pad));
    }

    private static void padText(StringBuilder sb, Spec f, String text) {
        int pad = (int) Math.max(0, f.width - text.codePointCount(0, text.length()));
        if (!f.left) sb.append(" ".repeat(pad));
        sb.append(text);
        if (f.left) sb.append(" ".repeat(pad));
    }

    private static void convert(StringBuilder sb, Spec f, char conv, Object v) {
        switch (conv) {
            case 's', 'r', 'a' -> {
                String text = conv == 's' ? PyValues.str(v) : PyValues.repr(v);
                if (conv == 'a') text = ascii(text);
                int[] cps = text.codePoints().toArray();
                int n = f.prec >= 0 && f.prec < cps.length ? (int) f.prec : cps.length;
                padText(sb, f, new String(cps, 0, n));
            }
            case 'c' -> {
                int c;
                if (v instanceof String str && str.codePointCount(0, str.length()) == 1) c = str.codePointAt(0);
                else if (PyValues.isInt(v)) {
                    BigInteger b = PyValues.toInt(v);
                    if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) throw exc("OverflowError", "%c arg not in range(0x110000)");
                    c = b.intValue();
                } else {
                    throw exc("TypeError", "%c requires int or char");
                }
                padText(sb, f, new String(Character.toChars(c)));
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                boolean dec = conv == 'd' || conv == 'i' || conv == 'u';
                BigInteger iv;
                if (PyValues.isInt(v)) iv = PyValues.toInt(v);
                else if (v instanceof Double d && dec) iv = PyValues.floatToInt(d);
                else throw exc("TypeError", "%" + conv + (dec ? " format: a real number is required, not " : " format: an integer is required, not ") + PyValues.typeName(v));
                boolean neg = iv.signum() < 0;
                String digits = dec ? PyValues.intStr(iv.abs()) : Format.format(iv.abs(), String.valueOf(conv == 'o' ? 'o' : conv));
                String prefix = f.alt && !dec ? (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") : "";
                if (f.prec > digits.length()) digits = "0".repeat((int) (f.prec - digits.length())) + digits;
                padNumber(sb, f, f.sign(neg), prefix, digits);
            }
            default -> {
                double x;
                if (v instanceof Double d) x = d;
                else if (PyValues.isInt(v)) x = PyValues.intToFloat(PyValues.toInt(v));
                else throw exc("TypeError", "must be real number, not " + PyValues.typeName(v));
                boolean neg = Double.doubleToRawLongBits(x) < 0 && !Double.isNaN(x);
                long prec = f.prec < 0 ? 6 : f.prec;
                boolean upper = conv == 'E' || conv == 'F' || conv == 'G';
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    String body = Double.isNaN(x) ? "nan" : "inf";
                    padNumber(sb, f, f.sign(neg), "", upper ? body.toUpperCase(java.util.Locale.ROOT) : body);
                    return;
                }
                String body = Format.format(Math.abs(x), (f.alt ? "#" : "") + "." + prec + conv);
                padNumber(sb, f, f.sign(neg), "", body);
            }
        }
    }

    /** repr text with every non-ASCII code point escaped (ascii()). */
    static String ascii(String r) {
        var sb = new StringBuilder();
        for (int c : r.codePoints().toArray()) {
            if (c < 0x80) { sb.append((char) c); continue; }
            int w = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            sb.append('\\').append(w == 2 ? 'x' : w == 4 ? 'u' : 'U');
            sb.append(String.format("%0" + w + "x", c));
        }
        return sb.toString();
    }
}
