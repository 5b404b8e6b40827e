package dev.waspy.frontend.hir;

import java.util.List;

/**
 * The typed program: module globals and functions, the module body first, and the names bound by
 * imports of typing and __future__ (no value of the program, but keys of its globals dict).
 */
public record HProgram(String sourceName, List<HVar> globals, List<HFunction> functions, List<String> importedNames) {
    public HProgram {
        globals = List.copyOf(globals);
        functions = List.copyOf(functions);
        importedNames = List.copyOf(importedNames);
    }
}
