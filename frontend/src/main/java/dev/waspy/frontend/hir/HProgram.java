package dev.waspy.frontend.hir;

import java.util.List;

/** The typed program: module globals and functions, the module body first. */
public record HProgram(String sourceName, List<HVar> globals, List<HFunction> functions) {
    public HProgram {
        globals = List.copyOf(globals);
        functions = List.copyOf(functions);
    }
}
