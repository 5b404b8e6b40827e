package dev.waspy.backend.library;

import java.util.List;

/**
 * A function of the program a library module exports under its Python name, with the host types
 * of its parameters and result (from annotations, else from the types the compiler found), and
 * the name of the compiled function the export calls (the function's own, or an instance the
 * generic path's specialization made, such as {@code add[int, int]}).
 */
public record ExportedFunction(String name, List<Param> params, HostType result, String compiled) {
    public ExportedFunction {
        params = List.copyOf(params);
    }

    public record Param(String name, HostType type) {}
}
