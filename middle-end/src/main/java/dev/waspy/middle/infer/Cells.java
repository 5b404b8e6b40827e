package dev.waspy.middle.infer;

import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.types.PyType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The element cells of list allocation sites (RPython's {@code ListItem}, FOUNDATION.md section 4):
 * for each instruction that makes a list, the join of every value any list made there may hold.
 * Several instances of one definition share its sites, so a cell is sound for all of them.
 *
 * <p>A cell is exact only while inference sees every use of the lists of its site. A list that
 * reaches an operation inference does not model (stored in a variable slot, in a tuple, passed to
 * a runtime function that may keep it or hand out its items) <em>escapes</em>: its cell becomes
 * {@code object} for good, and so, first, do the cells of every list its items may be (code that
 * inference cannot see may now reach them through it). A value later stored into an escaped list
 * escapes too.
 *
 * <p>A cell remembers the instances that read it; when a write widens it, or it escapes, they are
 * analysed again.
 */
final class Cells {
    private final Map<Inst, Integer> sites = new IdentityHashMap<>();
    private final List<PyType> elems = new ArrayList<>();
    private final List<Boolean> escaped = new ArrayList<>();
    private final List<Set<Instance>> readers = new ArrayList<>();
    private final Consumer<Instance> requeue;
    private final Map<String, PyType> globals = new java.util.HashMap<>();
    private final Map<String, Set<Instance>> globalReaders = new java.util.HashMap<>();

    Cells(Consumer<Instance> requeue) {
        this.requeue = requeue;
    }

    /**
     * The site of the list made by {@code alloc}: its cell starts empty when the list is made
     * empty ({@code known}), else {@code object} (a list whose items inference has not seen).
     */
    int site(Inst alloc, boolean known) {
        Integer s = sites.get(alloc);
        if (s != null) return s;
        int id = elems.size();
        sites.put(alloc, id);
        elems.add(known ? PyType.BOTTOM : PyType.OBJECT);
        escaped.add(!known);
        readers.add(new LinkedHashSet<>());
        return id;
    }

    /** What the lists of {@code sites} may hold, as seen by {@code reader} (analysed again when it widens). */
    PyType read(Collection<Integer> sites, Instance reader) {
        PyType t = PyType.BOTTOM;
        for (int s : sites) {
            readers.get(s).add(reader);
            t = t.join(elems.get(s));
        }
        return t;
    }

    /** {@code v} is stored into a list of one of {@code sites}. */
    void write(Collection<Integer> sites, PyType v) {
        if (v.kind() == PyType.Kind.BOTTOM) return;
        for (int s : sites) {
            if (escaped.get(s)) {
                escape(v.sites());
                continue;
            }
            PyType now = elems.get(s).join(v);
            if (!now.equals(elems.get(s))) {
                elems.set(s, now);
                readers.get(s).forEach(requeue);
            }
        }
    }

    /** The lists of {@code sites} reach code inference does not see. */
    void escape(Collection<Integer> sites) {
        for (int s : sites) {
            if (escaped.get(s)) continue;
            escaped.set(s, true);
            escape(elems.get(s).sites());
            elems.set(s, PyType.OBJECT);
            readers.get(s).forEach(requeue);
        }
    }

    /**
     * What module global {@code name} may hold, as seen by {@code reader}: the join of every value
     * stored to it anywhere (a global cell is flow-insensitive; a read before any store raises
     * NameError and gives no value).
     */
    PyType readGlobal(String name, Instance reader) {
        globalReaders.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(reader);
        return globals.getOrDefault(name, PyType.BOTTOM);
    }

    /** What each module global may hold once inference is done: the join of every store to it. */
    Map<String, PyType> globals() { return Map.copyOf(globals); }

    /** {@code v} is stored into module global {@code name}. */
    void writeGlobal(String name, PyType v) {
        PyType old = globals.getOrDefault(name, PyType.BOTTOM);
        PyType now = old.join(v);
        if (now.equals(old)) return;
        globals.put(name, now);
        globalReaders.getOrDefault(name, Set.of()).forEach(requeue);
    }
}
