package dev.waspy.cli;

import dev.waspy.frontend.diag.CompileError;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Turns anything thrown while handling one file into a message and an exit status. A user error
 * is reported in the compiler's error format; anything else is a compiler bug, reported on one line
 * with a hint, its stack trace only with {@code --verbose}. No Java stack trace reaches a user otherwise.
 */
final class Failures {
    private Failures() {}

    static int report(Throwable t, String file, boolean verbose, PrintStream err) {
        if (t instanceof CompileError ce) {
            err.println(ce.format());
            return ExitStatus.COMPILE_ERROR;
        }
        if (t instanceof UserError || t instanceof dev.waspy.backend.library.NoSuchExport) {
            err.println(file + ": error: " + t.getMessage());
            return ExitStatus.COMPILE_ERROR;
        }
        err.println(file + ": internal compiler error: " + describe(t));
        if (verbose) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else {
            err.println("waspy: this is a bug in Waspy, not in your program; rerun with --verbose for the details"
                    + " and report them with the program.");
        }
        return ExitStatus.INTERNAL_ERROR;
    }

    private static String describe(Throwable t) {
        String msg = t.getMessage();
        String kind = switch (t) {
            case StackOverflowError s -> "the compiler ran out of stack (deeply nested code?)";
            case OutOfMemoryError o -> "the compiler ran out of memory";
            default -> t.getClass().getSimpleName();
        };
        if (msg == null || msg.isBlank()) {
            return kind;
        }
        // The first line only: a multi-line message (an IR dump, say) belongs to --verbose.
        int nl = msg.indexOf('\n');
        return kind + ": " + (nl < 0 ? msg : msg.substring(0, nl) + " ...");
    }

    /** A problem with the command line or a file that is not about the program's code. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
