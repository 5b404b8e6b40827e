package dev.waspy.difftest.run;

import dev.waspy.cli.run.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Compares a run with CPython's under the contract: stdout bytes, exit status, and the last stderr
 * line when the status is not 0. The report names what differs and shows the first differing
 * stdout line of each side.
 */
final class Mismatch {
    private Mismatch() {}

    /** Empty when the runs agree; otherwise {@code aspect} names the first part that differs. */
    record Difference(String aspect, String report) {}

    static Optional<Difference> between(Outcome python, Outcome waspy) {
        StringBuilder report = new StringBuilder();
        String aspect = null;
        if (python.status() != waspy.status()) {
            aspect = "status";
            report.append("exit status: CPython ").append(python.status()).append(", Waspy ").append(waspy.status()).append('\n');
        }
        if (!Arrays.equals(python.stdout(), waspy.stdout())) {
            aspect = aspect == null ? "stdout" : aspect;
            report.append(firstDifference(python.stdout(), waspy.stdout()));
        }
        if (python.status() != 0 && !python.lastStderrLine().equals(waspy.lastStderrLine())) {
            aspect = aspect == null ? "stderr" : aspect;
            report.append("last stderr line: CPython ").append(python.lastStderrLine()).append('\n')
                    .append("                  Waspy   ").append(waspy.lastStderrLine()).append('\n');
        }
        if (aspect == null) {
            return Optional.empty();
        }
        if (waspy.stderr().length > 0 && python.status() != waspy.status()) {
            report.append("Waspy's stderr ends with: ").append(waspy.lastStderrLine()).append('\n');
        }
        return Optional.of(new Difference(aspect, report.toString()));
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        String[] a = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return "stdout differs at line " + (i + 1) + ":\n"
                + "  CPython: " + (i < a.length ? a[i] : "<end of output>") + "\n"
                + "  Waspy:   " + (i < b.length ? b[i] : "<end of output>") + "\n";
    }
}
