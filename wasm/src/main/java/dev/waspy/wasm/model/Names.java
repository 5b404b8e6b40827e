package dev.waspy.wasm.model;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The "name" custom section: debug names engines show in stack traces and tools show in WAT.
 * Module, function, local and global names are parsed; other subsections (labels, types, data
 * segments, as some tools write them) are kept as raw bytes by subsection id.
 */
public final class Names {
    private String moduleName;
    private final SortedMap<Integer, String> functionNames = new TreeMap<>();
    private final SortedMap<Integer, SortedMap<Integer, String>> localNames = new TreeMap<>();
    private final SortedMap<Integer, String> globalNames = new TreeMap<>();
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

    /** Global index (imports first) to name (subsection 7, written by wasm-ld for __stack_pointer etc.). */
    public SortedMap<Integer, String> globalNames() {
        return globalNames;
    }

    public SortedMap<Integer, byte[]> otherSubsections() {
        return otherSubsections;
    }

    public void setLocalName(int function, int local, String name) {
        localNames.computeIfAbsent(function, f -> new TreeMap<>()).put(local, name);
    }

    public boolean isEmpty() {
        return moduleName == null && functionNames.isEmpty() && localNames.isEmpty() && globalNames.isEmpty()
                && otherSubsections.isEmpty();
    }
}
