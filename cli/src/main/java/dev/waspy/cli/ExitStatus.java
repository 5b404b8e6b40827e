package dev.waspy.cli;

/** The exit statuses of the waspy command itself (a run's status is the program's own). */
public final class ExitStatus {
    public static final int OK = 0;
    /** The program has an error (or the command line does): nothing was compiled. */
    public static final int COMPILE_ERROR = 2;
    /**
     * A bug in Waspy: 70 (EX_SOFTWARE, as the runtime uses for its own internal errors), so that it
     * cannot be taken for a program's {@code sys.exit(3)}.
     */
    public static final int INTERNAL_ERROR = 70;

    private ExitStatus() {}
}
