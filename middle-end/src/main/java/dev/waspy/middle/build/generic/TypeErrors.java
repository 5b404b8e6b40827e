package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.middle.rt.RuntimeTypeIds;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;

/**
 * TypeErrors whose CPython message names the type of a value known only at run time
 * ("cannot unpack non-iterable int object"): the name is the runtime's ({@code rt_obj_type_name}),
 * asked for in the error path only.
 */
final class TypeErrors {
    private TypeErrors() {}

    /** Raises TypeError {@code before + the name of v's type + after}. Ends the current block. */
    static void raise(Emitter em, Temp v, String before, String after) {
        Temp msg = em.prim(Prim.STR_CONCAT, em.str(before), em.rt("rt_obj_type_name", IrType.STR, v));
        if (!after.isEmpty()) msg = em.prim(Prim.STR_CONCAT, msg, em.str(after));
        em.terminate(new Terminator.Raise("TypeError", msg));
    }

    /**
     * The x of {@code type(x).__name__} or {@code x.__class__.__name__} (when {@code type} is the
     * builtin), whose value is the name of x's type; null for any other expression.
     */
    static Expr nameOfTypeOf(Expr e, java.util.function.Function<String, Symbol> resolve) {
        if (!(e instanceof Expr.Attribute a) || !a.attr().equals("__name__")) return null;
        if (a.value() instanceof Expr.Attribute c && c.attr().equals("__class__")) return c.value();
        if (a.value() instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("type")
                && (resolve.apply("type") == null || resolve.apply("type") == dev.waspy.frontend.scope.Symbol.BUILTIN) && c.args().size() == 1 && c.keywords().isEmpty()
                && !(c.args().get(0) instanceof Expr.Starred)) {
            return c.args().get(0);
        }
        return null;
    }

    /** The type-id bits of a set of type ids. */
    static long bits(Iterable<Integer> types) {
        long b = 0;
        for (int t : types) b |= RuntimeTypeIds.bits(t);
        return b;
    }
}
