package dev.waspy.wasm.text;

import dev.waspy.wasm.model.Module;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/** Unique text identifiers for functions and locals, from the name section, with index fallbacks. */
final class SymbolNames {
    private final Map<Integer, String> functions = new HashMap<>();
    private final Map<Integer, String> globals = new HashMap<>();
    private final Map<Integer, Map<Integer, String>> locals = new HashMap<>();

    SymbolNames(Module module) {
        Set<String> used = new HashSet<>();
        for (Map.Entry<Integer, String> e : module.names().functionNames().entrySet()) {
            functions.put(e.getKey(), unique(Literals.id(e.getValue()), used));
        }
        Set<String> usedGlobals = new HashSet<>();
        for (Map.Entry<Integer, String> e : module.names().globalNames().entrySet()) {
            globals.put(e.getKey(), unique(Literals.id(e.getValue()), usedGlobals));
        }
        for (Map.Entry<Integer, SortedMap<Integer, String>> f : module.names().localNames().entrySet()) {
            Set<String> usedLocals = new HashSet<>();
            Map<Integer, String> map = new HashMap<>();
            for (Map.Entry<Integer, String> l : f.getValue().entrySet()) {
                map.put(l.getKey(), unique(Literals.id(l.getValue()), usedLocals));
            }
            locals.put(f.getKey(), map);
        }
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 1; !used.add(candidate); n++) {
            candidate = id + "." + n;
        }
        return candidate;
    }

    /** "$name" when the function has a name, else its index. */
    String function(int index) {
        String name = functions.get(index);
        return name != null ? name : Integer.toString(index);
    }

    /** What follows "func" in a definition: "$name (;3;)" or "(;3;)". */
    String functionDeclaration(int index) {
        String name = functions.get(index);
        return name != null ? name + " (;" + index + ";)" : "(;" + index + ";)";
    }

    /** "$name" when the global has a name, else its index. */
    String global(int index) {
        String name = globals.get(index);
        return name != null ? name : Integer.toString(index);
    }

    /** What follows "global" in a definition: "$name (;3;)" or "(;3;)". */
    String globalDeclaration(int index) {
        String name = globals.get(index);
        return name != null ? name + " (;" + index + ";)" : "(;" + index + ";)";
    }

    /** "$name" of a local or parameter, or null when it has none. */
    String local(int function, int index) {
        Map<Integer, String> map = locals.get(function);
        return map == null ? null : map.get(index);
    }

    String localOrIndex(int function, int index) {
        String name = local(function, index);
        return name != null ? name : Integer.toString(index);
    }
}
