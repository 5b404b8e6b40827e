package dev.waspy.frontend.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts the symbol table records about a name in a block, as bits with CPython's values
 * ({@code Include/internal/pycore_symtable.h}), so that a dump compares with Python's
 * {@code symtable} module bit for bit. The resolved scope ({@link NameScope}) is kept beside them.
 */
public final class SymbolFlags {
    private SymbolFlags() {}

    /** Named in a {@code global} statement (or a walrus target bound in the module from a comprehension). */
    public static final int DEF_GLOBAL = 1;
    /** Bound in the block: assignment target, {@code def}/{@code class} name, {@code for}/{@code with}/{@code except} target, {@code del}, pattern capture. */
    public static final int DEF_LOCAL = 2;
    /** A formal parameter (a comprehension's hidden {@code .0} included). */
    public static final int DEF_PARAM = 4;
    /** Named in a {@code nonlocal} statement (or a walrus target bound in the enclosing function from a comprehension). */
    public static final int DEF_NONLOCAL = 8;
    /** Read in the block. */
    public static final int USE = 16;
    /** Unused by CPython 3.11's analysis; kept for the numbering. */
    public static final int DEF_FREE = 32;
    /** A class binds the name and one of its methods uses it as a free variable. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by {@code import}. */
    public static final int DEF_IMPORT = 128;
    /** Has a variable annotation ({@code x: int}). */
    public static final int DEF_ANNOT = 256;
    /** A comprehension's iteration variable. */
    public static final int DEF_COMP_ITER = 512;

    /** Any binding in the block itself. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private static final String[] NAMES = {"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
            "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"};

    /** CPython's names of the bits set in {@code flags}, lowest bit first. */
    public static List<String> names(int flags) {
        var out = new ArrayList<String>();
        for (int i = 0; i < NAMES.length; i++) if ((flags & (1 << i)) != 0) out.add(NAMES[i]);
        return out;
    }
}
