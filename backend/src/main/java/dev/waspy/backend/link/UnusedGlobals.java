package dev.waspy.backend.link;

import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Variable;
import dev.waspy.wasm.model.ConstExpr;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Drops the defined globals nothing in a module names and renumbers the rest. The runtime's
 * exported address globals ({@code rt_none_addr}, {@code __heap_base}, ...) are there for the
 * program to import; once linked, only those some code reads remain.
 */
final class UnusedGlobals {
    private UnusedGlobals() {
    }

    static void remove(Module m) {
        int imported = m.importCount(ExternKind.GLOBAL);
        BitSet used = new BitSet();
        used.set(0, imported);
        for (Function f : m.functions()) {
            f.body().forEach(i -> mark(i, used));
        }
        m.globals().forEach(g -> mark(g.init(), used));
        m.elements().forEach(e -> {
            if (e.items() instanceof dev.waspy.wasm.model.ElementItems.Expressions(var exprs)) {
                exprs.forEach(x -> mark(x, used));
            }
            if (e.mode() instanceof dev.waspy.wasm.model.ElementMode.Active(int t, var offset)) {
                mark(offset, used);
            }
        });
        m.data().forEach(d -> {
            if (d.mode() instanceof dev.waspy.wasm.model.DataMode.Active(int mem, var offset)) {
                mark(offset, used);
            }
        });
        for (Export e : m.exports()) {
            if (e.kind() == ExternKind.GLOBAL) {
                used.set(e.index());
            }
        }
        int total = m.globalCount();
        if (used.cardinality() == total) {
            return;
        }
        int[] globals = new int[total];
        Arrays.fill(globals, -1);
        List<Global> kept = new ArrayList<>();
        int next = 0;
        for (int g = 0; g < total; g++) {
            if (used.get(g)) {
                globals[g] = next++;
                if (g >= imported) {
                    kept.add(m.globals().get(g - imported));
                }
            }
        }
        IndexMap map = new IndexMap("the linked module", Modules.identity(m.types().size()),
                Modules.identity(m.functionCount()), Modules.identity(m.tableCount()), globals,
                Modules.identity(m.elements().size()), Modules.identity(m.data().size()));
        m.globals().clear();
        kept.forEach(g -> m.globals().add(new Global(g.type(), map.apply(g.init()))));
        m.functions().replaceAll(f -> new Function(f.typeIndex(), f.locals(), map.apply(f.body())));
        m.elements().replaceAll(e -> Linker.element(e, map));
        m.data().replaceAll(d -> d.mode() instanceof dev.waspy.wasm.model.DataMode.Active(int mem, var offset)
                ? new dev.waspy.wasm.model.DataSegment(new dev.waspy.wasm.model.DataMode.Active(mem, map.apply(offset)),
                        d.bytes())
                : d);
        m.exports().replaceAll(e -> e.kind() == ExternKind.GLOBAL ? new Export(e.name(), e.kind(), globals[e.index()]) : e);
        SortedMap<Integer, String> names = new TreeMap<>();
        m.names().globalNames().forEach((g, n) -> {
            if (g < total && globals[g] >= 0) {
                names.put(globals[g], n);
            }
        });
        m.names().globalNames().clear();
        m.names().globalNames().putAll(names);
    }

    private static void mark(ConstExpr e, BitSet used) {
        e.instructions().forEach(i -> mark(i, used));
    }

    private static void mark(Instruction i, BitSet used) {
        switch (i) {
            case Variable.GlobalGet g -> used.set(g.index());
            case Variable.GlobalSet g -> used.set(g.index());
            default -> {
            }
        }
    }
}
