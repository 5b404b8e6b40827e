package dev.waspy.backend.size;

import java.nio.charset.StandardCharsets;

/** A cursor over module bytes that the report has already seen parse: LEB128 and names. */
final class Leb {
    private final byte[] b;
    private int pos;

    Leb(byte[] b, int pos) {
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

    int u32() {
        long r = 0;
        int shift = 0;
        int x;
        do {
            x = u8();
            r |= (long) (x & 0x7f) << shift;
            shift += 7;
        } while (x >= 0x80);
        return (int) r;
    }

    /** A constant offset expression: {@code i32.const N} gives N, {@code global.get} -1. */
    long constAddress() {
        int op = u8();
        long value;
        if (op == 0x41) {
            long r = 0;
            int shift = 0;
            int x;
            do {
                x = u8();
                r |= (long) (x & 0x7f) << shift;
                shift += 7;
            } while (x >= 0x80);
            if ((x & 0x40) != 0 && shift < 64) {
                r |= -1L << shift;
            }
            value = Integer.toUnsignedLong((int) r);
        } else if (op == 0x23) {
            u32();
            value = -1;
        } else {
            throw new IllegalArgumentException("unexpected data segment offset (opcode 0x" + Integer.toHexString(op) + ")");
        }
        if (u8() != 0x0b) {
            throw new IllegalArgumentException("data segment offset is not a single instruction");
        }
        return value;
    }

    String name() {
        int n = u32();
        String s = new String(b, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }
}
