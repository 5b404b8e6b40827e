package dev.waspy.backend.link;

import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The kept runtime data segments, neighbours joined: one object per segment is right for
 * shaking but costs each object a segment header (flags, an {@code i32.const} address, a size:
 * 6 bytes or more). Two active segments separated by at most {@link #MAX_GAP} bytes are cheaper as
 * one segment with the gap zero-filled, which is also what memory holds there.
 */
final class DataPacking {
    /** The smallest header of a segment at an address of 8 KiB or more. */
    static final int MAX_GAP = 6;

    private DataPacking() {
    }

    /**
     * Appends the kept segments of {@code data} to {@code out} (joined where that is smaller) and
     * fills {@code map} with the output index of each kept segment, -1 for the dropped ones and
     * for segments merged into the one before (no code names those by index: {@code pinned}
     * segments are never joined).
     */
    static void pack(List<DataSegment> data, BitSet keep, BitSet pinned, List<DataSegment> out, int[] map) {
        java.util.Arrays.fill(map, -1);
        List<Integer> order = new ArrayList<>();
        keep.stream().forEach(order::add);
        boolean allConstant = order.stream().allMatch(s -> DataShaking.constantAddress(data.get(s)) != -1);
        if (allConstant) {
            order.sort(Comparator.comparingLong(s -> Integer.toUnsignedLong(DataShaking.constantAddress(data.get(s)))));
        }
        int i = 0;
        while (i < order.size()) {
            int first = order.get(i);
            DataSegment d = data.get(first);
            int j = i + 1;
            if (allConstant && !pinned.get(first)) {
                long start = Integer.toUnsignedLong(DataShaking.constantAddress(d));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(d.bytes());
                while (j < order.size() && !pinned.get(order.get(j))) {
                    DataSegment next = data.get(order.get(j));
                    long gap = Integer.toUnsignedLong(DataShaking.constantAddress(next)) - (start + bytes.size());
                    if (gap < 0 || gap > MAX_GAP) {
                        break;
                    }
                    bytes.write(new byte[(int) gap], 0, (int) gap);
                    bytes.writeBytes(next.bytes());
                    j++;
                }
                if (j > i + 1) {
                    d = new DataSegment(new DataMode.Active(0, ConstExpr.of(new Numeric.I32Const((int) start))),
                            bytes.toByteArray());
                }
            }
            map[first] = out.size();
            out.add(d);
            i = j;
        }
    }
}
