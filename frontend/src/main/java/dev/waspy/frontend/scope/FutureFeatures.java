package dev.waspy.frontend.scope;

import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.PyStr;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.List;

/**
 * Which {@code from __future__} features a module enables, found as CPython's {@code future.c}
 * finds them: in the imports at the top of the module, after the docstring, including later
 * statements on the line of the last future import.
 */
final class FutureFeatures {
    private FutureFeatures() {}

    /** {@code from __future__ import annotations}: annotations are never evaluated. */
    static boolean annotations(List<Stmt> body) {
        boolean found = false;
        boolean done = false;
        int prevLine = 0;
        for (int i = docstring(body) ? 1 : 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.pos().lineno() > prevLine) break;
            prevLine = s.pos().lineno();
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (done) break; // a late future import is the compiler's SyntaxError
                for (Alias a : f.names()) found |= a.name().equals("annotations");
            } else {
                done = true;
            }
        }
        return found;
    }

    private static boolean docstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && (c.value() instanceof String || c.value() instanceof PyStr);
    }
}
