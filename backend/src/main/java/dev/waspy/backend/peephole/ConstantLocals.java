package dev.waspy.backend.peephole;

import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a constant back where it is read, in a flat function body:
 * <pre>
 *   i64.const 7
 *   local.set $x          ;; the only write of x in the function
 *   ...
 *   local.get $x   ==>    i64.const 7
 * </pre>
 * when {@code x} is not a parameter and is read once, or the constant is as short as the read
 * (an integer of one LEB byte). The lowering gives each IR value its local and defines a value
 * where the IR does, so a constant the builder made ahead of its use (a print's separator, a
 * method's arguments) otherwise costs a local and two instructions. Exact: a local written once
 * holds that value wherever a read of it is reached, since the IR's values dominate their uses;
 * the only reads that could come first are of an {@code undef}, which is never observed.
 */
public final class ConstantLocals {
    private ConstantLocals() {}

    public static List<Instruction> run(List<Instruction> body, int params, int localCount) {
        int[] sets = LocalTraffic.count(body, localCount, false);
        int[] gets = LocalTraffic.count(body, localCount, true);
        Instruction[] constant = new Instruction[localCount];
        boolean any = false;
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i + 1) instanceof Variable.LocalSet(int x) && x >= params && sets[x] == 1
                    && isConstant(body.get(i)) && (gets[x] <= 1 || short1(body.get(i)))) {
                constant[x] = body.get(i);
                any = true;
            }
        }
        if (!any) {
            return body;
        }
        List<Instruction> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Instruction ins = body.get(i);
            if (i + 1 < body.size() && body.get(i + 1) instanceof Variable.LocalSet(int x) && constant[x] == ins) {
                i++;
            } else if (ins instanceof Variable.LocalGet(int x) && constant[x] != null) {
                out.add(constant[x]);
            } else {
                out.add(ins);
            }
        }
        return out;
    }

    private static boolean isConstant(Instruction i) {
        return i instanceof Numeric.I32Const || i instanceof Numeric.I64Const || i instanceof Numeric.F64Const;
    }

    /** An integer constant whose immediate is one LEB byte: the instruction is no longer than a {@code local.get}. */
    private static boolean short1(Instruction i) {
        long v = i instanceof Numeric.I32Const(int a) ? a : i instanceof Numeric.I64Const(long b) ? b : Long.MAX_VALUE;
        return v >= -64 && v < 64;
    }
}
