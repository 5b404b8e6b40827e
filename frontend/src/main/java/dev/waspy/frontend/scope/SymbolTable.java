package dev.waspy.frontend.scope;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Mod;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.Map;

/**
 * CPython 3.11's symbol table of a module: a tree of {@link SymbolBlock}s (module, classes,
 * functions, lambdas, comprehensions) and every name's flags and scope in each, computed by
 * CPython's rules ({@code Python/symtable.c}). It describes any valid program, whatever the
 * compiler supports; {@code SymbolTableTest} compares it with Python's {@code symtable} module.
 *
 * <p>It raises the errors found on the way with CPython's messages (a {@code nonlocal} without
 * binding, walrus targets that comprehensions forbid, {@code import *} in a function, {@code yield}
 * in a comprehension, {@code yield}, {@code await} or a walrus in an annotation that is never
 * evaluated); the other compile-time errors of CPython's symbol table are {@link StaticChecks}',
 * which builds the table between its own two passes: call {@link StaticChecks#check} to get both.
 */
public final class SymbolTable {
    private final SymbolBlock top;
    private final Map<Object, SymbolBlock> blocks;

    private SymbolTable(SymbolBlock top, Map<Object, SymbolBlock> blocks) {
        this.top = top;
        this.blocks = blocks;
    }

    public static SymbolTable build(SourceFile file, Mod.Module module) {
        var collector = new SymbolCollector(file, FutureFeatures.annotations(module.body()));
        SymbolBlock top = collector.module(module.body(), module);
        new ScopeResolver(file).resolve(top);
        return new SymbolTable(top, collector.blocks);
    }

    /** The module's block. */
    public SymbolBlock top() { return top; }

    /** The block of a {@code def} or {@code class} statement. */
    public SymbolBlock block(Stmt definition) { return lookup(definition); }

    /** The block of a lambda or a comprehension (generator expressions included). */
    public SymbolBlock block(Expr functionExpr) { return lookup(functionExpr); }

    private SymbolBlock lookup(Object key) {
        SymbolBlock b = blocks.get(key);
        if (b == null) throw new IllegalArgumentException("no block for " + key);
        return b;
    }
}
