package dev.waspy.backend.link;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * Every read of a defined immutable global whose value is a constant becomes that constant:
 * {@code global.get $rt_exc_addr} is {@code i32.const 99632} once the runtime's addresses are
 * known. The constant is shorter (no global section entry, usually fewer bytes than the index
 * plus the global), and engines that run a {@code global.get} as a call into their instance
 * (Chicory's compiler does, for every global) see a plain constant. {@link UnusedGlobals} then
 * drops the globals nothing reads any more, unless they are exported.
 */
final class ConstantGlobals {
    private ConstantGlobals() {
    }

    static void fold(Module m) {
        int imported = m.importCount(ExternKind.GLOBAL);
        Instruction[] value = new Instruction[m.globalCount()];
        boolean any = false;
        for (int g = imported; g < value.length; g++) {
            value[g] = constant(m.globals().get(g - imported));
            any |= value[g] != null;
        }
        if (!any) {
            return;
        }
        m.functions().replaceAll(f -> folded(f, value));
    }

    /** The global's value as one constant instruction, or null when it is mutable or computed. */
    static Instruction constant(Global g) {
        List<Instruction> init = g.init().instructions();
        if (g.type().mutable() || init.size() != 2 || !(init.get(1) instanceof Control.End)) {
            return null;
        }
        return switch (init.get(0)) {
            case Numeric.I32Const c -> c;
            case Numeric.I64Const c -> c;
            case Numeric.F32Const c -> c;
            case Numeric.F64Const c -> c;
            default -> null;
        };
    }

    private static Function folded(Function f, Instruction[] value) {
        List<Instruction> body = null;
        for (int i = 0; i < f.body().size(); i++) {
            Instruction x = f.body().get(i);
            if (x instanceof Variable.GlobalGet(int g) && value[g] != null) {
                if (body == null) {
                    body = new ArrayList<>(f.body().subList(0, i));
                }
                body.add(value[g]);
            } else if (body != null) {
                body.add(x);
            }
        }
        return body == null ? f : new Function(f.typeIndex(), f.locals(), body);
    }
}
