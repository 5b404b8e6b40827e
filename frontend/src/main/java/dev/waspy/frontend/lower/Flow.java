package dev.waspy.frontend.lower;

import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.List;

/**
 * Whether control may reach the end of a statement list, conservatively: a function whose body
 * may fall off its end returns None, which inference must join into its return type.
 */
final class Flow {
    private Flow() {}

    static boolean mayFallThrough(List<Stmt> body) {
        for (Stmt s : body) if (!mayComplete(s)) return false;
        return true;
    }

    private static boolean mayComplete(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> false;
            case Stmt.If i -> mayFallThrough(i.body()) || mayFallThrough(i.orelse());
            // `while True:` ends only through break.
            case Stmt.While w -> !(isTrue(w.test()) && !breaks(w.body()));
            default -> true;
        };
    }

    private static boolean isTrue(Expr e) {
        return e instanceof Expr.Constant c && (Boolean.TRUE.equals(c.value())
                || (Literals.asInt(c.value()) != null && Literals.asInt(c.value()).signum() != 0));
    }

    /** Whether a break in {@code body} leaves the loop that owns it (not a nested one). */
    private static boolean breaks(List<Stmt> body) {
        for (Stmt s : body) {
            boolean b = switch (s) {
                case Stmt.Break x -> true;
                case Stmt.If i -> breaks(i.body()) || breaks(i.orelse());
                case Stmt.While w -> breaks(w.orelse());
                case Stmt.For f -> breaks(f.orelse());
                default -> false;
            };
            if (b) return true;
        }
        return false;
    }
}
