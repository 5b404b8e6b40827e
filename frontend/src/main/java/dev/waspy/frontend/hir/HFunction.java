package dev.waspy.frontend.hir;

import dev.waspy.frontend.types.Type;
import java.util.List;

/** One function of the typed IR; the module body is the function {@code <module>}. */
public record HFunction(String name, List<HVar> params, Type returnType, List<HVar> locals, List<HStmt> body, int line) {
    public HFunction {
        params = List.copyOf(params);
        locals = List.copyOf(locals);
        body = List.copyOf(body);
    }
}
