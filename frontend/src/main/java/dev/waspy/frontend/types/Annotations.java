package dev.waspy.frontend.types;

import dev.waspy.frontend.hint.TypeHint;
import java.util.ArrayList;

/**
 * What a type hint means to inference. Annotations are hints, never checks: they do not change
 * how a value is represented (in Python {@code x: float = 1} holds the int 1, which prints as
 * {@code 1}), and a value whose type disagrees with its annotation keeps its own type. The one
 * place a hint decides a type is a parameter no call gives a value (a function never called).
 */
public final class Annotations {
    private Annotations() {}

    /** The type {@code hint} names when inference represents it exactly, else null (no use of the hint). */
    public static Type type(TypeHint hint) {
        return switch (hint) {
            case TypeHint.NoneType n -> Type.NONE;
            case TypeHint.Named n -> switch (n.name()) {
                case "int" -> Type.INT;
                case "float" -> Type.FLOAT;
                case "bool" -> Type.BOOL;
                case "str" -> Type.STR;
                case "object" -> Type.OBJ;
                default -> null;
            };
            case TypeHint.Generic g when g.origin().equals("tuple") && !g.args().isEmpty() -> {
                var items = new ArrayList<Type>();
                for (TypeHint a : g.args()) {
                    Type t = a instanceof TypeHint.Ellipsis ? null : type(a);
                    if (t == null) yield null;
                    items.add(t);
                }
                yield Type.tuple(items);
            }
            default -> null;
        };
    }

    /** Whether a value of type {@code actual} agrees with the hint (PEP 484's rules: bool is an int, int a float). */
    public static boolean agrees(TypeHint hint, Type actual) {
        Type declared = type(hint);
        return declared == null || accepts(declared, actual);
    }

    /** PEP 484's rules: bool is acceptable as int, int and bool as float, anything as object. */
    static boolean accepts(Type declared, Type actual) {
        if (actual instanceof Type.Bottom || declared instanceof Type.Obj || actual instanceof Type.Obj) return true;
        if (declared.equals(actual)) return true;
        if (declared instanceof Type.Int) return actual instanceof Type.Bool;
        if (declared instanceof Type.Float) return actual.isIntLike();
        if (declared instanceof Type.Tuple d && actual instanceof Type.Tuple a && d.items().size() == a.items().size()) {
            for (int i = 0; i < d.items().size(); i++) if (!accepts(d.items().get(i), a.items().get(i))) return false;
            return true;
        }
        return false;
    }

    /** The warning for a value that disagrees with its annotation (the value's own type wins). */
    public static String disagreement(String what, Type actual, TypeHint hint) {
        return what + " has type " + actual.show() + ", but its annotation says " + hint.show() + " (the annotation is ignored)";
    }
}
