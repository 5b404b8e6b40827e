package dev.waspy.backend.layout;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's static objects, laid out from {@code base} upwards in exactly the heap layout of
 * ABI.md, so that compiled code and the runtime treat them like any other object (they are below
 * the heap, so the collector never frees them). Equal constants share one object.
 */
public final class StaticData {
    /** Type ids and header layout of ABI.md ("Objects in linear memory"). */
    static final int T_INT = 3;
    static final int T_STR = 5;
    static final int HEADER = 8;
    static final int ALIGN = 8;

    /** One laid-out object, for {@code --dump-layout}. */
    public record Entry(int address, int size, String what) {}

    private final int base;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> strs = new HashMap<>();
    private final Map<BigInteger, Integer> bigints = new HashMap<>();

    public StaticData(int base) {
        if (base % ALIGN != 0) {
            throw new IllegalArgumentException("static data must start 8-byte aligned, not at " + base);
        }
        this.base = base;
    }

    public int base() {
        return base;
    }

    /** The first address after the static data (8-byte aligned). */
    public int end() {
        return base + bytes.size();
    }

    /** The bytes to place at {@link #base()}. */
    public byte[] bytes() {
        return bytes.toByteArray();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Address of a str object holding {@code s}: length in code points, hash not yet computed, the
     * narrowest kind (1: Latin-1, 2: UCS-2, 4: UCS-4) that holds every code point, data at 16.
     */
    public int str(String s) {
        Integer known = strs.get(s);
        if (known != null) {
            return known;
        }
        int[] cps = s.codePoints().toArray();
        int kind = 1;
        for (int cp : cps) {
            kind = Math.max(kind, cp < 0x100 ? 1 : cp < 0x10000 ? 2 : 4);
        }
        ByteBuffer b = little(16 + cps.length * kind);
        b.putInt(T_STR).putInt(cps.length).putInt(0).putInt(kind);
        for (int cp : cps) {
            switch (kind) {
                case 1 -> b.put((byte) cp);
                case 2 -> b.putShort((short) cp);
                default -> b.putInt(cp);
            }
        }
        int addr = place(b, "str " + abbreviate(s));
        strs.put(s, addr);
        return addr;
    }

    /**
     * Address of a bigint object for a value outside the 63-bit small range: limb count with the
     * sign in bit 31, then the magnitude in little-endian base-2^32 limbs, normalized (no zero top limb).
     */
    public int bigint(BigInteger value) {
        Integer known = bigints.get(value);
        if (known != null) {
            return known;
        }
        if (value.bitLength() < 63) {
            throw new IllegalArgumentException(value + " is a small int; it has no heap object");
        }
        BigInteger mag = value.abs();
        int limbs = (mag.bitLength() + 31) / 32;
        ByteBuffer b = little(HEADER + limbs * 4);
        b.putInt(T_INT).putInt(limbs | (value.signum() < 0 ? 0x8000_0000 : 0));
        for (int i = 0; i < limbs; i++) {
            b.putInt(mag.shiftRight(32 * i).intValue());
        }
        int addr = place(b, "int " + abbreviate(value.toString()));
        bigints.put(value, addr);
        return addr;
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private int place(ByteBuffer object, String what) {
        int addr = end();
        byte[] data = object.array();
        bytes.writeBytes(data);
        int padded = (data.length + ALIGN - 1) / ALIGN * ALIGN;
        bytes.writeBytes(new byte[padded - data.length]);
        entries.add(new Entry(addr, data.length, what));
        return addr;
    }

    private static String abbreviate(String s) {
        String shown = s.length() > 40 ? s.substring(0, 37) + "..." : s;
        StringBuilder sb = new StringBuilder("'");
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('\'').toString();
    }
}
