package dev.waspy.reports.run;

/** What a child process did: its exit status, its output, how long it took from launch to exit. */
public record ProcessResult(int exitCode, byte[] stdout, String stderr, double wallMs, boolean timedOut) {

    /** The last non-empty lines of stderr, for an error message in the report. */
    public String stderrTail(int lines) {
        String[] all = stderr.strip().split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length)).strip();
    }
}
