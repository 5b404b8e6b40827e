package dev.waspy.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waspy.wasm.binary.MalformedWasmException;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.Module;
import org.junit.jupiter.api.Test;

/** The reader inverts the writer and names section, offset and reason when it rejects input. */
class ReaderTest {
    @Test
    void readInvertsWrite() throws MalformedWasmException {
        byte[] bytes = WasmWriter.write(WriterTest.factorial());
        Module read = WasmReader.read(bytes);
        assertArrayEquals(bytes, WasmWriter.write(read));
        assertEquals("fac", read.functionName(0));
        assertEquals("acc", read.names().localNames().get(0).get(1));
        assertEquals("math", read.names().moduleName());
    }

    @Test
    void overlongLebNamesSectionOffsetAndReason() {
        // type section: one type whose parameter count is a 6-byte LEB128
        byte[] bytes = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 9, 1, 0x60, (byte) 0x80, (byte) 0x80, (byte) 0x80,
            (byte) 0x80, (byte) 0x80, 0, 0};
        MalformedWasmException e = assertThrows(MalformedWasmException.class, () -> WasmReader.read(bytes));
        assertEquals("type section, offset 0xc: integer representation too long", e.getMessage());
        assertEquals("type", e.section());
        assertEquals(12, e.offset());
    }

    @Test
    void truncatedInputIsUnexpectedEnd() {
        byte[] bytes = WasmWriter.write(WriterTest.factorial());
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 30);
        MalformedWasmException e = assertThrows(MalformedWasmException.class, () -> WasmReader.read(cut));
        assertEquals(true, e.reason().contains("unexpected end") || e.reason().contains("length out of bounds"),
                e.getMessage());
    }

    @Test
    void sectionsOutOfOrderAreRejected() {
        // a memory section (5) followed by a type section (1)
        byte[] bytes = {0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3, 1, 0, 1, 1, 1, 0};
        MalformedWasmException e = assertThrows(MalformedWasmException.class, () -> WasmReader.read(bytes));
        assertEquals("type", e.section());
        assertEquals(13, e.offset());
    }
}
