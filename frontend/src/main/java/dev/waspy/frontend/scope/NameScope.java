package dev.waspy.frontend.scope;

/** Where a name of a block lives, as CPython's symbol table resolves it (values as in CPython). */
public enum NameScope {
    /** Bound in this block and used by no nested function: a fast local (a dict entry in module and class blocks). */
    LOCAL,
    /** Declared {@code global} here (or in the module block, by a function's {@code global}). */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: a module global or a builtin, found at run time. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function: read through a cell of the closure. */
    FREE,
    /** Bound here and free in a nested block: stored in a cell the closures share. */
    CELL;

    /** CPython's number for the scope (1 to 5). */
    public int code() { return ordinal() + 1; }
}
