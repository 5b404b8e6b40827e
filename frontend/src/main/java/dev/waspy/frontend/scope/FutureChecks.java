package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Alias;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__} imports at the top of a module (CPython's future.c, which runs
 * before the symbol table): each feature must be one CPython knows, and a future import sharing a
 * line with an earlier ordinary statement is "late" (its column is CPython's, one less than usual).
 * A future import further down is the compiler's error ({@link CompilerChecks}), after the line
 * returned here.
 */
final class FutureChecks {
    /** What the leading future imports say: the line of the last one (-1 if none), whether {@code annotations} is on. */
    record Future(int line, boolean annotations) {}

    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    private FutureChecks() {}

    /** Checks the module's leading future imports. */
    static Future check(SourceFile file, Mod.Module m) {
        List<Stmt> body = m.body();
        int i = 0, lastLine = -1, prevLine = 0;
        boolean done = false, annotations = false;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.pos().lineno() > prevLine) break;
            prevLine = s.pos().lineno();
            if (s instanceof Stmt.ImportFrom f && isFuture(f)) {
                if (done) {
                    int col = file.charColumn(s.pos().lineno(), s.pos().colOffset());
                    throw new CompileError(file, s.pos().lineno(), col, "from __future__ imports must occur at the beginning of the file");
                }
                for (Alias a : f.names()) {
                    if (a.name().equals("braces")) throw Errors.at(file, s.pos(), "not a chance");
                    if (!FEATURES.contains(a.name())) throw Errors.at(file, s.pos(), "future feature " + a.name() + " is not defined");
                    if (a.name().equals("annotations")) annotations = true;
                }
                lastLine = s.pos().lineno();
            } else {
                done = true;
            }
        }
        return new Future(lastLine, annotations);
    }

    static boolean isFuture(Stmt.ImportFrom f) { return "__future__".equals(f.module()); }
}
