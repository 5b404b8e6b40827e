package dev.waspy.spectest;

import java.io.ByteArrayOutputStream;

/**
 * wast2json (wabt) omits the data count section when a module uses data.drop or memory.init but
 * has no data segments; the reference interpreter's encoder always writes it. Such a binary is
 * malformed ("data count section required"), while the script means the module to be merely
 * invalid ("unknown data segment"). This inserts the section the reference encoder would have
 * written (count = number of data segments), so the validator sees the module the script means.
 */
final class DataCountRepair {
    private static final int CODE = 10;
    private static final int DATA = 11;
    private static final int DATA_COUNT = 12;

    private DataCountRepair() {
    }

    static byte[] repair(byte[] wasm) {
        int[] pos = {8};
        int insertAt = -1;
        long dataSegments = 0;
        while (pos[0] < wasm.length) {
            int sectionStart = pos[0];
            int id = wasm[pos[0]++] & 0xFF;
            long size = leb(wasm, pos);
            int body = pos[0];
            if (id == DATA_COUNT) {
                return wasm;
            }
            if ((id == CODE || id == DATA) && insertAt < 0) {
                insertAt = sectionStart;
            }
            if (id == DATA) {
                dataSegments = leb(wasm, pos);
            }
            pos[0] = body + (int) size;
        }
        if (insertAt < 0) {
            insertAt = wasm.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(wasm, 0, insertAt);
        byte[] count = uleb(dataSegments);
        out.write(DATA_COUNT);
        out.write(count.length);
        out.write(count, 0, count.length);
        out.write(wasm, insertAt, wasm.length - insertAt);
        return out.toByteArray();
    }

    private static long leb(byte[] b, int[] pos) {
        long v = 0;
        int shift = 0;
        while (true) {
            int x = b[pos[0]++] & 0xFF;
            v |= (long) (x & 0x7F) << shift;
            shift += 7;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }

    private static byte[] uleb(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }
}
