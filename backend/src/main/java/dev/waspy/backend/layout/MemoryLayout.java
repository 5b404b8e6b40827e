package dev.waspy.backend.layout;

import java.util.List;

/**
 * The linear-memory map of a compiled program, all of it in one place (ABI.md, "Linear memory
 * layout"):
 * <pre>
 *   0 .. stackEnd            the runtime's C stack (wasm-ld --stack-first), grows down
 *   stackEnd .. runtimeEnd   the runtime's static data           (A = the runtime's __heap_base)
 *   runtimeEnd .. dataEnd    the program's static objects        (B)
 *   dataEnd .. heapBase      the shadow stack of GC roots, grows up (C)
 *   heapBase .. maxPages     the heap, grown with memory.grow
 * </pre>
 * The program's {@code _start} passes B, C and {@code maxPages} to {@code rt_init}.
 */
public record MemoryLayout(int stackEnd, int runtimeEnd, int dataEnd, int heapBase, int initialPages,
                           int maxPages, List<StaticData.Entry> objects) {
    public static final int PAGE = 65536;
    /** Largest memory a wasm32 module may have: 4 GiB. */
    public static final int MAX_PAGES = 65536;

    /**
     * Lays out a program whose static data was placed at the runtime's end ({@code data.base()}).
     *
     * @param stackEnd         end of the runtime's C stack (its {@code __stack_pointer} start)
     * @param shadowStackBytes size reserved for GC roots of compiled code
     * @param maxPages         the most 64 KiB pages the heap may grow to ({@link #MAX_PAGES} for no limit)
     */
    public static MemoryLayout of(int stackEnd, StaticData data, int shadowStackBytes, int maxPages) {
        int dataEnd = data.end();
        long heapBase = align(dataEnd + (long) shadowStackBytes, 16);
        // The heap starts with at least one page of room, so small programs never grow memory.
        long initial = (heapBase + PAGE - 1) / PAGE + 1;
        if (initial > maxPages || maxPages > MAX_PAGES) {
            throw new IllegalArgumentException("the program needs " + initial
                    + " pages of memory before its heap, more than the limit of " + maxPages);
        }
        return new MemoryLayout(stackEnd, data.base(), dataEnd, (int) heapBase, (int) initial, maxPages,
                data.entries());
    }

    private static long align(long v, int to) {
        return (v + to - 1) / to * to;
    }

    /** The map as {@code waspy build --dump-layout} prints it. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(row(0, stackEnd, "runtime C stack (grows down)"));
        sb.append(row(stackEnd, runtimeEnd, "runtime static data"));
        sb.append(row(runtimeEnd, dataEnd, "program static data: " + objects.size() + " objects"));
        for (StaticData.Entry e : objects) {
            sb.append(String.format("    0x%08x  %6d  %s%n", e.address(), e.size(), e.what()));
        }
        sb.append(row(dataEnd, heapBase, "shadow stack (GC roots, grows up)"));
        sb.append(String.format("0x%08x ..             heap: %d pages (%d KiB) at start, at most %d pages%n",
                heapBase, initialPages, initialPages * (PAGE / 1024), maxPages));
        return sb.toString();
    }

    private static String row(int from, int to, String what) {
        return String.format("0x%08x .. 0x%08x  %s (%d bytes)%n", from, to, what, to - from);
    }
}
