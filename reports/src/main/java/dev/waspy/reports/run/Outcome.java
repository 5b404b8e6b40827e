package dev.waspy.reports.run;

/**
 * What became of one (benchmark, engine) pair. Only {@link Timed} carries a time, and only a run
 * whose output was exactly CPython's gets one: every other outcome says why there is no figure.
 */
public sealed interface Outcome permits Outcome.Timed, Outcome.WrongOutput, Outcome.Crashed,
        Outcome.TimedOut, Outcome.NotCompiled, Outcome.NotApplicable, Outcome.Unavailable {

    /** Short status for tables and JSON. */
    String status();

    /** One line of explanation (empty for a timed run). */
    String detail();

    /**
     * A correct run. {@code runMs}: the program alone, measured inside the host; {@code loadMs}: the
     * host getting ready (engine start, module compile and instantiation) also inside the host;
     * {@code wallMs}: the whole process from launch to exit, measured by the harness.
     */
    record Timed(double runMs, double loadMs, double wallMs) implements Outcome {
        public String status() {
            return "ok";
        }

        public String detail() {
            return "";
        }
    }

    /** The program ran to completion but printed something other than CPython's output. */
    record WrongOutput(String firstDifference) implements Outcome {
        public String status() {
            return "wrong output";
        }

        public String detail() {
            return firstDifference;
        }
    }

    record Crashed(int exitCode, String message) implements Outcome {
        public String status() {
            return "failed";
        }

        public String detail() {
            return "exit status " + exitCode + (message.isEmpty() ? "" : ": " + message);
        }
    }

    record TimedOut(double limitSeconds) implements Outcome {
        public String status() {
            return "timeout";
        }

        public String detail() {
            return "no result within " + (long) limitSeconds + " s";
        }
    }

    /** Waspy (or clang) could not compile the program; {@code error} is the compiler's message. */
    record NotCompiled(String error) implements Outcome {
        public String status() {
            return "not compiled";
        }

        public String detail() {
            return error;
        }
    }

    /** The engine does not apply, e.g. C for a benchmark that has no C version. */
    record NotApplicable(String reason) implements Outcome {
        public String status() {
            return "n/a";
        }

        public String detail() {
            return reason;
        }
    }

    /** The engine is not installed on this machine. */
    record Unavailable(String reason) implements Outcome {
        public String status() {
            return "unavailable";
        }

        public String detail() {
            return reason;
        }
    }
}
