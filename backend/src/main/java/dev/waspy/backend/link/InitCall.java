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
 * Drops {@code rt_init(B, C, max_pages)} from a program whose kept code never looks at what it
 * sets up. rt_init's effects are stores to the runtime objects its code refers to (the allocator's
 * and collector's state, the exception slot) and growing memory to C. The call is dead when
 *
 * <ul>
 *   <li>no other kept runtime function refers to any object rt_init (or what it calls) refers to,
 *       and the program uses no runtime address global at all (relocations say who refers to what);</li>
 *   <li>rt_init reaches no imported function (no WASI call to lose);</li>
 *   <li>nothing kept executes {@code memory.size} or {@code memory.grow}, and the memory's initial
 *       size already reaches C (so growing would have been a no-op).</li>
 * </ul>
 */
final class InitCall {
    static final String INIT = "rt_init";

    private InitCall() {
    }

    /** The program without its rt_init calls when they are dead, else the program itself. */
    static Module drop(Module program, Module runtime, DataReferences refs) {
        int[] targets = ProgramUses.runtimeTargets(program, runtime);
        int init = runtimeExport(runtime, INIT);
        if (init < 0 || usesRuntimeGlobal(program)) {
            return program;
        }
        List<Function> bodies = new ArrayList<>();
        long neededBytes = 0;
        for (Function f : program.functions()) {
            List<Instruction> body = new ArrayList<>(f.body());
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof Control.Call(int callee) && callee < targets.length && targets[callee] == init) {
                    if (i < 3 || !(body.get(i - 3) instanceof Numeric.I32Const)
                            || !(body.get(i - 2) instanceof Numeric.I32Const(int heapBase))
                            || !(body.get(i - 1) instanceof Numeric.I32Const)) {
                        return program; // arguments computed: keep it
                    }
                    neededBytes = Math.max(neededBytes, Integer.toUnsignedLong(heapBase));
                    body.subList(i - 3, i + 1).clear();
                    i -= 4;
                }
            }
            if (usesMemorySize(body)) {
                return program;
            }
            bodies.add(new Function(f.typeIndex(), f.locals(), body));
        }
        if (initialBytes(program, runtime) < neededBytes) {
            return program;
        }
        Module without = Modules.copy(program);
        without.functions().clear();
        without.functions().addAll(bodies);
        BitSet reached = Reachability.from(runtime, ProgramUses.runtimeRoots(without, runtime));
        BitSet initOnly = new BitSet();
        initOnly.set(init);
        BitSet initReached = Reachability.from(runtime, initOnly);
        if (reached.get(init) || Reachability.usesTables(runtime, initReached)) {
            return program;
        }
        int imported = runtime.importCount(ExternKind.FUNC);
        if (initReached.nextSetBit(0) < imported) {
            return program;
        }
        BitSet initObjects = new BitSet();
        initReached.stream().forEach(f -> initObjects.or(refs.byFunction()[f]));
        for (int f = reached.nextSetBit(0); f >= 0; f = reached.nextSetBit(f + 1)) {
            if (refs.byFunction()[f].intersects(initObjects)
                    || f >= imported && usesMemorySize(runtime.functions().get(f - imported).body())) {
                return program;
            }
        }
        return without;
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
