package dev.waspy.backend.peephole;

import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Drops declared locals no instruction mentions any more and renumbers the rest (parameters keep
 * their indices). A local that is only written (a dead store left by {@link LocalTraffic}) keeps its
 * writes: they still consume the value.
 */
public final class UnusedLocals {
    /** The compacted function: its declared locals, body and local names. */
    public record Result(List<ValType> declared, List<Instruction> body, SortedMap<Integer, String> names) {}

    private UnusedLocals() {}

    static boolean isLocal(Instruction i) {
        return i instanceof Variable.LocalGet || i instanceof Variable.LocalSet || i instanceof Variable.LocalTee;
    }

    public static Result run(int params, List<ValType> declared, List<Instruction> body,
                             SortedMap<Integer, String> names) {
        int total = params + declared.size();
        boolean[] used = new boolean[total];
        Arrays.fill(used, 0, params, true);
        for (Instruction i : body) {
            if (isLocal(i)) {
                used[((Variable) i).index()] = true;
            }
        }
        int[] map = new int[total];
        List<ValType> kept = new ArrayList<>();
        int next = 0;
        for (int x = 0; x < total; x++) {
            if (used[x]) {
                map[x] = next++;
                if (x >= params) {
                    kept.add(declared.get(x - params));
                }
            } else {
                map[x] = -1;
            }
        }
        List<Instruction> out = new ArrayList<>(body.size());
        for (Instruction i : body) {
            out.add(switch (i) {
                case Variable.LocalGet(int x) -> new Variable.LocalGet(map[x]);
                case Variable.LocalSet(int x) -> new Variable.LocalSet(map[x]);
                case Variable.LocalTee(int x) -> new Variable.LocalTee(map[x]);
                default -> i;
            });
        }
        SortedMap<Integer, String> renamed = new TreeMap<>();
        names.forEach((x, name) -> {
            if (x < total && map[x] >= 0) {
                renamed.put(map[x], name);
            }
        });
        return new Result(kept, out, renamed);
    }
}
