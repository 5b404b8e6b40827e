package dev.waspy.cli;

/** The exit statuses of the waspy command itself (a run's status is the program's own). */
public final class ExitStatus {
    public static final int OK = 0;
    /** The program has an error (or the command line does): nothing was compiled. */
    public static final int COMPILE_ERROR = 2;
    /** A bug in Waspy. */
    public static final int INTERNAL_ERROR = 3;

    private ExitStatus() {}
}
