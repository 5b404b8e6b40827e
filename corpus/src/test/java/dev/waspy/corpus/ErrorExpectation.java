package dev.waspy.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectation a program under {@code corpus/errors} carries in its header:
 * <pre>
 * # expect: LINE:COL: error: WORD|WORD...
 * </pre>
 * LINE and COL are 1-based and are where CPython's {@code ast} puts the unsupported construct (for a
 * statement, its first character; for an expression, the first character of that expression). The
 * words after {@code error:} are alternatives; Waspy's message must contain at least one of them
 * (case-insensitive), so the construct is named while the wording stays the compiler's own.
 */
record ErrorExpectation(int line, int column, List<String> words) {
    private static final Pattern HEADER = Pattern.compile("^#\\s*expect:\\s*(\\d+):(\\d+): error: (.+)$");

    static ErrorExpectation of(Path program) {
        try {
            for (String l : Files.readAllLines(program, StandardCharsets.UTF_8)) {
                Matcher m = HEADER.matcher(l.strip());
                if (m.matches()) {
                    List<String> words = List.of(m.group(3).strip().split("\\s*\\|\\s*"));
                    return new ErrorExpectation(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(program + " has no '# expect: LINE:COL: error: WORD' header");
    }

    boolean namesTheConstruct(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(w -> m.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * Checks Waspy's stderr against this expectation for the file given as {@code path} on the
     * command line; returns "" when it conforms, otherwise what is wrong.
     */
    String problems(String path, String sourceLine, String stderr) {
        String[] lines = stderr.split("\r?\n");
        StringBuilder out = new StringBuilder();
        Pattern first = Pattern.compile("^" + Pattern.quote(path) + ":(\\d+):(\\d+): error: (.+)$");
        Matcher m = first.matcher(lines[0]);
        if (!m.matches()) {
            return "first stderr line is not '" + path + ":LINE:COL: error: MESSAGE': " + TextDiff.quote(lines[0]) + "\n";
        }
        int l = Integer.parseInt(m.group(1));
        int c = Integer.parseInt(m.group(2));
        if (l != line || c != column) {
            out.append("position: expected ").append(line).append(':').append(column)
                    .append(", got ").append(l).append(':').append(c).append('\n');
        }
        if (!namesTheConstruct(m.group(3))) {
            out.append("the message does not name the construct (").append(String.join(" or ", words))
                    .append("): ").append(TextDiff.quote(m.group(3))).append('\n');
        }
        if (lines.length < 3) {
            return out.append("expected the source line and a caret line after the first line\n").toString();
        }
        String shown = lines[1];
        if (!shown.endsWith(sourceLine) || !shown.substring(0, shown.length() - sourceLine.length()).isBlank()) {
            out.append("second line should be source line ").append(line).append(' ').append(TextDiff.quote(sourceLine))
                    .append(" (indented), got ").append(TextDiff.quote(shown)).append('\n');
            return out.toString();
        }
        int indent = shown.length() - sourceLine.length();
        String caret = lines[2];
        int at = caret.indexOf('^');
        if (at < 0 || !caret.substring(0, at).isBlank() || at != indent + sourceLine.offsetByCodePoints(0, column - 1)) {
            out.append("caret line should put '^' under column ").append(column).append(": ")
                    .append(TextDiff.quote(caret)).append('\n');
        }
        return out.toString();
    }
}
