package dev.waspy.middle.pass;

/**
 * Sees the program after CFG construction ({@code "build"}) and after each pass of a pipeline, with
 * the time that step took: the hook for {@code --dump-after=PASS}, {@code --time-passes} and the
 * per-pass counters of {@link PassContext#counters()}.
 */
@FunctionalInterface
public interface PassObserver {
    PassObserver NONE = (step, ctx, nanos) -> { };

    void after(String step, PassContext ctx, long nanos);

    /** This observer, then {@code next}. */
    default PassObserver andThen(PassObserver next) {
        return (step, ctx, nanos) -> {
            after(step, ctx, nanos);
            next.after(step, ctx, nanos);
        };
    }
}
