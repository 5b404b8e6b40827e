package dev.waspy.backend.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the runtime's data segments each runtime function and each data segment points at,
 * read from the relocations that wasm-ld keeps with {@code --emit-relocs} (tool-conventions,
 * Linking.md): the {@code linking} section's symbol table and segment list, and the
 * {@code reloc.CODE} / {@code reloc.DATA} sections. A memory-address relocation names a data
 * symbol, the symbol names its segment: that is an edge from the function or segment holding the
 * relocated bytes to the segment. runtime.wasm is built with one segment per static object
 * (build.sh), so keeping a segment keeps exactly one object.
 *
 * <p>Indices: functions as in the module (imports first), segments as in its data section.
 * Zero-initialised objects ({@code .bss}) have symbols but no data segment; references to them
 * need nothing kept.
 *
 * @param byFunction          for each function index, the data segments its code refers to
 * @param bySegment           for each data segment, the data segments its bytes point to
 * @param names               each data segment's name in the object files ({@code .rodata.HEX})
 * @param stackPointerGlobal  the global index of {@code __stack_pointer} (its initial value is the
 *                            top of the C stack, not an object), or -1
 * @param symbols             the segment of each defined data symbol, by name; segments from
 *                            {@code bySegment.length} on are zero-initialised objects without bytes
 */
