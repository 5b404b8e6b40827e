package dev.waspy.backend.link;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.MemoryAccess;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Import;
import dev.waspy.wasm.model.ImportDesc;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Drops the runtime's set-up calls, {@code rt_init(B, C, max_pages)} and
 * {@code rt_gc_config(due_addr, mode)}, from a program whose kept code never looks at what they set
 * up. Their effects are stores to the runtime objects their code refers to (the allocator's and
 * collector's state, the exception slot), a store to the program's word at {@code due_addr}, and
 * growing memory to C. The calls are dead when
 *
 * <ul>
 *   <li>every argument is a constant, and no object the set-up code can reach is one the other
 *       kept runtime code can reach (relocations in code and data say who reaches what), and the
 *       program uses no runtime address global at all;</li>
 *   <li>the set-up code reaches no imported function (no WASI call to lose) and no table;</li>
 *   <li>the program no longer names {@code due_addr}: no other {@code i32.const} of it, no read of
 *       a global holding it;</li>
 *   <li>nothing kept executes {@code memory.size} or {@code memory.grow}, and the memory's initial
 *       size already reaches C (so growing would have been a no-op).</li>
 * </ul>
 *
 * All of them go, or none.
 */
final class InitCall {
    static final String INIT = "rt_init";
    static final String GC_CONFIG = "rt_gc_config";

    private InitCall() {
    }

    /** The program without its set-up calls when they are dead, else the program itself. */
    static Module drop(Module program, Module runtime, DataReferences refs) {
        int[] targets = ProgramUses.runtimeTargets(program, runtime);
        int init = runtimeExport(runtime, INIT);
        int gcConfig = runtimeExport(runtime, GC_CONFIG);
        if (init < 0 || usesRuntimeGlobal(program)) {
            return program;
        }
        BitSet setup = new BitSet();
        setup.set(init);
        if (gcConfig >= 0) {
            setup.set(gcConfig);
        }
        List<Function> bodies = new ArrayList<>();
        long neededBytes = 0;
        List<Integer> dueWords = new ArrayList<>();
        boolean dropped = false;
        for (Function f : program.functions()) {
            List<Instruction> body = new ArrayList<>(f.body());
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof Control.Call(int callee) && callee < targets.length && targets[callee] >= 0
                        && setup.get(targets[callee])) {
                    int params = runtime.functionType(targets[callee]).params().size();
                    int[] args = constants(body, i, params);
                    if (args == null) {
                        return program; // arguments computed: keep the calls
                    }
                    if (targets[callee] == init) {
                        neededBytes = Math.max(neededBytes, Integer.toUnsignedLong(args[1]));
                    } else if (args[0] != 0) {
                        dueWords.add(args[0]);
                    }
                    body.subList(i - params, i + 1).clear();
                    i -= params + 1;
                    dropped = true;
                }
            }
            if (usesMemorySize(body)) {
                return program;
            }
            bodies.add(new Function(f.typeIndex(), f.locals(), body));
        }
        if (!dropped || initialBytes(program, runtime) < neededBytes) {
            return program;
        }
        Module without = Modules.copy(program);
        without.functions().clear();
        without.functions().addAll(bodies);
        for (int due : dueWords) {
            if (names(without, due)) {
                return program;
            }
        }
        BitSet reached = Reachability.from(runtime, ProgramUses.runtimeRoots(without, runtime));
        BitSet setupReached = Reachability.from(runtime, setup);
        if (reached.intersects(setup) || Reachability.usesTables(runtime, setupReached)) {
            return program;
        }
        int imported = runtime.importCount(ExternKind.FUNC);
        if (setupReached.nextSetBit(0) < imported) {
            return program;
        }
        if (refs.reachableObjects(setupReached).intersects(refs.reachableObjects(reached))) {
            return program;
        }
        for (int f = reached.nextSetBit(0); f >= 0; f = reached.nextSetBit(f + 1)) {
            if (f >= imported && usesMemorySize(runtime.functions().get(f - imported).body())) {
                return program;
            }
        }
        return without;
    }

    /** The constant arguments of the call at {@code call}, or null when one is computed. */
    private static int[] constants(List<Instruction> body, int call, int params) {
        if (call < params) {
            return null;
        }
        int[] args = new int[params];
        for (int k = 0; k < params; k++) {
            if (!(body.get(call - params + k) instanceof Numeric.I32Const(int v))) {
                return null;
            }
            args[k] = v;
        }
        return args;
    }

    /** Whether the program still names address {@code a}: an i32.const of it, or a read global holding it. */
    private static boolean names(Module program, int a) {
        BitSet holders = new BitSet();
        int imported = program.importCount(ExternKind.GLOBAL);
        for (int g = 0; g < program.globals().size(); g++) {
            for (Instruction i : program.globals().get(g).init().instructions()) {
                if (i instanceof Numeric.I32Const(int v) && v == a) {
                    holders.set(imported + g);
                }
            }
        }
        for (Function f : program.functions()) {
            for (Instruction i : f.body()) {
                if (i instanceof Numeric.I32Const(int v) && v == a
                        || i instanceof dev.waspy.wasm.instr.Variable.GlobalGet(int g) && holders.get(g)) {
                    return true;
                }
            }
        }
        for (var e : program.exports()) {
            if (e.kind() == ExternKind.GLOBAL && holders.get(e.index())) {
                return true;
            }
        }
        return false;
    }

    static int runtimeExport(Module runtime, String name) {
        for (var e : runtime.exports()) {
            if (e.kind() == ExternKind.FUNC && e.name().equals(name)) {
                return e.index();
            }
        }
        return -1;
    }

    private static boolean usesRuntimeGlobal(Module program) {
        int g = 0;
        BitSet runtimeGlobals = new BitSet();
        for (Import imp : program.imports()) {
            if (imp.desc() instanceof ImportDesc.Global) {
                if (imp.module().equals(Linker.RUNTIME_MODULE)) {
                    runtimeGlobals.set(g);
                }
                g++;
            }
        }
        for (Function f : program.functions()) {
            for (Instruction i : f.body()) {
                if (i instanceof dev.waspy.wasm.instr.Variable.GlobalGet(int index) && runtimeGlobals.get(index)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean usesMemorySize(List<Instruction> body) {
        for (Instruction i : body) {
            if (i instanceof MemoryAccess.MemorySize || i instanceof MemoryAccess.MemoryGrow) {
                return true;
            }
        }
        return false;
    }

    /** The linked memory's initial size in bytes: the larger of the two minimums. */
    private static long initialBytes(Module program, Module runtime) {
        long pages = 0;
        for (var mem : runtime.memories()) {
            pages = Math.max(pages, mem.limits().min());
        }
        for (Import imp : program.imports()) {
            if (imp.desc() instanceof ImportDesc.Memory(var type)) {
                pages = Math.max(pages, type.limits().min());
            }
        }
        return pages * 65536;
    }
}
