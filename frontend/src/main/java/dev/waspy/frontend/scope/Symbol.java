package dev.waspy.frontend.scope;

/** What a name refers to at one place in the program. */
public enum Symbol {
    /** A variable of the enclosing function (parameters included). */
    LOCAL,
    /** A module-level variable. */
    GLOBAL,
    /** A function defined by a module-level {@code def}. */
    FUNCTION,
    /** A built-in function ({@code print}, {@code abs}, ...). */
    BUILTIN,
    /** A built-in exception class ({@code ValueError}, ...): raised, caught and constructed. */
    EXCEPTION,
    /** The module {@code sys}, after {@code import sys}. */
    SYS,
    /** A standard module the runtime implements ({@code math}, {@code random}), bound by {@code import}. */
    MODULE,
    /** A function or constant of such a module, bound by {@code from math import sqrt}. */
    MODULE_MEMBER,
    /** A name bound by an import of typing or __future__ ({@code List}, {@code typing}, {@code annotations}): annotations only. */
    TYPING
}
