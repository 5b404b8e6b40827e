package dev.waspy.backend.link;

import dev.waspy.backend.runtime.RuntimeLibrary;
import dev.waspy.wasm.model.DataMode;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.ElementItems;
import dev.waspy.wasm.model.ElementMode;
import dev.waspy.wasm.model.ElementSegment;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Global;
import dev.waspy.wasm.model.GlobalType;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Merges a compiled program with the runtime into one self-contained module.
 *
 * <p>The program imports runtime functions and data addresses from module {@value #RUNTIME_MODULE}
 * by export name (and optionally the runtime's memory as {@code waspy_rt.memory}). The linker
 * resolves each against the runtime's exports, checks that the types agree, copies in the runtime
 * functions reachable from those imports (see {@link Reachability}), renumbers every function,
 * global, type, table, element and data index, deduplicates the WASI imports both sides use, keeps
 * the runtime's memory (exported as {@code memory}) and the runtime data that kept code reaches
 * (see {@link DataShaking}, {@link DataPacking}), and merges the name sections. Reads of
 * immutable globals with a constant value become that constant ({@link ConstantGlobals}), and the
 * globals nothing names any more are dropped ({@link UnusedGlobals}).
 *
 * <p>Index layout of the result: imported functions (the program's, then the runtime's that are
 * still needed), the program's functions, the kept runtime functions; globals: imports, the
 * program's, the runtime's; data segments: the runtime's, then the program's.
 */
public final class Linker {
    public static final String RUNTIME_MODULE = "waspy_rt";
    /** The module name under which the runtime imports what the program provides (its dispatcher, {@code call}). */
    public static final String PROGRAM_MODULE = "waspy_prog";

    private final Module program;
    private final Module runtime;
    private final DataReferences dataRefs; // null: keep all runtime data
    private final Module out = new Module();
    private final Map<String, Integer> importIndex = new HashMap<>(); // "kind module.name" -> index in out
    private dev.waspy.wasm.model.Limits programMemoryLimits; // of the program's waspy_rt.memory import

    private Linker(Module program, Module runtime, DataReferences dataRefs) {
        this.program = program;
        this.runtime = runtime;
        this.dataRefs = dataRefs;
    }

    /** The program linked with the runtime built into the backend (runtime.wasm). */
    public static Module link(Module program) {
        return link(program, RuntimeLibrary.sharedModule(), SharedRuntime.DATA_REFS);
    }

    /**
     * The linked module; neither input is modified. Throws {@link LinkException} on a mismatch.
     * All of the runtime's data is kept: this runtime comes without its relocations.
     */
    public static Module link(Module program, Module runtime) {
        return link(program, runtime, null);
    }

    /**
     * The linked module, keeping of the runtime's data only what {@code dataRefs} (read from the
     * runtime's relocations) shows to be reachable; null keeps all of it.
     */
    public static Module link(Module program, Module runtime, DataReferences dataRefs) {
        Module simplified = dataRefs == null ? program : WholeProgram.simplify(program, runtime, dataRefs);
        return new Linker(simplified, runtime, dataRefs).run();
    }

    /** The relocations of the shared runtime.wasm, read once. */
    private static final class SharedRuntime {
        static final DataReferences DATA_REFS = DataReferences.read(RuntimeLibrary.bytes(),
                RuntimeLibrary.sharedModule().importCount(ExternKind.FUNC)).orElse(null);
    }

    /**
     * The shared runtime's static objects by address, named as the C source names them
     * ({@code P10 (dtoa)}, {@code string literal}), for size reports; empty without relocations.
     */
    public static java.util.SortedMap<Long, String> runtimeObjectNames() {
        java.util.SortedMap<Long, String> names = new TreeMap<>();
        DataReferences refs = SharedRuntime.DATA_REFS;
        if (refs == null) {
            return names;
        }
        List<DataSegment> data = RuntimeLibrary.sharedModule().data();
        for (int s = 0; s < data.size() && s < refs.names().size(); s++) {
            int at = DataShaking.constantAddress(data.get(s));
            if (at != -1) {
                names.put(Integer.toUnsignedLong(at), objectName(refs.names().get(s)));
            }
        }
        return names;
    }

    /** ".rodata.P10.dtoa" is "P10 (dtoa)"; ".rodata..L.str.3.io" is "string literal". */
    private static String objectName(String segment) {
        String n = segment.replaceFirst("^\\.(rodata|data|bss)\\.", "");
        if (n.startsWith(".L.str")) {
            return "string literal";
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) + " (" + n.substring(dot + 1) + ")" : n;
    }

    /** What the shared runtime's relocations say about its data, or null when it carries none. */
    public static DataReferences runtimeDataReferences() {
        return SharedRuntime.DATA_REFS;
    }

    /** The runtime's function imports the program provides, by the runtime's function index. */
    private final List<Integer> programProvided = new ArrayList<>();
    /** The names the runtime imports from {@link #PROGRAM_MODULE}. */
    private java.util.Set<String> runtimeImportsFromProgram;
    /** The runtime functions (by index) the program imports under the name of such an import. */
    private final java.util.Map<String, Integer> hookTargets = new java.util.HashMap<>();

    /** The runtime's import of function index {@code idx}. */
    private Import runtimeFunctionImport(int idx) {
        int fi = 0;
        for (Import imp : runtime.imports()) {
            if (imp.desc() instanceof ImportDesc.Func && fi++ == idx) return imp;
        }
        throw new IllegalStateException("no function import " + idx);
    }

    private Module run() {
        runtimeImportsFromProgram = new java.util.HashSet<>();
        for (Import imp : runtime.imports()) {
            if (imp.module().equals(PROGRAM_MODULE)) runtimeImportsFromProgram.add(imp.name());
        }
        if (!program.memories().isEmpty()) {
            throw new LinkException("the program defines its own memory; it must use the runtime's "
                    + "(import " + RUNTIME_MODULE + ".memory or none)");
        }
        if (runtime.start() != null) {
            throw new LinkException("internal error: runtime.wasm has a start function; the linker does not run it");
        }
        int[] pTypes = mapTypes(program);
        int[] rTypes = mapTypes(runtime);

        // Resolve the program's runtime imports to runtime entities.
        int pImportedFuncs = program.importCount(ExternKind.FUNC);
        int[] pFuncToRuntime = new int[pImportedFuncs];
        Arrays.fill(pFuncToRuntime, -1);
        int pImportedGlobals = program.importCount(ExternKind.GLOBAL);
        int[] pGlobalToRuntime = new int[pImportedGlobals];
        Arrays.fill(pGlobalToRuntime, -1);
        BitSet roots = new BitSet();
        BitSet named = ProgramUses.functions(program); // an import nothing names keeps nothing
        int fi = 0;
        int gi = 0;
        for (Import imp : program.imports()) {
            boolean rt = imp.module().equals(RUNTIME_MODULE);
            switch (imp.desc()) {
                case ImportDesc.Func f -> {
                    if (rt) {
                        int target = resolveFunction(imp, program.types().get(f.typeIndex()));
                        pFuncToRuntime[fi] = target;
                        if (named.get(fi)) {
                            roots.set(target);
                        }
                    }
                    fi++;
                }
                case ImportDesc.Global g -> {
                    if (rt) {
                        pGlobalToRuntime[gi] = resolveGlobal(imp, g.type());
                    }
                    gi++;
                }
                case ImportDesc.Memory m -> {
                    if (!rt) {
                        throw new LinkException("the program imports memory " + imp.module() + "." + imp.name()
                                + "; the linked module uses the runtime's memory");
                    }
                    programMemoryLimits = m.type().limits();
                }
                case ImportDesc.Table t -> {
                    if (rt) {
                        throw new LinkException("the runtime exports no table; the program imports "
                                + RUNTIME_MODULE + "." + imp.name());
                    }
                }
            }
        }
        // A program with a dispatcher (it has classes or function values) gets the class hooks.
        boolean dispatches = program.exports().stream().anyMatch(e -> e.name().equals(PROGRAM_MODULE + ".call"));
        if (dispatches) {
            for (Export e : runtime.exports()) {
                if (e.kind() == ExternKind.FUNC && runtimeImportsFromProgram.contains(e.name())) {
                    hookTargets.put(e.name(), e.index());
                    roots.set(e.index());
                }
            }
        }
        BitSet reached = Reachability.from(runtime, roots);
        boolean keepTables = Reachability.usesTables(runtime, reached);

        // Imports of the result: the program's own (non-runtime) imports, then what the runtime needs.
        int[] pFuncs = new int[program.functionCount()];
        int[] rFuncs = new int[runtime.functionCount()];
        int[] pGlobals = new int[program.globalCount()];
        int[] rGlobals = new int[runtime.globalCount()];
        int[] pTables = new int[program.tableCount()];
        int[] rTables = new int[runtime.tableCount()];
        Arrays.fill(rFuncs, -1);
        Arrays.fill(rTables, -1);
        int[] counters = new int[4];
        int[] pos = new int[4];
        for (Import imp : program.imports()) {
            int k = imp.desc().kind().ordinal();
            int idx = pos[k]++;
            if (imp.module().equals(RUNTIME_MODULE)) {
                continue;
            }
            int m = addImport(imp, pTypes, counters);
            switch (imp.desc().kind()) {
                case FUNC -> pFuncs[idx] = m;
                case GLOBAL -> pGlobals[idx] = m;
                case TABLE -> pTables[idx] = m;
                case MEMORY -> {
                }
            }
        }
        Arrays.fill(pos, 0);
        for (Import imp : runtime.imports()) {
            int k = imp.desc().kind().ordinal();
            int idx = pos[k]++;
            switch (imp.desc().kind()) {
                case FUNC -> {
                    if (reached.get(idx) && imp.module().equals(PROGRAM_MODULE)) {
                        programProvided.add(idx); // bound below, once the program's functions are numbered
                    } else if (reached.get(idx)) {
                        rFuncs[idx] = addImport(imp, rTypes, counters);
                    }
                }
                case GLOBAL -> rGlobals[idx] = addImport(imp, rTypes, counters);
                case TABLE -> {
                    if (keepTables) {
                        rTables[idx] = addImport(imp, rTypes, counters);
                    }
                }
                case MEMORY -> addImport(imp, rTypes, counters);
            }
        }

        // Defined entities: the program's first, then the runtime's.
        int nextFunc = counters[ExternKind.FUNC.ordinal()];
        for (int j = 0; j < program.functions().size(); j++) {
            pFuncs[pImportedFuncs + j] = nextFunc++;
        }
        int rImportedFuncs = runtime.importCount(ExternKind.FUNC);
        List<Integer> keptRuntime = new ArrayList<>();
        for (int j = 0; j < runtime.functions().size(); j++) {
            if (reached.get(rImportedFuncs + j)) {
                rFuncs[rImportedFuncs + j] = nextFunc++;
                keptRuntime.add(j);
            }
        }
        // The runtime's imports from the program: waspy_prog.call (the dispatcher through which C
        // calls compiled code) is the program's export "waspy_prog.call"; a hook (class_repr, ...)
        // is the runtime's own function of that name when the program has that dispatcher. Else a
        // function that traps: a program without a dispatcher makes no value that could lead there.
        List<Integer> stubs = new ArrayList<>();
        for (int idx : programProvided) {
            Import imp = runtimeFunctionImport(idx);
            Integer target = null;
            for (Export e : program.exports()) {
                if (e.kind() == ExternKind.FUNC && e.name().equals(PROGRAM_MODULE + "." + imp.name())) target = pFuncs[e.index()];
            }
            if (target == null && hookTargets.containsKey(imp.name())) target = rFuncs[hookTargets.get(imp.name())];
            if (target == null) {
                target = nextFunc++;
                stubs.add(((ImportDesc.Func) imp.desc()).typeIndex());
            }
            rFuncs[idx] = target;
        }
        int nextGlobal = counters[ExternKind.GLOBAL.ordinal()];
        for (int j = 0; j < program.globals().size(); j++) {
            pGlobals[pImportedGlobals + j] = nextGlobal++;
        }
        int rImportedGlobals = runtime.importCount(ExternKind.GLOBAL);
        for (int j = 0; j < runtime.globals().size(); j++) {
            rGlobals[rImportedGlobals + j] = nextGlobal++;
        }
        int nextTable = counters[ExternKind.TABLE.ordinal()];
        int pImportedTables = program.importCount(ExternKind.TABLE);
        for (int j = 0; j < program.tables().size(); j++) {
            pTables[pImportedTables + j] = nextTable++;
        }
        int rImportedTables = runtime.importCount(ExternKind.TABLE);
        if (keepTables) {
            for (int j = 0; j < runtime.tables().size(); j++) {
                rTables[rImportedTables + j] = nextTable++;
            }
        }
        // The program's runtime imports become references to the runtime's entities.
        for (int i = 0; i < pImportedFuncs; i++) {
            if (pFuncToRuntime[i] >= 0) {
                pFuncs[i] = rFuncs[pFuncToRuntime[i]];
            }
        }
        for (int i = 0; i < pImportedGlobals; i++) {
            if (pGlobalToRuntime[i] >= 0) {
                pGlobals[i] = rGlobals[pGlobalToRuntime[i]];
            }
        }
        // Runtime element segments: table contents only when a kept function uses a table;
        // declarative ones (ref.func declarations) whenever one of their functions is kept.
        int[] rElems = new int[runtime.elements().size()];
        int[] pElems = new int[program.elements().size()];
        Arrays.fill(rElems, -1);
        for (int j = 0; j < pElems.length; j++) {
            pElems[j] = j;
        }
        List<ElementSegment> keptElems = new ArrayList<>();
        for (int j = 0; j < rElems.length; j++) {
            ElementSegment e = runtime.elements().get(j);
            if (e.mode() instanceof ElementMode.Declarative) {
                e = declaredKept(e, reached);
                if (e == null) {
                    continue;
                }
            } else if (!keepTables) {
                continue;
            }
            rElems[j] = pElems.length + keptElems.size();
            keptElems.add(e);
        }
        // Runtime data: only what kept code reaches (when runtime.wasm carries its relocations).
        int[] rData = new int[runtime.data().size()];
        int[] pData = new int[program.data().size()];
        List<DataSegment> keptData = new ArrayList<>();
        DataPacking.pack(runtime.data(), DataShaking.kept(runtime, dataRefs, reached),
                DataShaking.namedByIndex(runtime, reached), keptData, rData);
        for (int j = 0; j < pData.length; j++) {
            pData[j] = keptData.size() + j;
        }
        IndexMap pm = new IndexMap("the program", pTypes, pFuncs, pTables, pGlobals, pElems, pData);
        IndexMap rm = new IndexMap("the runtime", rTypes, rFuncs, rTables, rGlobals, rElems, rData);

        for (Function f : program.functions()) {
            out.functions().add(new Function(pTypes[f.typeIndex()], f.locals(), pm.apply(f.body())));
        }
        for (int j : keptRuntime) {
            Function f = runtime.functions().get(j);
            out.functions().add(new Function(rTypes[f.typeIndex()], f.locals(), rm.apply(f.body())));
        }
        for (int type : stubs) {
            out.functions().add(new Function(rTypes[type], List.of(),
                    List.of(new dev.waspy.wasm.instr.Control.Unreachable(), new dev.waspy.wasm.instr.Control.End())));
        }
        out.tables().addAll(program.tables());
        if (keepTables) {
            out.tables().addAll(runtime.tables());
        }
        for (var mem : runtime.memories()) {
            out.memories().add(programMemoryLimits == null ? mem : merged(mem, programMemoryLimits));
        }
        for (Global g : program.globals()) {
            out.globals().add(new Global(g.type(), pm.apply(g.init())));
        }
        for (Global g : runtime.globals()) {
            out.globals().add(new Global(g.type(), rm.apply(g.init())));
        }
        for (ElementSegment e : program.elements()) {
            out.elements().add(element(e, pm));
        }
        for (ElementSegment e : keptElems) {
            out.elements().add(element(e, rm));
        }
        for (DataSegment d : keptData) {
            out.data().add(data(d, rm));
        }
        int staticEnd = runtimeStaticEnd();
        for (DataSegment d : program.data()) {
            checkAboveRuntimeData(d, staticEnd);
            out.data().add(data(d, pm));
        }
        if (program.dataCount() != null || runtime.dataCount() != null) {
            out.setDataCount(out.data().size());
        }
        boolean memoryExported = false;
        for (Export e : program.exports()) {
            if (e.name().startsWith(PROGRAM_MODULE + ".")) {
                continue; // bound to the runtime's import above, not an export of the result
            }
            int index = switch (e.kind()) {
                case FUNC -> pm.map(pFuncs, e.index(), "function");
                case GLOBAL -> pm.map(pGlobals, e.index(), "global");
                case TABLE -> pm.map(pTables, e.index(), "table");
                case MEMORY -> e.index();
            };
            if (e.name().equals("memory")) {
                if (e.kind() != ExternKind.MEMORY) {
                    throw new LinkException("the program exports a " + e.kind().text()
                            + " named 'memory', the name the linked module gives its memory");
                }
                memoryExported = true;
            }
            out.exports().add(new Export(e.name(), e.kind(), index));
        }
        if (!memoryExported && out.memoryCount() > 0) {
            out.exports().add(new Export("memory", ExternKind.MEMORY, 0));
        }
        if (program.start() != null) {
            out.setStart(pm.map(pFuncs, program.start(), "function"));
        }
        out.customSections().addAll(program.customSections());
        mergeNames(pFuncs, rFuncs);
        UnusedTypes.remove(out);
        ConstantGlobals.fold(out);
        UnusedGlobals.remove(out);
        return out;
    }

    /**
     * The runtime's memory grown to what the program's memory import asks for: at least its
     * minimum, and at most its maximum when it gives one.
     */
    private static dev.waspy.wasm.model.MemoryType merged(dev.waspy.wasm.model.MemoryType mem,
                                                          dev.waspy.wasm.model.Limits want) {
        var have = mem.limits();
        long min = Math.max(have.min(), want.min());
        if (want.hasMax()) {
            long max = have.hasMax() ? Math.min(have.max(), want.max()) : want.max();
            if (max < min) {
                throw new LinkException("the program's memory import allows at most " + want.max()
                        + " pages but the runtime needs " + min);
            }
            return new dev.waspy.wasm.model.MemoryType(dev.waspy.wasm.model.Limits.between(min, max));
        }
        return new dev.waspy.wasm.model.MemoryType(have.hasMax()
                ? dev.waspy.wasm.model.Limits.between(min, Math.max(min, have.max()))
                : dev.waspy.wasm.model.Limits.atLeast(min));
    }

    /** The runtime's __heap_base (ABI address A), or 0 when it does not export one. */
    private int runtimeStaticEnd() {
        for (Export e : runtime.exports()) {
            if (e.kind() == ExternKind.GLOBAL && e.name().equals("__heap_base")) {
                int local = e.index() - runtime.importCount(ExternKind.GLOBAL);
                if (local >= 0 && runtime.globals().get(local).init().instructions().get(0)
                        instanceof dev.waspy.wasm.instr.Numeric.I32Const(int value)) {
                    return value;
                }
            }
        }
        return 0;
    }

    /** A program data segment at a constant address must not overwrite the runtime's static data. */
    private static void checkAboveRuntimeData(DataSegment d, int staticEnd) {
        if (d.mode() instanceof DataMode.Active(int memory, var offset)
                && offset.instructions().get(0) instanceof dev.waspy.wasm.instr.Numeric.I32Const(int at)
                && Integer.compareUnsigned(at, staticEnd) < 0 && d.bytes().length > 0) {
            throw new LinkException("internal error: a program data segment at address " + Integer.toUnsignedString(at)
                    + " overlaps the runtime's static data, which ends at " + staticEnd
                    + " (RuntimeLibrary.heapBase())");
        }
    }

    private int[] mapTypes(Module m) {
        int[] map = new int[m.types().size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = out.typeIndex(m.types().get(i));
        }
        return map;
    }

    private int resolveFunction(Import imp, FuncType wanted) {
        Export e = runtimeExport(imp, ExternKind.FUNC);
        FuncType have = runtime.functionType(e.index());
        if (!wanted.equals(have)) {
            throw new LinkException("internal error: the program imports " + RUNTIME_MODULE + "." + imp.name()
                    + " as " + wanted + " but the runtime exports it as " + have);
        }
        return e.index();
    }

    private int resolveGlobal(Import imp, GlobalType wanted) {
        Export e = runtimeExport(imp, ExternKind.GLOBAL);
        GlobalType have = runtime.globalType(e.index());
        if (!wanted.equals(have)) {
            throw new LinkException("internal error: the program imports global " + RUNTIME_MODULE + "." + imp.name()
                    + " as " + describe(wanted) + " but the runtime exports " + describe(have));
        }
        return e.index();
    }

    private static String describe(GlobalType t) {
        return t == null ? "nothing" : (t.mutable() ? "mut " : "") + t.type();
    }

    private Export runtimeExport(Import imp, ExternKind kind) {
        for (Export e : runtime.exports()) {
            if (e.name().equals(imp.name())) {
                if (e.kind() != kind) {
                    throw new LinkException("internal error: the program imports " + RUNTIME_MODULE + "." + imp.name()
                            + " as a " + kind.text() + " but the runtime exports a " + e.kind().text());
                }
                return e;
            }
        }
        throw new LinkException("internal error: the program imports " + RUNTIME_MODULE + "." + imp.name()
                + " (" + kind.text() + ") but the runtime has no such export");
    }

    /** Adds an import to the result once per (kind, module, name); returns its index in its space. */
    private int addImport(Import imp, int[] typeMap, int[] counters) {
        ImportDesc desc = switch (imp.desc()) {
            case ImportDesc.Func f -> new ImportDesc.Func(typeMap[f.typeIndex()]);
            case ImportDesc d -> d;
        };
        String key = imp.desc().kind() + " " + imp.module() + "." + imp.name();
        Integer known = importIndex.get(key);
        if (known != null) {
            Import first = findImport(imp.desc().kind(), known);
            if (!first.desc().equals(desc)) {
                throw new LinkException("internal error: " + imp.module() + "." + imp.name()
                        + " is imported with different types by the program and the runtime");
            }
            return known;
        }
        int index = counters[imp.desc().kind().ordinal()]++;
        out.imports().add(new Import(imp.module(), imp.name(), desc));
        importIndex.put(key, index);
        return index;
    }

    private Import findImport(ExternKind kind, int index) {
        int i = 0;
        for (Import imp : out.imports()) {
            if (imp.desc().kind() == kind && i++ == index) {
                return imp;
            }
        }
        throw new IllegalStateException("no import " + index);
    }

    static ElementSegment element(ElementSegment e, IndexMap map) {
        ElementMode mode = e.mode() instanceof ElementMode.Active(int table, var offset)
                ? new ElementMode.Active(map.map(map.tables(), table, "table"), map.apply(offset))
                : e.mode();
        ElementItems items = switch (e.items()) {
            case ElementItems.FuncIndices(var indices) ->
                    new ElementItems.FuncIndices(indices.stream().map(i -> map.map(map.functions(), i, "function")).toList());
            case ElementItems.Expressions(var exprs) -> new ElementItems.Expressions(exprs.stream().map(map::apply).toList());
        };
        return new ElementSegment(e.type(), mode, items);
    }

    /** A declarative segment reduced to the functions that were kept, or null if none was. */
    private static ElementSegment declaredKept(ElementSegment e, BitSet reached) {
        ElementItems items = switch (e.items()) {
            case ElementItems.FuncIndices(var indices) ->
                    new ElementItems.FuncIndices(indices.stream().filter(reached::get).toList());
            case ElementItems.Expressions(var exprs) -> new ElementItems.Expressions(exprs.stream()
                    .filter(x -> !(x.instructions().get(0) instanceof dev.waspy.wasm.instr.Reference.RefFunc(int f))
                            || reached.get(f))
                    .toList());
        };
        return items.size() == 0 ? null : new ElementSegment(e.type(), e.mode(), items);
    }

    private static DataSegment data(DataSegment d, IndexMap map) {
        DataMode mode = d.mode() instanceof DataMode.Active(int memory, var offset)
                ? new DataMode.Active(memory, map.apply(offset))
                : d.mode();
        return new DataSegment(mode, d.bytes());
    }

    private void mergeNames(int[] pFuncs, int[] rFuncs) {
        out.names().setModuleName(program.names().moduleName());
        copyNames(program, pFuncs);
        copyNames(runtime, rFuncs);
    }

    private void copyNames(Module from, int[] funcs) {
        for (var e : from.names().functionNames().entrySet()) {
            int f = e.getKey();
            if (f < funcs.length && funcs[f] >= 0) {
                out.names().functionNames().putIfAbsent(funcs[f], e.getValue());
            }
        }
        for (var e : from.names().localNames().entrySet()) {
            int f = e.getKey();
            if (f < funcs.length && funcs[f] >= 0 && !out.names().localNames().containsKey(funcs[f])) {
                SortedMap<Integer, String> locals = new TreeMap<>(e.getValue());
                out.names().localNames().put(funcs[f], locals);
            }
        }
    }
}
