package dev.waspy.middle.rt;

/**
 * The built-in exception classes with the ids the runtime gives them and their parents ({@code EXC_*} in waspy.h,
 * numbered from 1 in this order, following CPython 3.11's hierarchy). The constant names are
 * CPython's class names, as the IR's {@code raise} names them.
 */
public enum ExcClass {
    BaseException(null),
    SystemExit("BaseException"),
    KeyboardInterrupt("BaseException"),
    GeneratorExit("BaseException"),
    Exception("BaseException"),
    StopIteration("Exception"),
    StopAsyncIteration("Exception"),
    ArithmeticError("Exception"),
    FloatingPointError("ArithmeticError"),
    OverflowError("ArithmeticError"),
    ZeroDivisionError("ArithmeticError"),
    AssertionError("Exception"),
    AttributeError("Exception"),
    BufferError("Exception"),
    EOFError("Exception"),
    ImportError("Exception"),
    ModuleNotFoundError("ImportError"),
    LookupError("Exception"),
    IndexError("LookupError"),
    KeyError("LookupError"),
    MemoryError("Exception"),
    NameError("Exception"),
    UnboundLocalError("NameError"),
    OSError("Exception"),
    ReferenceError("Exception"),
    RuntimeError("Exception"),
    NotImplementedError("RuntimeError"),
    RecursionError("RuntimeError"),
    SyntaxError("Exception"),
    SystemError("Exception"),
    TypeError("Exception"),
    ValueError("Exception"),
    UnicodeError("ValueError"),
    UnicodeDecodeError("UnicodeError"),
    UnicodeEncodeError("UnicodeError"),
    UnicodeTranslateError("UnicodeError");

    private final String parent;

    ExcClass(String parent) {
        this.parent = parent;
    }

    /** The class it derives from in CPython 3.11's hierarchy (exc.c has the same table), null for BaseException. */
    public ExcClass parent() {
        return parent == null ? null : valueOf(parent);
    }

    /** Whether this class is {@code c} or derives from it. */
    public boolean isSubclassOf(ExcClass c) {
        for (ExcClass x = this; x != null; x = x.parent()) if (x == c) return true;
        return false;
    }


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
