package dev.waspy.backend.link;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Which runtime functions a program names: the roots of tree shaking. A runtime import that no
 * call, {@code ref.func}, element segment, export or start names keeps nothing.
 */
final class ProgramUses {
    private ProgramUses() {
    }

    /** For each of the program's function imports, the runtime function it resolves to, or -1. */
    static int[] runtimeTargets(Module program, Module runtime) {
        int[] targets = new int[program.importCount(ExternKind.FUNC)];
        Arrays.fill(targets, -1);
        int i = 0;
        for (Import imp : program.imports()) {
            if (imp.desc() instanceof ImportDesc.Func) {
                if (imp.module().equals(Linker.RUNTIME_MODULE)) {
                    for (Export e : runtime.exports()) {
                        if (e.kind() == ExternKind.FUNC && e.name().equals(imp.name())) {
                            targets[i] = e.index();
                        }
                    }
                }
                i++;
            }
        }
        return targets;
    }

    /** The program's function indices (imports included) that it names anywhere. */
    static BitSet functions(Module program) {
        BitSet used = new BitSet();
        for (Function f : program.functions()) {
            for (Instruction i : f.body()) {
                mark(i, used);
            }
        }
        for (ElementSegment e : program.elements()) {
            switch (e.items()) {
                case ElementItems.FuncIndices(var indices) -> indices.forEach(used::set);
                case ElementItems.Expressions(var exprs) -> exprs.forEach(x -> mark(x, used));
            }
        }
        program.globals().forEach(g -> mark(g.init(), used));
        for (Export e : program.exports()) {
            if (e.kind() == ExternKind.FUNC) {
                used.set(e.index());
            }
        }
        if (program.start() != null) {
            used.set(program.start());
        }
        return used;
    }

    /** The runtime functions (runtime indices) that the program's code reaches directly. */
    static BitSet runtimeRoots(Module program, Module runtime) {
        int[] targets = runtimeTargets(program, runtime);
        BitSet roots = new BitSet();
        functions(program).stream().filter(f -> f < targets.length && targets[f] >= 0)
                .forEach(f -> roots.set(targets[f]));
        return roots;
    }

    private static void mark(ConstExpr e, BitSet used) {
        e.instructions().forEach(i -> mark(i, used));
    }

    private static void mark(Instruction i, BitSet used) {
        switch (i) {
            case Control.Call c -> used.set(c.function());
            case Reference.RefFunc r -> used.set(r.function());
            default -> {
            }
        }
    }
}
