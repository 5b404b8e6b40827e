package dev.waspy.backend.size;

import dev.waspy.wasm.binary.MalformedWasmException;
import dev.waspy.wasm.binary.SectionId;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bytes of a finished module, attributed: each section (its id, size field and payload, so
 * that the rows and the 8-byte preamble add up to the file), each function body in the code
 * section (its size field included) with its name from the name section, and each data segment
 * with its address. Functions are told apart as the program's or the runtime's by position: the
 * linker places the program's functions first ({@code programFunctions} of them).
 *
 * @param total     the file's size
 * @param sections  in file order; the first row is the preamble (magic and version)
 * @param functions largest first
 * @param data      in file order
 */
public record SizeReport(int total, List<Section> sections, List<FunctionSize> functions, List<Segment> data) {

    /** One section: {@code name} is the standard name or {@code custom "NAME"}. */
    public record Section(String name, int bytes) {
    }

    /** One function body; {@code program} is false for the runtime's. */
    public record FunctionSize(int index, String name, boolean program, int bytes) {
    }

    /** One data segment: its address (-1 when passive or computed), payload and encoded size. */
    public record Segment(long address, int payload, int bytes) {
    }

    private static final int PREAMBLE = 8;

    /** The report of a module whose first {@code programFunctions} defined functions are the program's. */
    public static SizeReport of(byte[] wasm, int programFunctions) {
        Module m;
        try {
            m = WasmReader.read(wasm);
        } catch (MalformedWasmException e) {
            throw new IllegalArgumentException("not a module: " + e.getMessage(), e);
        }
        int imported = m.importCount(ExternKind.FUNC);
        List<Section> sections = new ArrayList<>();
        List<FunctionSize> functions = new ArrayList<>();
        List<Segment> data = new ArrayList<>();
        sections.add(new Section("preamble", PREAMBLE));
        Leb r = new Leb(wasm, PREAMBLE);
        while (r.pos() < wasm.length) {
            int at = r.pos();
            int id = r.u8();
            int size = r.u32();
            int payload = r.pos();
            String name = SectionId.name(id);
            if (id == SectionId.CUSTOM) {
                name = "custom \"" + r.name() + "\"";
            } else if (id == SectionId.CODE) {
                int n = r.u32();
                for (int i = 0; i < n; i++) {
                    int start = r.pos();
                    int body = r.u32();
                    int f = imported + i;
                    String fname = m.names().functionNames().getOrDefault(f, "function " + f);
                    functions.add(new FunctionSize(f, fname, i < programFunctions, r.pos() + body - start));
                    r.seek(r.pos() + body);
                }
            } else if (id == SectionId.DATA) {
                int n = r.u32();
                for (int i = 0; i < n; i++) {
                    int start = r.pos();
                    int flags = r.u32();
                    long address = -1;
                    if (flags == 2) {
                        r.u32();
                    }
                    if (flags != 1) {
                        address = r.constAddress();
                    }
                    int len = r.u32();
                    r.seek(r.pos() + len);
                    data.add(new Segment(address, len, r.pos() - start));
                }
            }
            r.seek(payload + size);
            sections.add(new Section(name, payload + size - at));
        }
        functions.sort(Comparator.comparingInt(FunctionSize::bytes).reversed().thenComparing(FunctionSize::index));
        return new SizeReport(wasm.length, List.copyOf(sections), List.copyOf(functions), List.copyOf(data));
    }

    /** The report as text: sections, functions by size, data segments, each with totals. */
    public String format() {
        return format(java.util.Collections.emptySortedMap());
    }

    /**
     * The report as text, each data segment followed by the names of the objects that start in
     * it ({@code objects}: address to name, for example the runtime's static objects).
     */
    public String format(java.util.SortedMap<Long, String> objects) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%8s  %s%n", "bytes", "section"));
        int sum = 0;
        for (Section s : sections) {
            b.append(String.format("%8d  %s%n", s.bytes(), s.name()));
            sum += s.bytes();
        }
        b.append(String.format("%8d  total (file size %d)%n%n", sum, total));
        b.append(String.format("%8s  %-7s  %s%n", "bytes", "from", "function (code section, largest first)"));
        int[] bytes = new int[2];
        int[] count = new int[2];
        for (FunctionSize f : functions) {
            b.append(String.format("%8d  %-7s  %s%n", f.bytes(), f.program() ? "program" : "runtime", f.name()));
            bytes[f.program() ? 0 : 1] += f.bytes();
            count[f.program() ? 0 : 1]++;
        }
        b.append(String.format("%8d  program  total of %d functions%n", bytes[0], count[0]));
        b.append(String.format("%8d  runtime  total of %d functions%n%n", bytes[1], count[1]));
        b.append(String.format("%8s  %8s  %s%n", "bytes", "payload", "data segment"));
        int dataBytes = 0;
        int payload = 0;
        for (Segment s : data) {
            String where = s.address() < 0 ? "passive" : "at " + s.address() + ".." + (s.address() + s.payload());
            String inside = s.address() < 0 ? "" : counted(objects.subMap(s.address(), s.address() + s.payload()).values());
            b.append(String.format("%8d  %8d  %s%s%n", s.bytes(), s.payload(), where,
                    inside.isEmpty() ? "" : ": " + inside));
            dataBytes += s.bytes();
            payload += s.payload();
        }
        b.append(String.format("%8d  %8d  total of %d segments%n", dataBytes, payload, data.size()));
        return b.toString();
    }

    /** Names in order of first appearance, a repeated one as "N x name". */
    private static String counted(java.util.Collection<String> names) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((n, k) -> parts.add(k == 1 ? n : k + " x " + n));
        return String.join(", ", parts);
    }
}
