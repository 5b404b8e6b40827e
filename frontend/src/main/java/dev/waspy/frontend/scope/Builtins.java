package dev.waspy.frontend.scope;

import java.util.Set;

/** The built-in functions compiled programs may call, and Python's other built-in names. */
public final class Builtins {
    private Builtins() {}

    public static final Set<String> SUPPORTED = Set.of(
            "print", "abs", "min", "max", "divmod", "round", "int", "float", "pow", "str", "repr", "bool",
            "len", "range", "list", "dict", "set", "tuple", "sorted", "sum", "any", "all", "enumerate", "zip",
            "reversed", "map", "filter", "ord", "chr", "hex", "bin", "oct", "format", "isinstance", "object", "iter", "next", "hash", "input",
            "ascii", "callable", "exit", "quit", "frozenset");

    /** Every other name of CPython 3.11's builtins module: using one is "not supported", not "undefined". */
    public static final Set<String> OTHER = Set.of(
            "breakpoint", "bytearray", "bytes", "classmethod",
            "compile", "complex", "delattr", "dir", "eval", "exec",
            "getattr", "globals", "hasattr", "help", "id",
            "issubclass", "locals", "memoryview", "open",
            "property", "setattr", "slice", "staticmethod", "super",
            "type", "vars", "aiter", "anext", "__import__", "__name__", "__build_class__",
            "NotImplemented", "Ellipsis");

    /**
     * The built-in exception classes the runtime has (its {@code EXC_*} ids, the middle-end's
     * {@code ExcClass}): names a program may raise, catch and construct.
     */
    public static final Set<String> EXCEPTIONS = Set.of(
            "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
            "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
            "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
            "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
            "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError", "SystemError",
            "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
            "UnicodeTranslateError");
}
