package dev.waspy.difftest.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * The variables in scope, with their types, as a stack of blocks: a name first bound inside a block
 * (a loop body, a branch) is forgotten when the block ends, since Python may leave it unbound. Names
 * are never reused, so a variable keeps one type for the whole program. A function's scope sees the
 * module's variables read-only, except those it declares {@code global}.
 */
final class Scope {
    record Var(String name, PyType type, boolean assignable) {}

    private final Scope module;
    private final List<List<Var>> blocks = new ArrayList<>();

    Scope(Scope module) {
        this.module = module;
        blocks.add(new ArrayList<>());
    }

    boolean isFunction() {
        return module != null;
    }

    void push() {
        blocks.add(new ArrayList<>());
    }

    void pop() {
        blocks.remove(blocks.size() - 1);
    }

    void bind(String name, PyType type, boolean assignable) {
        blocks.get(blocks.size() - 1).add(new Var(name, type, assignable));
    }

    /** The module-level variables bound outside any block: those a function may read or declare global. */
    List<Var> moduleLevel() {
        return List.copyOf(blocks.get(0));
    }

    List<Var> readable(PyType type) {
        List<Var> out = new ArrayList<>();
        if (module != null) {
            for (Var v : module.moduleLevel()) {
                if (v.type() == type && !declared(v.name())) {
                    out.add(new Var(v.name(), type, false));
                }
            }
        }
        for (List<Var> block : blocks) {
            for (Var v : block) {
                if (v.type() == type) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    List<Var> assignable(PyType type) {
        return readable(type).stream().filter(Var::assignable).toList();
    }

    private boolean declared(String name) {
        return blocks.stream().flatMap(List::stream).anyMatch(v -> v.name().equals(name));
    }
}
