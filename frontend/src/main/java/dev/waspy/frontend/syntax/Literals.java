package dev.waspy.frontend.syntax;

import dev.waspy.frontend.syntax.ast.PyComplex;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Values of NUMBER tokens and the escape sequences of string and bytes literals. */
final class Literals {
    /** CPython 3.11's default limit on decimal digits converted to int (sys.int_info.default_max_str_digits). */
    static final int MAX_STR_DIGITS = 4300;

    private Literals() {}

    /** The value of a NUMBER token: BigInteger, Double or PyComplex. Null with a message in {@code err[0]} on failure. */
    static Object number(String text, String[] err) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyComplex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) {
                return new BigInteger(s.substring(2), radix);
            }
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Double.parseDouble(s);
        }
        if (s.length() > MAX_STR_DIGITS) {
            err[0] = "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has "
                    + s.length() + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
            return null;
        }
        if (s.length() < 18) {
            return BigInteger.valueOf(Long.parseLong(s));
        }
        return new BigInteger(s);
    }

    /** Thrown for an escape that CPython rejects; the caller positions the error. */
    static final class BadEscape extends RuntimeException {
        BadEscape(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Where decoded text goes: whole runs of source text, or single code points made by escapes. */
    interface Sink {
        void text(String s, int from, int to);

        void codePoint(int cp);
    }

    /** Collects code points, keeping escape-made surrogates apart (see PyStr). */
    static final class CodePoints implements Sink {
        int[] cps = new int[16];
        int n;

        @Override
        public void text(String s, int from, int to) {
            for (int i = from; i < to; ) {
                int cp = s.codePointAt(i);
                codePoint(cp);
                i += Character.charCount(cp);
            }
        }

        @Override
        public void codePoint(int cp) {
            if (n == cps.length) {
                cps = java.util.Arrays.copyOf(cps, n * 2);
            }
            cps[n++] = cp;
        }

        /** Does a high surrogate directly precede a low one (which a Java String would merge)? */
        boolean hasSplitPair() {
            for (int i = 0; i + 1 < n; i++) {
                if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xFFFF
                        && Character.isLowSurrogate((char) cps[i + 1]) && cps[i + 1] <= 0xFFFF) {
                    return true;
                }
            }
            return false;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(cps, n);
        }

        String asString() {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(cps[i]);
            }
            return sb.toString();
        }
    }

    /** Might the body contain a backslash-u or backslash-U escape of a surrogate? (A cheap over-approximation.) */
    static boolean mayHaveSurrogateEscape(String s, int from, int to) {
        for (int i = s.indexOf('\\', from); i >= 0 && i + 2 < to; i = s.indexOf('\\', i + 1)) {
            char k = s.charAt(i + 1);
            if (k == 'u' && (s.charAt(i + 2) == 'd' || s.charAt(i + 2) == 'D')) {
                return true;
            }
            if (k == 'U' && s.regionMatches(true, i + 2, "0000d", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the escapes of a non-raw str literal body. Unknown escapes stay as written, as in Python. */
    static String decodeStr(String s, int from, int to) {
        int i = s.indexOf('\\', from);
        if (i < 0 || i >= to) {
            return s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        decodeStr(s, from, to, new Sink() {
            @Override
            public void text(String str, int a, int b) {
                sb.append(str, a, b);
            }

            @Override
            public void codePoint(int cp) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static void decodeStr(String s, int from, int to, Sink sb) {
        int base = from;
        int i = from;
        while (i < to) {
            int run = i;
            while (i < to && s.charAt(i) != '\\') {
                i++;
            }
            if (i > run) {
                sb.text(s, run, i);
            }
            if (i >= to) {
                break;
            }
            if (i + 1 >= to) {
                sb.codePoint('\\');
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < to && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.codePoint('\\');
                case '\'' -> sb.codePoint('\'');
                case '"' -> sb.codePoint('"');
                case 'a' -> sb.codePoint(7);
                case 'b' -> sb.codePoint(8);
                case 'f' -> sb.codePoint(12);
                case 'n' -> sb.codePoint(10);
                case 'r' -> sb.codePoint(13);
                case 't' -> sb.codePoint(9);
                case 'v' -> sb.codePoint(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + s.charAt(i++) - '0';
                    }
                    sb.codePoint(v);
                }
                case 'x' -> {
                    sb.codePoint(hex(s, i, to, 2, "truncated \\xXX escape", i - 2 - base, base));
                    i += 2;
                }
                case 'u' -> {
                    sb.codePoint(hex(s, i, to, 4, "truncated \\uXXXX escape", i - 2 - base, base));
                    i += 4;
                }
                case 'U' -> {
                    int cp = hex(s, i, to, 8, "truncated \\UXXXXXXXX escape", i - 2 - base, base);
                    if (cp > 0x10FFFF) {
                        throw new BadEscape(unicodeError(i - 2 - base, i + 8 - base, "illegal Unicode character"));
                    }
                    sb.codePoint(cp);
                    i += 8;
                }
                case 'N' -> {
                    int close = i < to && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    if (close < 0 || close >= to || close == i + 1) {
                        throw new BadEscape(unicodeError(i - 2 - base, (close < 0 ? to : close + 1) - base, "malformed \\N character escape"));
                    }
                    String name = s.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        cp = namedSequenceOrAlias(name);
                        if (cp < 0) {
                            throw new BadEscape(unicodeError(i - 2 - base, close + 1 - base, "unknown Unicode character name"));
                        }
                    }
                    sb.codePoint(cp);
                    i = close + 1;
                }
                default -> {
                    sb.codePoint('\\');
                    i--;
                }
            }
        }
    }

    private static int namedSequenceOrAlias(String name) {
        // Java knows formal names (and, via codePointOf, some aliases); CPython also accepts these.
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "NBSP" -> 0xA0;
            case "SHY" -> 0xAD;
            case "BOM", "ZWNBSP" -> 0xFEFF;
            case "ZWSP" -> 0x200B;
            case "ZWJ" -> 0x200D;
            case "ZWNJ" -> 0x200C;
            default -> -1;
        };
    }

    private static String unicodeError(int start, int end, String what) {
        return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + (end - 1)
                + ": " + what;
    }

    private static int hex(String s, int i, int to, int digits, String what, int escStart, int base) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = i + k < to ? Character.digit(s.charAt(i + k), 16) : -1;
            if (d < 0 || s.charAt(i + k) > 'f') {
                throw new BadEscape(unicodeError(escStart, i + k - base, what));
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Decodes a bytes literal body (raw or not); non-ASCII characters are an error the caller reports. */
    static byte[] decodeBytes(String s, int from, int to, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c >= 128) {
                throw new BadEscape("bytes can only contain ASCII literal characters");
            }
            if (raw || c != '\\' || i + 1 >= to) {
                out.write(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < to && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + s.charAt(i++) - '0';
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int v = 0;
                    for (int k = 0; k < 2; k++) {
                        int d = i + k < to ? Character.digit(s.charAt(i + k), 16) : -1;
                        if (d < 0 || s.charAt(i + k) > 'f') {
                            throw new BadEscape("(value error) invalid \\x escape at position " + (i - 2 - from));
                        }
                        v = v * 16 + d;
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }
}
