package dev.waspy.frontend.syntax;

import dev.waspy.frontend.diag.SyntaxError;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a deeply recursive computation (parsing or dumping input nested up to the parser's depth
 * limit) on a thread whose stack is large enough for it. Used only after the caller's own stack
 * overflowed, so ordinary input pays nothing.
 */
final class BigStack {
    /** Enough for {@link ParserBase#MAX_DEPTH} levels of the deepest recursion in the parser. */
    private static final long STACK_BYTES = 1L << 30;

    private BigStack() {}

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
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
            throw new IllegalStateException("interrupted while parsing", e);
        }
        Throwable f = failure.get();
        if (f instanceof StackOverflowError) {
            throw new SyntaxError("<input>", 1, 1, -1, -1, "too deeply nested to parse");
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
