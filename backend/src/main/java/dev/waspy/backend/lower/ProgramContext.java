package dev.waspy.backend.lower;

import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.locals.FunctionLocals;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.ir.Var;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the lowering of every function shares: symbols, static data, globals. */
final class ProgramContext {
    /** Global index of the imported {@code rt_exc_addr}: always the first global. */
    static final int EXC_ADDR_GLOBAL = 0;
    /**
     * Global index of the program's call depth (frames of compiled functions, {@code <module>}
     * included), the first global the program defines: CPython raises RecursionError when a call
     * would make it exceed {@link #RECURSION_LIMIT}, and so does compiled code.
     */
    static final int DEPTH_GLOBAL = 1;
    /** sys.getrecursionlimit() of CPython 3.11. */
    static final int RECURSION_LIMIT = 1000;

    final IrProgram program;
    final Symbols symbols;
    final StaticData data;
    private final Map<String, Integer> globals = new HashMap<>();
    final List<Var.Global> definedGlobals = new ArrayList<>();
    /** Root slot of each global that holds a reference, by name (see Emitter.referenceGlobals); built on first use. */
    private Map<String, Integer> rootSlots;

    ProgramContext(IrProgram program, Symbols symbols, StaticData data) {
        this.program = program;
        this.symbols = symbols;
        this.data = data;
        for (Var.Global g : program.globals()) {
            if (FunctionLocals.valType(g.type()) != null) {
                globals.put(g.name(), DEPTH_GLOBAL + 1 + definedGlobals.size());
                definedGlobals.add(g);
            }
        }
    }

    /** The index of {@code g} among the reference globals, or -1: one lookup, where a scan per store was quadratic. */
    int rootSlot(Var.Global g) {
        if (rootSlots == null) {
            rootSlots = new HashMap<>();
            List<Var.Global> refs = Emitter.referenceGlobals(this);
            for (int k = 0; k < refs.size(); k++) rootSlots.putIfAbsent(refs.get(k).name(), k);
        }
        return rootSlots.getOrDefault(g.name(), -1);
    }

    int global(Var.Global g) {
        Integer i = globals.get(g.name());
        if (i == null) {
            throw new IllegalStateException("unknown global " + g.name());
        }
        return i;
    }

    IrFunction function(String name) {
        IrFunction f = program.function(name);
        if (f == null) {
            throw new IllegalStateException("call of an unknown function " + name);
        }
        return f;
    }

    /** The Wasm signature of a compiled function: parameters and result that have a value. */
    static FuncType signature(IrFunction f) {
        List<ValType> params = new ArrayList<>();
        for (Var.Local p : f.params()) {
            ValType t = FunctionLocals.valType(p.type());
            if (t != null) {
                params.add(t);
            }
        }
        ValType r = FunctionLocals.valType(f.returnType());
        return FuncType.of(params, r == null ? List.of() : List.of(r));
    }
}
