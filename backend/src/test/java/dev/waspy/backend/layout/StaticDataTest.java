package dev.waspy.backend.layout;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Static objects must match ABI.md byte for byte: the runtime reads them like heap objects. */
class StaticDataTest {
    private static ByteBuffer at(StaticData d, int addr) {
        return ByteBuffer.wrap(d.bytes(), addr - d.base(), d.end() - addr).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void asciiStrIsLatin1Kind() {
        StaticData d = new StaticData(0x10000);
        int a = d.str("hi\n");
        ByteBuffer b = at(d, a);
        assertEquals(0x10000, a);
        assertEquals(5, b.getInt());      // type id str
        assertEquals(3, b.getInt());      // length in code points
        assertEquals(0, b.getInt());      // hash not computed
        assertEquals(1, b.getInt());      // kind
        assertEquals('h', b.get());
        assertEquals('i', b.get());
        assertEquals('\n', b.get());
        assertEquals(0x10000 + 24, d.end()); // 19 bytes padded to 8
    }

    @Test
    void kindIsTheNarrowestHoldingEveryCodePoint() {
        StaticData d = new StaticData(8);
        ByteBuffer latin = at(d, d.str("é"));
        assertEquals(1, latin.getInt(12));
        assertEquals(0xe9, latin.get(16) & 0xff);
        ByteBuffer ucs2 = at(d, d.str("a€"));
        assertEquals(2, ucs2.getInt(4));
        assertEquals(2, ucs2.getInt(12));
        assertEquals(0x20ac, ucs2.getShort(18) & 0xffff);
        ByteBuffer ucs4 = at(d, d.str("x🐍"));
        assertEquals(2, ucs4.getInt(4));  // code points, not UTF-16 units
        assertEquals(4, ucs4.getInt(12));
        assertEquals(0x1f40d, ucs4.getInt(20));
    }

    @Test
    void equalStrsShareAnObjectAndEveryObjectIsAligned() {
        StaticData d = new StaticData(64);
        int a = d.str("same");
        d.str("other text");
        assertEquals(a, d.str("same"));
        for (StaticData.Entry e : d.entries()) {
            assertEquals(0, e.address() % 8, e.toString());
        }
        assertEquals(2, d.entries().size());
    }

    @Test
    void bigintLimbsAreLittleEndianWithSignInTheCount() {
        StaticData d = new StaticData(0);
        BigInteger v = BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(5)).negate(); // -(2^64 + 5)
        ByteBuffer b = at(d, d.bigint(v));
        assertEquals(3, b.getInt());
        assertEquals(0x8000_0003, b.getInt());
        assertEquals(5, b.getInt());
        assertEquals(0, b.getInt());
        assertEquals(1, b.getInt());
    }

    @Test
    void smallIntsHaveNoObject() {
        StaticData d = new StaticData(0);
        assertThrows(IllegalArgumentException.class, () -> d.bigint(BigInteger.valueOf(Long.MAX_VALUE >> 1)));
        assertEquals(0, d.bigint(BigInteger.ONE.shiftLeft(62)));
    }

    @Test
    void layoutPutsShadowStackBetweenDataAndHeap() {
        StaticData d = new StaticData(0x12000);
        d.str("x");
        MemoryLayout m = MemoryLayout.of(0x10000, d, 0x10000, MemoryLayout.MAX_PAGES);
        assertEquals(d.end(), m.dataEnd());
        assertTrue(m.heapBase() >= d.end() + 0x10000 && m.heapBase() % 16 == 0, () -> "heap at " + m.heapBase());
        assertTrue(m.initialPages() * MemoryLayout.PAGE > m.heapBase());
        assertTrue(m.describe().contains("str 'x'"), m.describe());
    }
}
