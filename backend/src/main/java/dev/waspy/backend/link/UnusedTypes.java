package dev.waspy.backend.link;

import dev.waspy.wasm.instr.BlockType;
import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Drops the function types nothing in a module names and renumbers the rest. The linker maps
 * every type of both inputs into the result; most of the runtime's belong to functions that
 * tree shaking removed. Users of a type: defined and imported functions, {@code call_indirect},
 * and block types given by index.
 */
final class UnusedTypes {
    private UnusedTypes() {
    }

    static void remove(Module m) {
        BitSet used = new BitSet();
        for (Import imp : m.imports()) {
            if (imp.desc() instanceof ImportDesc.Func(int type)) {
                used.set(type);
            }
        }
        for (Function f : m.functions()) {
            used.set(f.typeIndex());
            for (Instruction i : f.body()) {
                switch (i) {
                    case Control.CallIndirect c -> used.set(c.typeIndex());
                    case Control.Block b -> mark(b.type(), used);
                    case Control.Loop b -> mark(b.type(), used);
                    case Control.If b -> mark(b.type(), used);
                    default -> {
                    }
                }
            }
        }
        if (used.cardinality() == m.types().size()) {
            return;
        }
        int[] types = new int[m.types().size()];
        Arrays.fill(types, -1);
        List<FuncType> kept = new ArrayList<>();
        used.stream().forEach(t -> {
            types[t] = kept.size();
            kept.add(m.types().get(t));
        });
        IndexMap map = new IndexMap("the linked module", types, Modules.identity(m.functionCount()),
                Modules.identity(m.tableCount()), Modules.identity(m.globalCount()),
                Modules.identity(m.elements().size()), Modules.identity(m.data().size()));
        m.types().clear();
        m.types().addAll(kept);
        m.imports().replaceAll(imp -> imp.desc() instanceof ImportDesc.Func(int type)
                ? new Import(imp.module(), imp.name(), new ImportDesc.Func(types[type])) : imp);
        m.functions().replaceAll(f -> new Function(types[f.typeIndex()], f.locals(), map.apply(f.body())));
    }

    private static void mark(BlockType t, BitSet used) {
        if (t instanceof BlockType.TypeIndex(int index)) {
            used.set(index);
        }
    }
}
