package dev.waspy.backend.gc;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every slot of the frame is known to hold a valid value, so that nothing needs zeroing.
 * The frame is not zeroed on entry (that would cost every call): instead the first call on each
 * path writes every slot, the live references and a zero in the others, and a poll that collects
 * before any call did the same on its slow path. After a call, every slot has been written.
 *
 * <p>A forward "must" dataflow over the blocks: a block starts with its slots written when every
 * predecessor (a handler's included: conservatively from the start of the raising block) ends so.
 */
public final class SlotsWritten {
    private final Map<Block, Boolean> atStart = new HashMap<>();
    private final Map<Inst, Boolean> beforeCall = new IdentityHashMap<>();

    public SlotsWritten(IrFunction f) {
        Map<Block, List<Block>> preds = new HashMap<>();
        Map<Block, List<Block>> handlerPreds = new HashMap<>();
        for (Block b : f.blocks()) {
            for (Block s : b.terminator().successors()) {
                preds.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
            }
            if (b.handler() != null) {
                handlerPreds.computeIfAbsent(b.handler(), k -> new ArrayList<>()).add(b);
            }
        }
        // Greatest fixpoint: start from "written" everywhere but the entry, and only ever lower.
        for (Block b : f.blocks()) {
            atStart.put(b, b != f.entry());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : f.blocks()) {
                if (b == f.entry() || !atStart.get(b)) {
                    continue;
                }
                boolean in = true;
                for (Block p : preds.getOrDefault(b, List.of())) {
                    in &= atEnd(p);
                }
                for (Block p : handlerPreds.getOrDefault(b, List.of())) {
                    in &= atStart.get(p);
                }
                if (!in) {
                    atStart.put(b, false);
                    changed = true;
                }
            }
        }
        for (Block b : f.blocks()) {
            boolean written = atStart.get(b);
            for (Inst i : b.insts()) {
                if (GcRoots.isCall(i)) {
                    beforeCall.put(i, written);
                    written = true;
                }
            }
        }
    }

    private boolean atEnd(Block b) {
        return atStart.get(b) || b.insts().stream().anyMatch(GcRoots::isCall);
    }

    /** Whether every slot holds a valid value when the block starts (a loop header's poll). */
    public boolean atStart(Block b) {
        return atStart.getOrDefault(b, false);
    }

    /** Whether every slot holds a valid value right before the call. */
    public boolean beforeCall(Inst c) {
        return beforeCall.getOrDefault(c, false);
    }
}
