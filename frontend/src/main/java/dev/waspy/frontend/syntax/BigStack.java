package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SyntaxError;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a deeply recursive computation on a thread whose stack is large enough for it: parsing or
 * dumping input nested up to the parser's depth limit (only after the caller's own stack
 * overflowed, so ordinary input pays nothing), and the compiler's later stages, whose trees nest
 * as deep as the longest flat chain of the source (10,000 operands of {@code and} become 10,000
 * nested conditionals). The stack is reserved address space; only what is used is committed.
 */
public final class BigStack {
    /** Enough for {@link ParserBase#MAX_DEPTH} levels of the deepest recursion in the parser. */
    private static final long STACK_BYTES = 1L << 30;

    private BigStack() {}

    /** {@code work} on a big stack; what it throws is rethrown, a stack overflow included. */
    public static <T> T run(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        Throwable f = runOnBigStack(work, result);
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
        return result.get();
    }

    /** {@code work} on a big stack, an overflow even there being input too deep to parse. */
    static <T> T call(Supplier<T> work) {
        try {
            return run(work);
        } catch (StackOverflowError e) {
            throw new SyntaxError("<input>", 1, 1, -1, -1, "too deeply nested to parse");
        }
    }

    private static <T> Throwable runOnBigStack(Supplier<T> work, AtomicReference<T> result) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "waspy-big-stack", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        }
        return failure.get();
    }
}
