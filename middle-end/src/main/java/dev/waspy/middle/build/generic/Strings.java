package dev.waspy.middle.build.generic;

import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;

/**
 * f-strings: each field is converted ({@code !r}, {@code !s}) then formatted with its spec (itself
 * an f-string) through {@code obj.format}, or made a str with {@code obj.str} when it has no spec
 * (CPython's {@code format(v, '')}), and the parts are concatenated.
 */
final class Strings {
    private Strings() {}

    static Temp joined(GenericFunction f, Expr.JoinedStr j) {
        Emitter em = f.em;
        Temp acc = null;
        for (Expr part : j.values()) {
            Temp s = switch (part) {
                case Expr.Constant c -> em.str((String) c.value());
                case Expr.FormattedValue v -> formatted(f, v);
                default -> throw new IllegalStateException("f-string part " + part.getClass().getSimpleName());
            };
            acc = acc == null ? s : em.prim(Prim.STR_CONCAT, acc, s);
        }
        return acc == null ? em.str("") : acc;
    }

    private static Temp formatted(GenericFunction f, Expr.FormattedValue v) {
        Emitter em = f.em;
        Temp x = f.ex.value(v.value());
        if (v.conversion() == 'r') x = em.box(em.prim(Prim.OBJ_REPR, x));
        else if (v.conversion() == 's') x = em.box(em.prim(Prim.OBJ_STR, x));
        if (v.formatSpec() == null) return em.prim(Prim.OBJ_STR, x);
        Temp spec = joined(f, (Expr.JoinedStr) v.formatSpec());
        return em.prim(Prim.OBJ_FORMAT, x, spec);
    }
}
