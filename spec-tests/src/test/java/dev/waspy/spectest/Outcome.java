package dev.waspy.spectest;

/** What happened to one command of a script. */
sealed interface Outcome {
    record Passed() implements Outcome {
    }

    /**
     * {@code signallingNan}: the only mismatch is a NaN result with the quiet bit clear where the
     * spec wants an arithmetic or canonical NaN, the one kind of failure a known deviation may excuse.
     */
    record Failed(String message, boolean signallingNan) implements Outcome {
        Failed(String message) {
            this(message, false);
        }
    }

    /** Not run, with the reason (a text-format module, a known engine deviation). */
    record Skipped(String reason) implements Outcome {
    }

    Outcome PASSED = new Passed();
}
