package dev.waspy.frontend.scope;

import dev.waspy.frontend.syntax.ast.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): the module, a class body, a
 * function, a lambda or a comprehension. It holds each name's {@link SymbolFlags} in first-seen
 * order and, once {@link ScopeResolver} has run, each name's {@link NameScope}.
 */
public final class SymbolBlock {
    /** What kind of comprehension a function block is (CPython's {@code _Py_comprehension_ty}). */
    public enum Comprehension { NONE, LIST, DICT, SET, GENERATOR }

    private final BlockType type;
    private final String name;
    private final int lineno;
    private final boolean nested;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, NameScope> scopes = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<SymbolBlock> children = new ArrayList<>();
    /** Where each name was first declared global or nonlocal, for the resolver's errors. */
    final Map<String, Pos> directives = new LinkedHashMap<>();

    Comprehension comprehension = Comprehension.NONE;
    boolean generator;
    boolean coroutine;
    boolean returnsValue;
    boolean varargs;
    boolean varkeywords;
    /** Some name of this block is free (or an implicit global read from a nested block). */
    boolean free;
    /** Some block nested in this one has free names. */
    boolean childFree;
    /** A class whose methods use {@code super()} or {@code __class__}: the class body makes the {@code __class__} cell. */
    boolean needsClassClosure;
    /** The collector is visiting a comprehension's iteration target / iterable (for walrus rules). */
    boolean compIterTarget;
    int compIterExpr;

    SymbolBlock(BlockType type, String name, int lineno, boolean nested) {
        this.type = type;
        this.name = name;
        this.lineno = lineno;
        this.nested = nested;
    }

    public BlockType type() { return type; }
    /** {@code top}, the function or class name, {@code lambda}, {@code listcomp}, {@code setcomp}, {@code dictcomp} or {@code genexpr}. */
    public String name() { return name; }
    /** The line of the {@code def}/{@code class} keyword or of the expression; 0 for the module. */
    public int lineno() { return lineno; }
    /** Inside a function, directly or through other blocks. */
    public boolean nested() { return nested; }
    public Comprehension comprehension() { return comprehension; }
    public boolean isGenerator() { return generator; }
    public boolean isCoroutine() { return coroutine; }
    public boolean needsClassClosure() { return needsClassClosure; }
    public boolean hasVarargs() { return varargs; }
    public boolean hasVarkeywords() { return varkeywords; }
    /** Parameters in CPython's order: positional-only, positional, keyword-only, {@code *args}, {@code **kwargs}. */
    public List<String> varnames() { return Collections.unmodifiableList(varnames); }
    public List<SymbolBlock> children() { return Collections.unmodifiableList(children); }
    /** Every name of the block (mangled inside classes), in first-seen order. */
    public Set<String> names() { return Collections.unmodifiableSet(flags.keySet()); }

    /** The name's {@link SymbolFlags}, 0 when the block does not mention it. */
    public int flags(String name) { return flags.getOrDefault(name, 0); }

    /** The name's scope, or null when the block does not mention it. */
    public NameScope scope(String name) { return scopes.get(name); }

    public boolean isParameter(String name) { return (flags(name) & SymbolFlags.DEF_PARAM) != 0; }
    public boolean isAssigned(String name) { return (flags(name) & SymbolFlags.DEF_LOCAL) != 0; }
    public boolean isReferenced(String name) { return (flags(name) & SymbolFlags.USE) != 0; }
    public boolean isImported(String name) { return (flags(name) & SymbolFlags.DEF_IMPORT) != 0; }
    public boolean isAnnotated(String name) { return (flags(name) & SymbolFlags.DEF_ANNOT) != 0; }
    public boolean isNonlocal(String name) { return (flags(name) & SymbolFlags.DEF_NONLOCAL) != 0; }
    public boolean isDeclaredGlobal(String name) { return scope(name) == NameScope.GLOBAL_EXPLICIT; }
    public boolean isFree(String name) { return scope(name) == NameScope.FREE; }
    public boolean isCell(String name) { return scope(name) == NameScope.CELL; }

    /** A fast local or a cell; in the module block, also any name it binds (as Python's {@code symtable} says). */
    public boolean isLocal(String name) {
        NameScope s = scope(name);
        return s == NameScope.LOCAL || s == NameScope.CELL || boundInModule(name);
    }

    /** A global of either kind; in the module block, also any name it binds. */
    public boolean isGlobal(String name) {
        NameScope s = scope(name);
        return s == NameScope.GLOBAL_EXPLICIT || s == NameScope.GLOBAL_IMPLICIT || boundInModule(name);
    }

    private boolean boundInModule(String name) {
        return type == BlockType.MODULE && (flags(name) & SymbolFlags.DEF_BOUND) != 0;
    }

    @Override
    public String toString() { return "<symtable block " + name + ", line " + lineno + ">"; }
}
