package dev.waspy.frontend.scope;

import java.util.Set;

/** The built-in functions compiled programs may call, and Python's other built-in names. */
public final class Builtins {
    private Builtins() {}

    public static final Set<String> SUPPORTED = Set.of(
            "print", "abs", "min", "max", "divmod", "round", "int", "float", "pow", "str", "repr", "bool",
            "len", "range");

    /** Every other name of CPython 3.11's builtins module: using one is "not supported", not "undefined". */
    public static final Set<String> OTHER = Set.of(
            "all", "any", "ascii", "bin", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod",
            "compile", "complex", "delattr", "dict", "dir", "enumerate", "eval", "exec", "filter", "format",
            "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "isinstance",
            "issubclass", "iter", "list", "locals", "map", "memoryview", "next", "object", "oct", "open", "ord",
            "property", "reversed", "set", "setattr", "slice", "sorted", "staticmethod", "sum", "super", "tuple",
            "type", "vars", "zip", "aiter", "anext", "__import__", "__name__", "__build_class__", "exit", "quit",
            "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError",
            "RuntimeError", "StopIteration", "AssertionError", "NameError", "AttributeError", "OverflowError",
            "NotImplemented", "Ellipsis");
}
