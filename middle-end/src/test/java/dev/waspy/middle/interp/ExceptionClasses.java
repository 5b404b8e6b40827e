package dev.waspy.middle.interp;

import dev.waspy.middle.rt.ExcClass;
import java.util.HashMap;
import java.util.Map;

/** The exception classes of one run: the runtime's built-in ones and those the program defines (rt_exc_define). */
final class ExceptionClasses {
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    void define(int id, int parent, String name) {
        names.put(id, name);
        parents.put(name, name(parent));
    }

    String name(int id) {
        if (id >= 1 && id <= ExcClass.values().length) return ExcClass.values()[id - 1].name();
        String n = names.get(id);
        if (n == null) throw new IllegalStateException("exception class " + id + " used before rt_exc_define");
        return n;
    }

    /** Whether the class named {@code cls} is {@code of} or derives from it. */
    boolean isSubclass(String cls, String of) {
        for (String c = cls; c != null; c = parent(c)) if (c.equals(of)) return true;
        return false;
    }

    private String parent(String c) {
        if (parents.containsKey(c)) return parents.get(c);
        ExcClass b = ExcClass.forName(c);
        return b == null || b.parent() == null ? null : b.parent().name();
    }
}
