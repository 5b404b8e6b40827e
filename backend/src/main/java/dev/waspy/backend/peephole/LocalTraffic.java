package dev.waspy.backend.peephole;

import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the local traffic that one-local-per-value lowering leaves behind, in a flat function body:
 * <pre>
 *   local.set $x            ;; x written and read exactly once in the function, here
 *   local.get $x     ==>    (nothing: the value stays on the operand stack)
 *
 *   local.set $x            ;; x read again later
 *   local.get $x     ==>    local.tee $x
 *
 *   local.get $x
 *   local.set $x     ==>    (nothing: x already holds that value; a phi copy onto itself)
 *
 *   local.tee $x
 *   local.set $x     ==>    local.set $x
 * </pre>
 * Both are exact: the instructions are adjacent, so nothing can run between the write and the read.
 * Applied until nothing changes (a removal can make a new pair adjacent).
 */
public final class LocalTraffic {
    private LocalTraffic() {}

    public static List<Instruction> run(List<Instruction> body, int localCount) {
        List<Instruction> code = new ArrayList<>(body);
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] gets = count(code, localCount, true);
            int[] sets = count(code, localCount, false);
            List<Instruction> out = new ArrayList<>(code.size());
            for (int i = 0; i < code.size(); i++) {
                Instruction ins = code.get(i);
                Instruction next = i + 1 < code.size() ? code.get(i + 1) : null;
                if (next instanceof Variable.LocalSet(int y)
                        && (ins instanceof Variable.LocalGet(int x) && x == y || ins instanceof Variable.LocalTee(int z) && z == y)) {
                    if (ins instanceof Variable.LocalTee) {
                        out.add(next);
                    }
                    i++;
                    changed = true;
                    continue;
                }
                if (ins instanceof Variable.LocalSet(int x) && i + 1 < code.size()
                        && code.get(i + 1) instanceof Variable.LocalGet(int y) && x == y) {
                    if (gets[x] == 1 && sets[x] == 1) {
                        gets[x] = 0;
                        sets[x] = 0;
                    } else {
                        out.add(new Variable.LocalTee(x));
                    }
                    i++;
                    changed = true;
                    continue;
                }
                out.add(ins);
            }
            code = out;
        }
        return code;
    }

    /** How often each local is read ({@code local.get}) or written ({@code local.set}, {@code local.tee}). */
    static int[] count(List<Instruction> code, int localCount, boolean reads) {
        int[] n = new int[localCount];
        for (Instruction i : code) {
            if (reads && i instanceof Variable.LocalGet(int x)) {
                n[x]++;
            } else if (!reads && (i instanceof Variable.LocalSet || i instanceof Variable.LocalTee)) {
                n[((Variable) i).index()]++;
            }
        }
        return n;
    }
}
