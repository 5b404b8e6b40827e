package dev.waspy.backend.link;

import dev.waspy.wasm.model.Module;

/** A module copied one level deep: new lists of the same (immutable) entries. */
final class Modules {
    private Modules() {
    }

    static Module copy(Module m) {
        Module c = new Module();
        c.types().addAll(m.types());
        c.imports().addAll(m.imports());
        c.functions().addAll(m.functions());
        c.tables().addAll(m.tables());
        c.memories().addAll(m.memories());
        c.globals().addAll(m.globals());
        c.exports().addAll(m.exports());
        c.elements().addAll(m.elements());
        c.data().addAll(m.data());
        c.customSections().addAll(m.customSections());
        c.names().setModuleName(m.names().moduleName());
        c.names().functionNames().putAll(m.names().functionNames());
        c.names().localNames().putAll(m.names().localNames());
        c.names().globalNames().putAll(m.names().globalNames());
        c.names().otherSubsections().putAll(m.names().otherSubsections());
        c.setStart(m.start());
        c.setDataCount(m.dataCount());
        return c;
    }

    /** A module and the index of a function import it now has. */
    record Imported(Module module, int index) {
    }

    /**
     * The module importing runtime function {@code name} too: the existing import when there is
     * one, else a new import after the other function imports, every later function index moved
     * up by one (bodies, element segments, exports, start, names).
     */
    static Imported withRuntimeImport(Module m, String name, dev.waspy.wasm.model.FuncType type) {
        int k = 0;
        int lastFuncImport = -1;
        for (int i = 0; i < m.imports().size(); i++) {
            dev.waspy.wasm.model.Import imp = m.imports().get(i);
            if (imp.desc() instanceof dev.waspy.wasm.model.ImportDesc.Func) {
                if (imp.module().equals(Linker.RUNTIME_MODULE) && imp.name().equals(name)) {
                    return new Imported(m, k);
                }
                k++;
                lastFuncImport = i;
            }
        }
        int at = k;
        Module c = copy(m);
        c.imports().add(lastFuncImport + 1, new dev.waspy.wasm.model.Import(Linker.RUNTIME_MODULE, name,
                new dev.waspy.wasm.model.ImportDesc.Func(c.typeIndex(type))));
        int[] functions = new int[m.functionCount()];
        java.util.Arrays.setAll(functions, i -> i < at ? i : i + 1);
        IndexMap map = new IndexMap("the program", identity(c.types().size()), functions, identity(m.tableCount()),
                identity(m.globalCount()), identity(m.elements().size()), identity(m.data().size()));
        c.functions().replaceAll(f -> new dev.waspy.wasm.model.Function(f.typeIndex(), f.locals(), map.apply(f.body())));
        c.globals().replaceAll(g -> new dev.waspy.wasm.model.Global(g.type(), map.apply(g.init())));
        c.elements().replaceAll(e -> Linker.element(e, map));
        c.exports().replaceAll(e -> e.kind() == dev.waspy.wasm.model.ExternKind.FUNC
                ? new dev.waspy.wasm.model.Export(e.name(), e.kind(), functions[e.index()]) : e);
        if (c.start() != null) {
            c.setStart(functions[c.start()]);
        }
        shiftKeys(c.names().functionNames(), functions);
        shiftKeys(c.names().localNames(), functions);
        return new Imported(c, at);
    }

    private static <V> void shiftKeys(java.util.SortedMap<Integer, V> byFunction, int[] functions) {
        java.util.SortedMap<Integer, V> shifted = new java.util.TreeMap<>();
        byFunction.forEach((f, v) -> shifted.put(f < functions.length ? functions[f] : f, v));
        byFunction.clear();
        byFunction.putAll(shifted);
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        java.util.Arrays.setAll(a, i -> i);
        return a;
    }
}
