package dev.waspy.corpus;

import dev.waspy.cli.run.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * CPython's behaviour on one corpus program, as stored next to it: {@code NAME.out} holds stdout,
 * {@code NAME.exit} (present only for a non-zero status) holds the status and the last stderr line.
 */
record Expected(byte[] stdout, int status, String lastStderrLine) {

    static Expected load(Path program) {
        try {
            byte[] out = Files.readAllBytes(Corpus.sibling(program, ".out"));
            Path exit = Corpus.sibling(program, ".exit");
            if (!Files.exists(exit)) {
                return new Expected(out, 0, "");
            }
            String[] lines = Files.readString(exit, StandardCharsets.UTF_8).split("\n", -1);
            String line = lines.length > 1 ? lines[1] : "";
            return new Expected(out, Integer.parseInt(lines[0].strip()), line);
        } catch (IOException e) {
            throw new UncheckedIOException("missing expected files for " + program + " (run corpus/bless.sh)", e);
        }
    }

    /** The expectation a fresh CPython outcome gives, in the same form as the stored files. */
    static Expected of(Outcome python) {
        return new Expected(python.stdout(), python.status(), python.status() == 0 ? "" : python.lastStderrLine());
    }

    /** The text of {@code NAME.exit} for this expectation, or empty when the status is 0. */
    Optional<String> exitFileText() {
        if (status == 0) {
            return Optional.empty();
        }
        return Optional.of(status + "\n" + (lastStderrLine.isEmpty() ? "" : lastStderrLine + "\n"));
    }

    /**
     * Compares an outcome with this expectation; empty when they agree, otherwise a readable report.
     * The last stderr line matters only for a non-zero status (that is where CPython's error goes).
     */
    Optional<String> mismatch(Outcome actual) {
        StringBuilder report = new StringBuilder();
        if (actual.status() != status) {
            report.append("exit status: expected ").append(status).append(", got ").append(actual.status()).append('\n');
        }
        if (!Arrays.equals(actual.stdout(), stdout)) {
            report.append(TextDiff.describe("stdout (- CPython, + Waspy)", stdout, actual.stdout()));
        }
        if (status != 0 && !actual.lastStderrLine().equals(lastStderrLine)) {
            report.append("last stderr line: expected ").append(TextDiff.quote(lastStderrLine))
                    .append(", got ").append(TextDiff.quote(actual.lastStderrLine())).append('\n');
        }
        if (report.isEmpty()) {
            return Optional.empty();
        }
        if (actual.stderr().length > 0 && (status == 0 || actual.status() != status)) {
            report.append("stderr was:\n").append(TextDiff.tail(actual.stderrText(), 12));
        }
        return Optional.of(report.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expected e && Arrays.equals(stdout, e.stdout) && status == e.status
                && lastStderrLine.equals(e.lastStderrLine);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(stdout) * 31 + status * 7 + lastStderrLine.hashCode();
    }
}
