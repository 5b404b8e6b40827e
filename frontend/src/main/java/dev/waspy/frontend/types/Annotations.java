package dev.waspy.frontend.types;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.scope.Errors;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.PyNone;
import java.util.ArrayList;
import java.util.List;

/**
 * Type annotations: what they mean, and whether an inferred type agrees with one. Annotations
 * never change how a value is represented (in Python {@code x: float = 1} holds the int 1, which
 * prints as {@code 1}); they are checked, and they give the parameter types of a function that is
 * never called.
 */
public final class Annotations {
    private Annotations() {}

    public static Type parse(SourceFile file, Expr e) {
        return switch (e) {
            case Expr.Constant c when c.value() instanceof PyNone -> Type.NONE;
            case Expr.Name n -> switch (n.id()) {
                case "int" -> Type.INT;
                case "float" -> Type.FLOAT;
                case "bool" -> Type.BOOL;
                case "str" -> Type.STR;
                case "object" -> Type.OBJ;
                case "None" -> Type.NONE;
                default -> throw Errors.unsupported(file, n.pos(), "the annotation '" + n.id() + "'");
            };
            case Expr.Subscript s when s.value() instanceof Expr.Name n && n.id().equals("tuple") -> {
                var items = new ArrayList<Type>();
                List<Expr> elts = s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
                for (Expr x : elts) items.add(parse(file, x));
                yield Type.tuple(items);
            }
            default -> throw Errors.unsupported(file, e.pos(), "this kind of annotation");
        };
    }

    /** PEP 484's rules: bool is acceptable as int, int and bool as float, anything as object. */
    public static boolean accepts(Type declared, Type actual) {
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

    public static CompileError mismatch(SourceFile file, dev.waspy.frontend.syntax.ast.Pos pos, String what, Type actual, Type declared) {
        return Errors.at(file, pos, what + " has type " + actual.show() + ", but its annotation says " + declared.show());
    }
}
