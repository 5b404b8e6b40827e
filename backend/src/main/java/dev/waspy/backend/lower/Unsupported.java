package dev.waspy.backend.lower;

/**
 * The IR asks for something the code generator or the runtime cannot do yet with CPython's
 * semantics. The compiler reports it as a compile error at the function it occurs in, never as a
 * module that behaves differently.
 */
public final class Unsupported extends RuntimeException {
    public Unsupported(String message) {
        super(message);
    }
}
