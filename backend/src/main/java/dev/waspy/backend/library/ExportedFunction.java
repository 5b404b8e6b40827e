package dev.waspy.backend.library;

import java.util.List;

/**
 * A function of the program a library module exports under its Python name, with the host types
 * of its parameters and result (from annotations, else from the types the compiler found).
 */
public record ExportedFunction(String name, List<Param> params, HostType result) {
    public ExportedFunction {
        params = List.copyOf(params);
    }

    public record Param(String name, HostType type) {}
}
