package dev.waspy.backend.runtime;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 that lets lone surrogates through (Python's "surrogatepass"), so that test strings such as
 * '\ud800' survive the trip between python3, Java and the runtime.
 */
final class Wtf8 {
    private Wtf8() {
    }

    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(0x80 | c & 63);
            } else if (c < 0x10000) {
                out.write(0xe0 | c >> 12);
                out.write(0x80 | c >> 6 & 63);
                out.write(0x80 | c & 63);
            } else {
                out.write(0xf0 | c >> 18);
                out.write(0x80 | c >> 12 & 63);
                out.write(0x80 | c >> 6 & 63);
                out.write(0x80 | c & 63);
            }
        });
        return out.toByteArray();
    }

    static String decode(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            int k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
            int cp = k == 1 ? c : k == 2 ? c & 0x1f : k == 3 ? c & 0x0f : c & 0x07;
            for (int j = 1; j < k && i + j < b.length; j++) {
                cp = cp << 6 | b[i + j] & 0x3f;
            }
            sb.appendCodePoint(cp);
            i += k;
        }
        return sb.toString();
    }
}
