package dev.waspy.backend.link;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Reference;
import dev.waspy.wasm.instr.TableAccess;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.Module;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Tree shaking: the runtime functions reachable from a set of roots over the runtime's call graph.
 * Edges are direct calls and ref.func; a function that uses a table (call_indirect or a table
 * instruction) makes every function of the runtime's active and passive element segments
 * reachable, since any of them may be called through a table.
 */
final class Reachability {
    private final Module module;
    private final int importedFunctions;
    private final BitSet reached = new BitSet();
    private final Deque<Integer> work = new ArrayDeque<>();
    private boolean usesTables;

    private Reachability(Module module) {
        this.module = module;
        this.importedFunctions = module.importCount(dev.waspy.wasm.model.ExternKind.FUNC);
    }

    /** Function indices (imports included) reachable from {@code roots}. */
    static BitSet from(Module module, BitSet roots) {
        Reachability r = new Reachability(module);
        roots.stream().forEach(r::reach);
        for (Global g : module.globals()) {
            r.scan(g.init());
        }
        r.run();
        return r.reached;
    }

    /** Whether any reachable function touches a table (then tables and element segments stay). */
    static boolean usesTables(Module module, BitSet reached) {
        Reachability r = new Reachability(module);
        reached.stream().filter(f -> f >= r.importedFunctions).forEach(f -> {
            for (Instruction i : module.functions().get(f - r.importedFunctions).body()) {
                r.visit(i);
            }
        });
        return r.usesTables;
    }

    private void reach(int f) {
        if (!reached.get(f)) {
            reached.set(f);
            work.add(f);
        }
    }

    private void run() {
        boolean elementsAdded = false;
        while (true) {
            while (!work.isEmpty()) {
                int f = work.poll();
                if (f >= importedFunctions) {
                    for (Instruction i : module.functions().get(f - importedFunctions).body()) {
                        visit(i);
                    }
                }
            }
            if (!usesTables || elementsAdded) {
                return;
            }
            elementsAdded = true;
            for (ElementSegment seg : module.elements()) {
                if (seg.mode() instanceof dev.waspy.wasm.model.ElementMode.Declarative) {
                    continue; // declares ref.func targets; puts nothing in a table
                }
                switch (seg.items()) {
                    case ElementItems.FuncIndices(var indices) -> indices.forEach(this::reach);
                    case ElementItems.Expressions(var exprs) -> exprs.forEach(this::scan);
                }
            }
        }
    }

    private void scan(ConstExpr e) {
        e.instructions().forEach(this::visit);
    }

    private void visit(Instruction i) {
        switch (i) {
            case Control.Call c -> reach(c.function());
            case Control.CallIndirect c -> usesTables = true;
            case Reference.RefFunc r -> reach(r.function());
            case TableAccess t -> usesTables = true;
            default -> {
            }
        }
    }
}
