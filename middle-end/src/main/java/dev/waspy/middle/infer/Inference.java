package dev.waspy.middle.infer;

import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import dev.waspy.middle.types.PyType;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of {@link Infer}: the function instances of a program, each with a type per value,
 * its return type and the instance each of its calls reaches. Only instances reachable from the
 * roots (the module body, and definitions no call reaches, analysed with {@code object}
 * parameters) are listed: those are the functions {@code specialize} emits.
 */
public final class Inference {
    private final List<IrFunction> defs;
    private final List<Instance> created;
    private final List<Instance> roots;

    private final java.util.Map<String, PyType> globals;

    Inference(List<IrFunction> defs, List<Instance> created, List<Instance> roots, java.util.Map<String, PyType> globals) {
        this.defs = List.copyOf(defs);
        this.created = List.copyOf(created);
        this.roots = List.copyOf(roots);
        this.globals = globals;
    }

    /** What module global {@code name} may hold: the join of every value stored to it (bottom: never stored). */
    public PyType global(String name) { return globals.getOrDefault(name, PyType.BOTTOM); }

    /** The reachable instances, grouped by definition in program order, each group in creation order. */
    public List<Instance> instances() {
        Set<Instance> seen = new HashSet<>(roots);
        var work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            for (Instance c : work.poll().callees.values()) if (seen.add(c)) work.add(c);
        }
        return created.stream().filter(seen::contains).sorted(Comparator.comparingInt(i -> defs.indexOf(i.def()))).toList();
    }

    /** The instance of the module body. */
    public Instance module() {
        return roots.stream().filter(i -> i.def().name().equals(IrProgram.MODULE)).findFirst().orElseThrow();
    }
}
