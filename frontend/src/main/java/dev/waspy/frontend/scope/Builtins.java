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
            "breakpoint", "bytearray", "bytes",
            "compile", "complex", "delattr", "dir", "eval", "exec",
            "getattr", "globals", "hasattr", "help", "id",
            "locals", "memoryview", "open",
            "setattr", "slice",
            "vars", "aiter", "anext", "__import__", "__name__", "__build_class__",
            "Ellipsis", "copyright", "credits", "license");

    /**
     * The built-in names classes use: {@code super()} in a method, {@code NotImplemented},
     * {@code issubclass}, {@code type(x)} (the class of an instance), and the decorators of a
     * method in a class body.
     */
    public static final Set<String> CLASSES = Set.of("super", "NotImplemented", "issubclass", "property",
            "staticmethod", "classmethod", "type");

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
