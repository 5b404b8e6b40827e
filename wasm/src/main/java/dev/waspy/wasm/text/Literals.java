package dev.waspy.wasm.text;

import java.nio.charset.StandardCharsets;

/** Text-format spellings of constants, strings and identifiers. */
final class Literals {
    private Literals() {
    }

    static String f32(int bits) {
        float v = Float.intBitsToFloat(bits);
        String sign = bits < 0 ? "-" : "";
        if (Float.isNaN(v)) {
            int payload = bits & 0x7F_FFFF;
            return sign + (payload == 0x40_0000 ? "nan" : "nan:0x" + Integer.toHexString(payload));
        }
        if (Float.isInfinite(v)) {
            return sign + "inf";
        }
        return Float.toString(v);
    }

    static String f64(long bits) {
        double v = Double.longBitsToDouble(bits);
        String sign = bits < 0 ? "-" : "";
        if (Double.isNaN(v)) {
            long payload = bits & 0xF_FFFF_FFFF_FFFFL;
            return sign + (payload == 0x8_0000_0000_0000L ? "nan" : "nan:0x" + Long.toHexString(payload));
        }
        if (Double.isInfinite(v)) {
            return sign + "inf";
        }
        return Double.toString(v);
    }

    /** A quoted string: printable ASCII as is, every other byte as {@code \hh}. */
    static String string(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return sb.append('"').toString();
    }

    static String string(String s) {
        return string(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code $name} with characters outside the text format's idchar set replaced by '_'. */
    static String id(String name) {
        StringBuilder sb = new StringBuilder("$");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean idChar = c > 0x20 && c < 0x7F && "\"(),;[]{}".indexOf(c) < 0;
            sb.append(idChar ? c : '_');
        }
        if (sb.length() == 1) {
            sb.append('_');
        }
        return sb.toString();
    }
}
