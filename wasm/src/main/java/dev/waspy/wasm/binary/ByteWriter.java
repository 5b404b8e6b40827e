package dev.waspy.wasm.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** An append-only byte buffer with the binary format's primitive encodings (LEB128, IEEE 754 little endian). */
final class ByteWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void u8(int b) {
        out.write(b);
    }

    void u32(long value) {
        long v = value & 0xFFFF_FFFFL;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    void s32(int value) {
        s64(value);
    }

    /** Signed LEB128: stop once the remaining bits are all copies of the sign bit just written. */
    void s64(long value) {
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    void f32(int bits) {
        for (int i = 0; i < 4; i++) {
            out.write(bits >>> (8 * i));
        }
    }

    void f64(long bits) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)));
        }
    }

    void bytes(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }

    /** A length-prefixed byte vector. */
    void vecBytes(byte[] bytes) {
        u32(bytes.length);
        bytes(bytes);
    }

    void name(String name) {
        vecBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
