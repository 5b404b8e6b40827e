package dev.waspy.spectest;

/** What happened to one command of a script. */
sealed interface Outcome {
    record Passed() implements Outcome {
    }

    record Failed(String message) implements Outcome {
    }

    /** Not run, with the reason (a text-format module, a known engine deviation). */
    record Skipped(String reason) implements Outcome {
    }

    Outcome PASSED = new Passed();
}
