import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the data segment names of wasm32 object files unique per file (build.sh runs it).
 *
 * <p>clang names a string literal's segment after its private symbol, {@code .rodata..L.str.3},
 * the same in every object file, and wasm-ld with {@code --no-merge-data-segments} still joins
 * input segments of equal name into one output segment: the fourth string of every file would
 * then be kept or dropped together. Appending the file's name ({@code .rodata..L.str.3.io}) keeps
 * one object per segment, which is what the linker's data tree shaking needs. Only the names in
 * the {@code linking} section's segment info change; relocations name segments by index.
 *
 * <p>Usage: {@code java UniqueSegmentNames.java FILE.o...} (rewrites the files in place).
 */
public class UniqueSegmentNames {
    private static final int SEGMENT_INFO = 5;

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path file = Path.of(arg);
            String stem = file.getFileName().toString().replaceFirst("\\.o$", "");
            Files.write(file, rewrite(Files.readAllBytes(file), stem));
        }
    }

    static byte[] rewrite(byte[] in, String stem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, 8);
        int[] pos = {8};
        while (pos[0] < in.length) {
            int id = in[pos[0]++] & 0xff;
            int size = uleb(in, pos);
            int start = pos[0];
            byte[] payload = java.util.Arrays.copyOfRange(in, start, start + size);
            if (id == 0 && "linking".equals(name(in, new int[] {start}))) {
                payload = linking(payload, stem);
            }
            out.write(id);
            writeUleb(out, payload.length);
            out.writeBytes(payload);
            pos[0] = start + size;
        }
        return out.toByteArray();
    }

    private static byte[] linking(byte[] p, String stem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] pos = {0};
        int nameLength = uleb(p, pos);
        pos[0] += nameLength;
        uleb(p, pos); // version
        out.write(p, 0, pos[0]);
        while (pos[0] < p.length) {
            int type = p[pos[0]++] & 0xff;
            int size = uleb(p, pos);
            int start = pos[0];
            byte[] body = java.util.Arrays.copyOfRange(p, start, start + size);
            if (type == SEGMENT_INFO) {
                body = segmentInfo(body, stem);
            }
            out.write(type);
            writeUleb(out, body.length);
            out.writeBytes(body);
            pos[0] = start + size;
        }
        return out.toByteArray();
    }

    private static byte[] segmentInfo(byte[] b, String stem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] pos = {0};
        int count = uleb(b, pos);
        writeUleb(out, count);
        for (int i = 0; i < count; i++) {
            String name = name(b, pos);
            int alignment = uleb(b, pos);
            int flags = uleb(b, pos);
            if (name.startsWith(".rodata.") || name.startsWith(".data.") || name.startsWith(".bss.")) {
                name = name + "." + stem;
            }
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            writeUleb(out, bytes.length);
            out.writeBytes(bytes);
            writeUleb(out, alignment);
            writeUleb(out, flags);
        }
        return out.toByteArray();
    }

    private static String name(byte[] b, int[] pos) {
        int n = uleb(b, pos);
        String s = new String(b, pos[0], n, StandardCharsets.UTF_8);
        pos[0] += n;
        return s;
    }

    private static int uleb(byte[] b, int[] pos) {
        int r = 0;
        int shift = 0;
        int x;
        do {
            x = b[pos[0]++] & 0xff;
            r |= (x & 0x7f) << shift;
            shift += 7;
        } while (x >= 0x80);
        return r;
    }

    private static void writeUleb(ByteArrayOutputStream out, int v) {
        do {
            int x = v & 0x7f;
            v >>>= 7;
            out.write(v != 0 ? x | 0x80 : x);
        } while (v != 0);
    }
}
