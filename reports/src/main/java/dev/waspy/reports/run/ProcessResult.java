package dev.waspy.reports.run;

/** What a child process did: its exit status, its output, how long it took from launch to exit. */
public record ProcessResult(int exitCode, byte[] stdout, String stderr, double wallMs, boolean timedOut) {

    /**
     * The line of stderr that best says what went wrong: the last one naming an error, exception
     * or trap (a runtime's own trailer, such as Node's version line, comes after it), else the last.
     */
    public String errorLine() {
        java.util.List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).matches("(?i).*(error|exception|trap|unreachable|out of bounds|overflow).*")) {
                return lines.get(i);
            }
        }
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** The last non-empty lines of stderr, for an error message in the report. */
    public String stderrTail(int lines) {
        String[] all = stderr.strip().split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length)).strip();
    }
}
