package dev.waspy.backend.link;

import dev.waspy.wasm.instr.BulkMemory;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.Module;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Tree shaking of the runtime's static data: the data segments that kept code can reach.
 *
 * <p>Roots: the segments each kept function's relocations name, every segment a global's initial
 * value points into (the ABI addresses {@code rt_none_addr}, ... are such globals; the C stack
 * pointer is not an object and is left out), and segments named by index ({@code memory.init},
 * {@code data.drop}). Then, transitively, the segments a kept segment's relocations name (a table
 * of message pointers keeps its messages). Addresses do not move: a dropped segment leaves zeroed
 * memory that no kept code reads.
 */
final class DataShaking {
    private DataShaking() {
    }

    /** Indices of runtime.data() to keep; all of them when {@code refs} is null. */
    static BitSet kept(Module runtime, DataReferences refs, BitSet reachedFunctions) {
        int n = runtime.data().size();
        BitSet keep = new BitSet(n);
        if (refs == null || refs.bySegment().length != n) {
            keep.set(0, n);
            return keep;
        }
        Deque<Integer> work = new ArrayDeque<>();
        reachedFunctions.stream().forEach(f -> refs.byFunction()[f].stream().forEach(s -> add(keep, work, s, n)));
        namedByIndex(runtime, reachedFunctions).stream().forEach(s -> add(keep, work, s, n));
        int importedGlobals = runtime.importCount(dev.waspy.wasm.model.ExternKind.GLOBAL);
        for (int g = 0; g < runtime.globals().size(); g++) {
            Global global = runtime.globals().get(g);
            if (importedGlobals + g == refs.stackPointerGlobal()) {
                continue;
            }
            for (Instruction i : global.init().instructions()) {
                if (i instanceof Numeric.I32Const(int address)) {
                    int s = segmentAt(runtime, address);
                    if (s >= 0) {
                        add(keep, work, s, n);
                    }
                }
            }
        }
        while (!work.isEmpty()) {
            refs.bySegment()[work.poll()].stream().forEach(s -> add(keep, work, s, n));
        }
        return keep;
    }

    /** Segments that kept code names by index (memory.init, data.drop): they keep their identity. */
    static BitSet namedByIndex(Module runtime, BitSet reachedFunctions) {
        BitSet named = new BitSet();
        int imported = runtime.importCount(dev.waspy.wasm.model.ExternKind.FUNC);
        reachedFunctions.stream().filter(f -> f >= imported).forEach(f -> {
            for (Instruction i : runtime.functions().get(f - imported).body()) {
                switch (i) {
                    case BulkMemory.MemoryInit m -> named.set(m.data());
                    case BulkMemory.DataDrop d -> named.set(d.data());
                    default -> {
                    }
                }
            }
        });
        return named;
    }

    /** Marks segment s kept; zero-initialised objects (no segment of bytes) need nothing. */
    private static void add(BitSet keep, Deque<Integer> work, int s, int written) {
        if (s < written && !keep.get(s)) {
            keep.set(s);
            work.add(s);
        }
    }

    /** The active segment whose bytes hold {@code address}, or -1. */
    private static int segmentAt(Module m, int address) {
        for (int s = 0; s < m.data().size(); s++) {
            long start = Integer.toUnsignedLong(constantAddress(m.data().get(s)));
            long a = Integer.toUnsignedLong(address);
            if (constantAddress(m.data().get(s)) != -1 && a >= start && a < start + m.data().get(s).bytes().length) {
                return s;
            }
        }
        return -1;
    }

    /** The i32.const address of an active segment, or -1 for a passive or computed one. */
    static int constantAddress(DataSegment d) {
        if (d.mode() instanceof DataMode.Active(int memory, var offset) && memory == 0
                && offset.instructions().get(0) instanceof Numeric.I32Const(int at) && at != -1
                && offset.instructions().stream().skip(1).allMatch(i -> i instanceof dev.waspy.wasm.instr.Control.End)) {
            return at;
        }
        return -1;
    }
}