public record DataReferences(BitSet[] byFunction, BitSet[] bySegment, List<String> names, int stackPointerGlobal,
                             Map<String, Integer> symbols) {

    /** The segment of data symbol {@code name} (for example {@code rt_exc_addr}), or -1. */
    public int segmentOf(String name) {
        return symbols.getOrDefault(name, -1);
    }

    /**
     * The objects the given functions can reach: those their code refers to and, transitively,
     * those the written objects among them point to.
     */
    public BitSet reachableObjects(BitSet functions) {
        BitSet objects = new BitSet();
        functions.stream().forEach(f -> objects.or(byFunction[f]));
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        objects.stream().forEach(work::add);
        while (!work.isEmpty()) {
            int s = work.poll();
            if (s < bySegment.length) {
                bySegment[s].stream().filter(t -> !objects.get(t)).forEach(t -> {
                    objects.set(t);
                    work.add(t);
                });
            }
        }
        return objects;
    }

    // Relocation types of Linking.md.
    private static final int MEMORY_ADDR_LEB = 3;
    private static final int MEMORY_ADDR_SLEB = 4;
    private static final int MEMORY_ADDR_I32 = 5;
    private static final int MEMORY_ADDR_REL_SLEB = 11;
    private static final int MEMORY_ADDR_LEB64 = 14;
    private static final int MEMORY_ADDR_SLEB64 = 15;
    private static final int MEMORY_ADDR_I64 = 16;
    private static final int MEMORY_ADDR_REL_SLEB64 = 17;
    private static final int MEMORY_ADDR_TLS_SLEB = 21;
    private static final int MEMORY_ADDR_LOCREL_I32 = 23;
    private static final int MEMORY_ADDR_TLS_SLEB64 = 25;
    private static final int LAST_KNOWN_TYPE = 26;
    private static final BitSet WITH_ADDEND = BitSet.valueOf(new long[] {
            1L << 3 | 1L << 4 | 1L << 5 | 1L << 8 | 1L << 9 | 1L << 11 | 1L << 14 | 1L << 15 | 1L << 16
                    | 1L << 17 | 1L << 21 | 1L << 22 | 1L << 23 | 1L << 25});

    private static final int SUB_SEGMENT_INFO = 5;
    private static final int SUB_SYMBOL_TABLE = 8;
    private static final int SYM_FUNCTION = 0;
    private static final int SYM_DATA = 1;
    private static final int SYM_GLOBAL = 2;
    private static final int SYM_SECTION = 3;
    private static final int SYM_UNDEFINED = 0x10;
    private static final int SYM_EXPLICIT_NAME = 0x40;
    private static final int SYM_ABSOLUTE = 0x200;

    /**
     * The references of a linked module carrying relocations, or empty when it has none (a module
     * built without {@code --emit-relocs}) or they are not what this reader understands: the
     * linker then keeps all data, which is always safe.
     */
    public static Optional<DataReferences> read(byte[] wasm, int importedFunctions) {
        try {
            return Optional.ofNullable(new Parser(wasm, importedFunctions).parse());
        } catch (RuntimeException e) {
            return Optional.empty(); // truncated or unexpected bytes: no claims about the data
        }
    }

    /** One section of the file: id, custom name, payload [start, end). */
    private record Section(int id, String name, int start, int end) {
    }

    private static final class Parser {
        private final byte[] wasm;
        private final int importedFunctions;
        private final List<Section> sections = new ArrayList<>();
        private int[] bodyStarts; // relative to the code section's payload, in order
        private int[] segStarts;  // contents of each data segment, relative to the data payload
        private int[] segEnds;
        private List<String> segmentInfo;
        private int[] dataSymbolSegment; // per symbol: linking segment index, or -1
        private final Map<String, Integer> symbolSegments = new HashMap<>();
        private int stackPointerGlobal = -1;

        Parser(byte[] wasm, int importedFunctions) {
            this.wasm = wasm;
            this.importedFunctions = importedFunctions;
        }

        DataReferences parse() {
            Bytes r = new Bytes(wasm, 8);
            while (r.pos() < wasm.length) {
                int id = r.u8();
                int size = r.uleb();
                int start = r.pos();
                String name = null;
                if (id == 0) {
                    name = r.name();
                }
                sections.add(new Section(id, name, start, start + size));
                r.seek(start + size);
            }
            Section code = find(10, null);
            Section data = find(11, null);
            Section linking = find(0, "linking");
            if (code == null || data == null || linking == null) {
                return null;
            }
            readCode(code);
            readData(data);
            readLinking(linking);
            int segments = segStarts.length;
            if (segmentInfo == null || dataSymbolSegment == null || !bssLast(segments)) {
                return null;
            }
            BitSet[] byFunction = new BitSet[importedFunctions + bodyStarts.length];
            BitSet[] bySegment = new BitSet[segments];
            Arrays.setAll(byFunction, i -> new BitSet());
            Arrays.setAll(bySegment, i -> new BitSet());
            boolean sawCode = false;
            for (Section s : sections) {
                if (s.id() != 0 || !s.name().startsWith("reloc.")) {
                    continue;
                }
                Bytes r2 = new Bytes(wasm, s.start());
                r2.name();
                int target = r2.uleb();
                int count = r2.uleb();
                Section into = sections.get(target);
                for (int k = 0; k < count; k++) {
                    int type = r2.uleb();
                    int offset = r2.uleb();
                    int symbol = r2.uleb();
                    if (type > LAST_KNOWN_TYPE) {
                        return null;
                    }
                    if (WITH_ADDEND.get(type)) {
                        r2.sleb();
                    }
                    if (!isMemoryAddress(type)) {
                        continue;
                    }
                    int seg = dataSymbolSegment[symbol];
                    if (seg == -2) {
                        return null; // a memory relocation against a symbol that is not data
                    }
                    if (seg < 0) {
                        continue; // undefined or absolute: no object
                    }
                    if (into == code) {
                        int f = containing(bodyStarts, offset);
                        if (f < 0) {
                            return null;
                        }
                        byFunction[importedFunctions + f].set(seg);
                        sawCode = true;
                    } else if (into == data) {
                        int from = containing(segStarts, offset);
                        if (from < 0 || offset >= segEnds[from]) {
                            return null;
                        }
                        bySegment[from].set(seg);
                    } else {
                        return null; // relocations into a section whose bytes the linker rewrites
                    }
                }
            }
            return sawCode ? new DataReferences(byFunction, bySegment, segmentInfo.subList(0, segments),
                    stackPointerGlobal, Map.copyOf(symbolSegments)) : null;
        }

        private Section find(int id, String name) {
            for (Section s : sections) {
                if (s.id() == id && (name == null || name.equals(s.name()))) {
                    return s;
                }
            }
            return null;
        }

        private void readCode(Section code) {
            Bytes r = new Bytes(wasm, code.start());
            int n = r.uleb();
            bodyStarts = new int[n];
            for (int i = 0; i < n; i++) {
                int size = r.uleb();
                bodyStarts[i] = r.pos() - code.start();
                r.seek(r.pos() + size);
            }
        }

        private void readData(Section data) {
            Bytes r = new Bytes(wasm, data.start());
            int n = r.uleb();
            segStarts = new int[n];
            segEnds = new int[n];
            for (int i = 0; i < n; i++) {
                int flags = r.uleb();
                if (flags == 2) {
                    r.uleb(); // memory index
                }
                if (flags != 1) {
                    skipConstExpr(r);
                }
                int size = r.uleb();
                segStarts[i] = r.pos() - data.start();
                segEnds[i] = segStarts[i] + size;
                r.seek(r.pos() + size);
            }
        }

        private static void skipConstExpr(Bytes r) {
            int op = r.u8();
            if (op != 0x41) {
                throw new IllegalStateException("data offset is not i32.const");
            }
            r.sleb();
            if (r.u8() != 0x0b) {
                throw new IllegalStateException("data offset is not one i32.const");
            }
        }

        private void readLinking(Section linking) {
            Bytes r = new Bytes(wasm, linking.start());
            r.name();
            if (r.uleb() != 2) {
                return; // another version of the format: leave everything unread
            }
            while (r.pos() < linking.end()) {
                int kind = r.u8();
                int size = r.uleb();
                int end = r.pos() + size;
                if (kind == SUB_SEGMENT_INFO) {
                    int n = r.uleb();
                    segmentInfo = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        segmentInfo.add(r.name());
                        r.uleb(); // alignment
                        r.uleb(); // flags
                    }
                } else if (kind == SUB_SYMBOL_TABLE) {
                    readSymbols(r);
                }
                r.seek(end);
            }
        }

        /** Per symbol: the linking segment of a defined data symbol, -1 for other data, -2 for non-data. */
        private void readSymbols(Bytes r) {
            int n = r.uleb();
            dataSymbolSegment = new int[n];
            for (int i = 0; i < n; i++) {
                int kind = r.u8();
                int flags = r.uleb();
                dataSymbolSegment[i] = -2;
                switch (kind) {
                    case SYM_DATA -> {
                        String name = r.name();
                        dataSymbolSegment[i] = -1;
                        if ((flags & SYM_UNDEFINED) == 0) {
                            int segment = r.uleb();
                            r.uleb(); // offset within the segment
                            r.uleb(); // size
                            if ((flags & SYM_ABSOLUTE) == 0) {
                                dataSymbolSegment[i] = segment;
                                symbolSegments.put(name, segment);
                            }
                        }
                    }
                    case SYM_SECTION -> r.uleb();
                    default -> { // function, global, event/tag, table: an index, then maybe a name
                        int index = r.uleb();
                        if ((flags & SYM_UNDEFINED) == 0 || (flags & SYM_EXPLICIT_NAME) != 0) {
                            String name = r.name();
                            if (kind == SYM_GLOBAL && name.equals("__stack_pointer")) {
                                stackPointerGlobal = index;
                            }
                        }
                    }
                }
            }
        }

        /**
         * wasm-ld numbers every output segment in the linking section but writes no bytes for
         * zero-initialised ones, which it places last: the first {@code written} segments must
         * then be exactly the data section's, in order, and all the others {@code .bss}.
         */
        private boolean bssLast(int written) {
            if (segmentInfo.size() < written) {
                return false;
            }
            for (int i = 0; i < segmentInfo.size(); i++) {
                if (segmentInfo.get(i).startsWith(".bss") != (i >= written)) {
                    return false;
                }
            }
            return true;
        }

        /** Index of the last start at or below offset, or -1. */
        private static int containing(int[] starts, int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }

        private static boolean isMemoryAddress(int type) {
            return switch (type) {
                case MEMORY_ADDR_LEB, MEMORY_ADDR_SLEB, MEMORY_ADDR_I32, MEMORY_ADDR_REL_SLEB, MEMORY_ADDR_LEB64,
                     MEMORY_ADDR_SLEB64, MEMORY_ADDR_I64, MEMORY_ADDR_REL_SLEB64, MEMORY_ADDR_TLS_SLEB,
                     MEMORY_ADDR_LOCREL_I32, MEMORY_ADDR_TLS_SLEB64 -> true;
                default -> false;
            };
        }
    }
}
