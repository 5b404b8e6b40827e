package dev.waspy.backend.outline;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Variable;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which locals of a flat, structured function body are live before each instruction: the backward
 * data flow over the body's control flow (a branch to a {@code block} or {@code if} continues after
 * its {@code end}, to a {@code loop} at its top; {@code return}, a branch to the function's own
 * label and {@code unreachable} leave).
 */
final class LocalLiveness {
    private final List<Instruction> body;
    /** The matching {@code end} of each opener, the matching {@code else} of each {@code if} (else -1). */
    private final int[] end;
    private final int[] elseOf;
    private final int[][] successors;
    private final BitSet[] liveIn;

    LocalLiveness(List<Instruction> body) {
        this.body = body;
        int n = body.size();
        end = new int[n];
        elseOf = new int[n];
        java.util.Arrays.fill(elseOf, -1);
        int[] openerOf = new int[n];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (body.get(i)) {
                case Control.Block b -> open.add(i);
                case Control.Loop l -> open.add(i);
                case Control.If f -> open.add(i);
                case Control.Else e -> elseOf[open.getLast()] = i;
                case Control.End e when !open.isEmpty() -> {
                    int o = open.removeLast();
                    end[o] = i;
                    openerOf[i] = o;
                }
                default -> { }
            }
        }
        successors = new int[n][];
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instruction ins = body.get(i);
            successors[i] = switch (ins) {
                case Control.Block b -> { labels.add(i); yield next(i); }
                case Control.Loop l -> { labels.add(i); yield next(i); }
                case Control.If f -> {
                    labels.add(i);
                    yield new int[] {i + 1, elseOf[i] >= 0 ? elseOf[i] + 1 : end[i]};
                }
                case Control.Else e -> new int[] {end[labels.getLast()]};
                case Control.End e -> {
                    if (!labels.isEmpty()) {
                        labels.removeLast();
                    }
                    yield next(i);
                }
                case Control.Br(int label) -> target(labels, label);
                case Control.BrIf(int label) -> concat(next(i), target(labels, label));
                case Control.BrTable t -> {
                    int[] all = target(labels, t.defaultLabel());
                    for (int label : t.labels()) {
                        all = concat(all, target(labels, label));
                    }
                    yield all;
                }
                case Control.Return r -> new int[0];
                case Control.Unreachable u -> new int[0];
                default -> next(i);
            };
        }
        liveIn = new BitSet[n];
        for (int i = 0; i < n; i++) {
            liveIn[i] = new BitSet();
        }
        solve();
    }

    private int[] next(int i) {
        return i + 1 < body.size() ? new int[] {i + 1} : new int[0];
    }

    /** Where a branch to {@code label} goes: a loop's top, else its construct's {@code end}; none for the function's label. */
    private int[] target(List<Integer> labels, int label) {
        if (label >= labels.size()) {
            return new int[0];
        }
        int opener = labels.get(labels.size() - 1 - label);
        return new int[] {body.get(opener) instanceof Control.Loop ? opener : end[opener]};
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void solve() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = body.size() - 1; i >= 0; i--) {
                BitSet live = new BitSet();
                for (int s : successors[i]) {
                    live.or(liveIn[s]);
                }
                switch (body.get(i)) {
                    case Variable.LocalGet(int x) -> live.set(x);
                    case Variable.LocalSet(int x) -> live.clear(x);
                    case Variable.LocalTee(int x) -> live.clear(x);
                    default -> { }
                }
                if (!live.equals(liveIn[i])) {
                    liveIn[i] = live;
                    changed = true;
                }
            }
        }
    }

    /** The locals live just before instruction {@code i} (a copy). */
    BitSet before(int i) {
        return (BitSet) liveIn[i].clone();
    }

    /** The locals live where a branch at nesting {@code labels} (innermost last, openers) to {@code label} goes. */
    BitSet atLabel(List<Integer> openers, int label) {
        BitSet live = new BitSet();
        if (label < openers.size()) {
            int opener = openers.get(openers.size() - 1 - label);
            live.or(liveIn[body.get(opener) instanceof Control.Loop ? opener : end[opener]]);
        }
        return live;
    }
}
