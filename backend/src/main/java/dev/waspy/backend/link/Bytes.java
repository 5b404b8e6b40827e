package dev.waspy.backend.link;

import java.nio.charset.StandardCharsets;

/** A cursor over raw module bytes: LEB128 integers and names, as the binary format encodes them. */
final class Bytes {
    private final byte[] b;
    private int pos;

    Bytes(byte[] b, int pos) {
        this.b = b;
        this.pos = pos;
    }

    int pos() {
        return pos;
    }

    void seek(int to) {
        pos = to;
    }

    int u8() {
        return b[pos++] & 0xff;
    }

    int uleb() {
        long r = 0;
        int shift = 0;
        while (true) {
            int x = u8();
            r |= (long) (x & 0x7f) << shift;
            shift += 7;
            if (x < 0x80) {
                return (int) r;
            }
        }
    }

    int sleb() {
        long r = 0;
        int shift = 0;
        while (true) {
            int x = u8();
            r |= (long) (x & 0x7f) << shift;
            shift += 7;
            if (x < 0x80) {
                if ((x & 0x40) != 0 && shift < 64) {
                    r |= -1L << shift;
                }
                return (int) r;
            }
        }
    }

    String name() {
        int n = uleb();
        String s = new String(b, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }
}
