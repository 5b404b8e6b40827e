package dev.waspy.wasm.model;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The "name" custom section: debug names engines show in stack traces and tools show in WAT.
 * Subsections other than module, function and local names (labels, globals, data segments, as
 * written by wasm-ld) are kept as raw bytes by subsection id.
 */
public final class Names {
    private String moduleName;
    private final SortedMap<Integer, String> functionNames = new TreeMap<>();
    private final SortedMap<Integer, SortedMap<Integer, String>> localNames = new TreeMap<>();
    private final SortedMap<Integer, byte[]> otherSubsections = new TreeMap<>();

    public String moduleName() {
        return moduleName;
    }

    public void setModuleName(String moduleName) {
        this.moduleName = moduleName;
    }

    /** Function index (imports first) to name. */
    public SortedMap<Integer, String> functionNames() {
        return functionNames;
    }

    /** Function index to (local index, parameters first, to name). */
    public SortedMap<Integer, SortedMap<Integer, String>> localNames() {
        return localNames;
    }

    public SortedMap<Integer, byte[]> otherSubsections() {
        return otherSubsections;
    }

    public void setLocalName(int function, int local, String name) {
        localNames.computeIfAbsent(function, f -> new TreeMap<>()).put(local, name);
    }

    public boolean isEmpty() {
        return moduleName == null && functionNames.isEmpty() && localNames.isEmpty() && otherSubsections.isEmpty();
    }
}
