package dev.waspy.backend.lower;

/**
 * The built-in exception classes with the ids the runtime gives them ({@code EXC_*} in waspy.h,
 * numbered from 1 in this order, following CPython 3.11's hierarchy). The constant names are
 * CPython's class names, as the IR's {@code raise} names them.
 */
public enum ExcClass {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    StopAsyncIteration,
    ArithmeticError,
    FloatingPointError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    BufferError,
    EOFError,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    ReferenceError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    SyntaxError,
    SystemError,
    TypeError,
    ValueError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    UnicodeTranslateError;

    /** The runtime's id of the class. */
    public int id() {
        return ordinal() + 1;
    }

    /** The class of this CPython name, or null when the runtime has no such built-in class. */
    public static ExcClass forName(String name) {
        for (ExcClass c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
