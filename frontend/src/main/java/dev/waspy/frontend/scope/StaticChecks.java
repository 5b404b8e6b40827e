package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Located;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Stmt;

/**
 * The errors CPython 3.11 raises after parsing, before running anything, in CPython's order:
 * its future-import checks ({@link FutureChecks}), the depth at which it gives up with a
 * RecursionError, its symbol table ({@link SymtableChecks}, then the errors of the rules
 * {@link SymbolTable#build} applies as it resolves scopes: the whole module is walked and analysed
 * before anything is compiled, so every symbol-table error wins over every compiler error) and
 * its compiler ({@link CompilerChecks}, {@link PatternChecks}); within each, the first in the
 * pass's order wins. These run before Waspy's own refusals, so a program CPython rejects gets
 * CPython's message at CPython's position even where it uses what Waspy does not support.
 */
public final class StaticChecks {
    /** CPython's compile-time recursion limit (1000 frames, scaled by 3), counting a module statement as 1. */
    static final int MAX_DEPTH = 3000;

    private StaticChecks() {}

    /** Throws CPython's first error for {@code m}, if any; returns the module's {@link SymbolTable}. */
    public static SymbolTable check(SourceFile file, Mod.Module m) {
        FutureChecks.Future future = FutureChecks.check(file, m);
        for (Stmt s : m.body()) depth(file, s, 0);
        SymtableChecks checks = SymtableChecks.build(file, m, future.annotations());
        SymbolTable table = SymbolTable.build(file, m);
        new CompilerChecks(file, checks, future).stmts(m.body(), CompilerChecks.Context.of(CompilerChecks.ScopeType.MODULE, null));
        return table;
    }

    /** CPython's "maximum recursion depth exceeded during compilation", at the node that goes past the limit. */
    private static void depth(SourceFile file, Node n, int depth) {
        // Nodes without positions (contexts, operators, arguments) do not count: CPython has no visit for them.
        int d = n instanceof Stmt || n instanceof Expr ? depth + 1 : depth;
        if (d > MAX_DEPTH && n instanceof Located l) {
            throw Errors.at(file, l.pos(), "maximum recursion depth exceeded during compilation");
        }
        for (Node k : AstChildren.of(n)) depth(file, k, d);
    }
}
