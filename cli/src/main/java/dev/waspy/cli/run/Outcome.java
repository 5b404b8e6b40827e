package dev.waspy.cli.run;

import java.nio.charset.StandardCharsets;

/** What one run of a program produced: its stdout bytes, its exit status and its stderr bytes. */
public record Outcome(byte[] stdout, int status, byte[] stderr) {

    /** The last non-empty line of stderr, or "" when there is none (how CPython's error line is found). */
    public String lastStderrLine() {
        String[] lines = new String(stderr, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
