package dev.waspy.middle.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole program: its functions (the module body is the function named {@link #MODULE}, run by
 * {@code _start}), its module-level globals, and every str constant used (for static data).
 */
public final class IrProgram {
    public static final String MODULE = "<module>";

    private final Map<String, IrFunction> functions = new LinkedHashMap<>();
    private final List<Var.Global> globals = new ArrayList<>();
    private final List<String> importedNames = new ArrayList<>();
    private final List<String> entries = new ArrayList<>();
    private final String sourceName;

    public IrProgram(String sourceName) { this.sourceName = sourceName; }

    public String sourceName() { return sourceName; }

    public void addFunction(IrFunction f) {
        if (functions.putIfAbsent(f.name(), f) != null) {
            throw new IllegalArgumentException("duplicate function " + f.name());
        }
    }

    /**
     * Replaces every function by {@code fs} (specialize: the instances of each definition), the
     * module body among them.
     */
    public void replaceFunctions(java.util.List<IrFunction> fs) {
        functions.clear();
        for (IrFunction f : fs) addFunction(f);
        if (module() == null) throw new IllegalArgumentException("no " + MODULE + " function");
    }

    /** Functions in definition order, the module body first. */
    public List<IrFunction> functions() { return List.copyOf(functions.values()); }

    public IrFunction function(String name) { return functions.get(name); }

    public IrFunction module() { return functions.get(MODULE); }

    public void addGlobal(Var.Global g) { globals.add(g); }

    /** Replaces globals by others of the same names (a global given a narrower type), keeping their order. */
    public void retypeGlobals(java.util.Map<Var.Global, Var.Global> replacements) {
        globals.replaceAll(g -> replacements.getOrDefault(g, g));
    }

    /** Records a name an import binds at compile time only (typing, __future__): no slot, but a key of the globals dict. */
    public void addImportedName(String name) { importedNames.add(name); }

    /**
     * The table entries, in the order of their function-table indices (index 0 is the table's own
     * entry, which calls nothing): each a function of one parameter, a call's frame (see
     * {@link Inst.CallIndirect}), returning an object, which unpacks the frame's arguments and
     * calls the function a function object names ({@link IrFunction#tableEntry}).
     */
    public List<String> entries() { return Collections.unmodifiableList(entries); }

    /** The table index of {@code function}'s entry, adding it on first use (from 1). */
    public int entry(String function) {
        int i = entries.indexOf(function);
        if (i < 0) {
            entries.add(function);
            i = entries.size() - 1;
        }
        return i + 1;
    }

    /** The names bound by imports of typing and __future__, in binding order. */
    public List<String> importedNames() { return Collections.unmodifiableList(importedNames); }

    public List<Var.Global> globals() { return Collections.unmodifiableList(globals); }

    /** Every distinct str constant in the program, in first-use order. */
    public Set<String> strings() {
        var out = new LinkedHashSet<String>();
        for (IrFunction f : functions.values()) {
            for (Block b : f.blocks()) {
                for (Inst i : b.insts()) {
                    if (i instanceof Inst.Const c && c.value() instanceof Constant.StrC s) out.add(s.value());
                }
            }
        }
        return out;
    }
}
