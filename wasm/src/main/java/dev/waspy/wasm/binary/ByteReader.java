package dev.waspy.wasm.binary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the binary format's primitives from a window of the input, rejecting over-long and
 * out-of-range LEB128 encodings as the spec requires. Every error carries the current section
 * name and the absolute offset.
 */
final class ByteReader {
    private final byte[] bytes;
    private int pos;
    private int limit;
    private String section = "header";
    private int nested;

    ByteReader(byte[] bytes) {
        this.bytes = bytes;
        this.limit = bytes.length;
    }

    String section() {
        return section;
    }

    void setSection(String section) {
        this.section = section;
    }

    int pos() {
        return pos;
    }

    int limit() {
        return limit;
    }

    /** Restricts reading to {@code end} (exclusive); returns the previous limit for {@link #restoreLimit}. */
    int pushLimit(int end) {
        int old = limit;
        limit = end;
        nested++;
        return old;
    }

    void restoreLimit(int old) {
        limit = old;
        nested--;
    }

    /** Running out of bytes inside a section or function body is worded differently from the top level. */
    private String endReason() {
        return nested > 0 ? "unexpected end of section or function" : "unexpected end";
    }

    boolean atEnd() {
        return pos >= limit;
    }

    MalformedWasmException error(String reason) {
        return new MalformedWasmException(section, pos, reason);
    }

    MalformedWasmException errorAt(int offset, String reason) {
        return new MalformedWasmException(section, offset, reason);
    }

    int u8() throws MalformedWasmException {
        if (pos >= limit) {
            throw error(endReason());
        }
        return bytes[pos++] & 0xFF;
    }

    int peek() throws MalformedWasmException {
        if (pos >= limit) {
            throw error(endReason());
        }
        return bytes[pos] & 0xFF;
    }

    byte[] bytes(long n) throws MalformedWasmException {
        if (n > limit - pos) {
            throw error(pos + n > bytes.length ? "unexpected end" : "length out of bounds");
        }
        byte[] out = new byte[(int) n];
        System.arraycopy(bytes, pos, out, 0, (int) n);
        pos += (int) n;
        return out;
    }

    /** An unsigned LEB128 of at most {@code bits} bits; returned as a long. */
    long unsigned(int bits) throws MalformedWasmException {
        long result = 0;
        int shift = 0;
        int start = pos;
        int maxBytes = (bits + 6) / 7;
        for (int i = 0; ; i++) {
            int b = u8();
            if (i == maxBytes - 1) {
                int used = bits - shift;
                // The last byte may only carry the remaining bits: no continuation, unused bits zero.
                if ((b & 0x80) != 0) {
                    throw errorAt(start, "integer representation too long");
                }
                if ((b >>> used) != 0) {
                    throw errorAt(start, "integer too large");
                }
            }
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** A signed LEB128 of at most {@code bits} bits, sign-extended to a long. */
    long signed(int bits) throws MalformedWasmException {
        long result = 0;
        int shift = 0;
        int start = pos;
        int maxBytes = (bits + 6) / 7;
        int b;
        for (int i = 0; ; i++) {
            b = u8();
            if (i == maxBytes - 1) {
                if ((b & 0x80) != 0) {
                    throw errorAt(start, "integer representation too long");
                }
                // Bits beyond the value's width must all equal its sign bit.
                int used = bits - shift;
                int mask = (1 << (8 - used)) - 1;
                int rest = (b >> (used - 1)) & mask; // the sign bit and the unused bits above it
                if (rest != 0 && rest != mask) {
                    throw errorAt(start, "integer too large");
                }
            }
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    int u32() throws MalformedWasmException {
        return (int) unsigned(32);
    }

    /**
     * A u32 index. Java ints are signed, so indices of 2^31 and above come back negative; no index
     * space can be that large, and the validator reports them as unknown.
     */
    int index() throws MalformedWasmException {
        return (int) unsigned(32);
    }

    /** A u32 vector length; each element takes at least one byte, so a longer vector cannot fit. */
    int count() throws MalformedWasmException {
        int start = pos;
        long v = unsigned(32);
        if (v > limit - pos) {
            throw errorAt(start, endReason() + ": vector length " + v + " exceeds the " + (limit - pos)
                    + " bytes left");
        }
        return (int) v;
    }

    int s32() throws MalformedWasmException {
        return (int) signed(32);
    }

    long s64() throws MalformedWasmException {
        return signed(64);
    }

    int f32() throws MalformedWasmException {
        byte[] b = bytes(4);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
    }

    long f64() throws MalformedWasmException {
        byte[] b = bytes(8);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return v;
    }

    String name() throws MalformedWasmException {
        long length = unsigned(32);
        int start = pos;
        byte[] raw = bytes(length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            throw errorAt(start, "malformed UTF-8 encoding");
        }
    }
}
