package dev.waspy.frontend.syntax;

import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.ExprContext;
import dev.waspy.frontend.syntax.ast.PyEllipsis;
import dev.waspy.frontend.syntax.ast.PyNone;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target (Store or
 * Del context), rejecting what cannot be assigned with CPython's wording.
 */
final class Targets {
    private Targets() {}

    /**
     * The target form of {@code e}. {@code suffix} is appended to "cannot assign to X" (CPython
     * adds a hint for plain assignments).
     */
    static Expr store(ParserBase p, Expr e, ExprContext ctx, String suffix) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
            case Expr.Tuple t -> new Expr.Tuple(all(p, t.elts(), ctx, suffix), ctx, t.pos());
            case Expr.List l -> new Expr.List(all(p, l.elts(), ctx, suffix), ctx, l.pos());
            case Expr.Starred s when ctx == ExprContext.Store ->
                    new Expr.Starred(store(p, s.value(), ctx, suffix), ctx, s.pos());
            default -> throw p.errorAt(e, (ctx == ExprContext.Del ? "cannot delete " : "cannot assign to ")
                    + describe(e) + suffix);
        };
    }

    private static List<Expr> all(ParserBase p, List<Expr> elts, ExprContext ctx, String suffix) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(store(p, x, ctx, suffix));
        }
        return ParserBase.list(out);
    }

    /** CPython's name for a kind of expression in error messages (_PyPegen_get_expr_name). */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> c.value() == PyNone.NONE ? "None" : c.value() == Boolean.TRUE ? "True"
                    : c.value() == Boolean.FALSE ? "False" : c.value() == PyEllipsis.ELLIPSIS ? "ellipsis" : "literal";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
