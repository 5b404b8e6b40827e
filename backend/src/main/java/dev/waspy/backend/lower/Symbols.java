package dev.waspy.backend.lower;

import dev.waspy.middle.rt.RuntimeFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Function references made while lowering, resolved to Wasm function indices at the end. Imports
 * come first in Wasm's function index space, and which runtime functions a program imports is known
 * only once every body is lowered; so bodies call symbols, and {@link #index} maps a symbol to its
 * final index: used runtime functions in first-use order, then the program's functions.
 */
final class Symbols {
    private final List<String> program = new ArrayList<>();
    private final Map<String, Integer> programIds = new HashMap<>();
    private final Map<RuntimeFunction, Integer> runtime = new LinkedHashMap<>();
    private boolean frozen;

    /** Declares the program's functions, in their final order. */
    Symbols(List<String> programFunctions) {
        for (String name : programFunctions) {
            programIds.put(name, program.size());
            program.add(name);
        }
    }

    int function(String name) {
        Integer id = programIds.get(name);
        if (id == null) {
            throw new IllegalStateException("call of an unknown function " + name);
        }
        return id;
    }

    int runtime(Rt rt) {
        return runtime(rt.fn());
    }

    int runtime(RuntimeFunction rt) {
        Integer id = runtime.get(rt);
        if (id == null) {
            if (frozen) {
                throw new IllegalStateException("runtime function " + rt.name() + " requested after resolution");
            }
            id = program.size() + runtime.size();
            runtime.put(rt, id);
        }
        return id;
    }

    /** Whether the code lowered so far calls {@code rt}. */
    boolean uses(RuntimeFunction rt) {
        return runtime.containsKey(rt);
    }

    /** The runtime functions used, in import order. */
    List<RuntimeFunction> imports() {
        frozen = true;
        return List.copyOf(runtime.keySet());
    }

    /** Final Wasm function index of a symbol. */
    int index(int symbol) {
        frozen = true;
        return symbol < program.size() ? runtime.size() + symbol : symbol - program.size();
    }

    /** Final index of a program function. */
    int indexOf(String name) {
        return index(function(name));
    }
}
