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
import java.util.stream.Stream;

/**
 * The expectation a program under {@code corpus/errors} carries in its header:
 * <pre>
 * # expect: LINE:COL: error: WORD|WORD...
 * # expect: LINE:COL or LINE:COL: error: WORD     (when two nodes can fairly stand for the construct)
 * </pre>
 * LINE and COL are 1-based and are where CPython's {@code ast} puts the unsupported construct (for a
 * statement, its first character; for an expression, the first character of that expression). The
 * words after {@code error:} are alternatives; Waspy's message must contain at least one of them
 * (case-insensitive), so the construct is named while the wording stays the compiler's own.
 */
record ErrorExpectation(List<Position> positions, List<String> words) {
    private static final Pattern HEADER =
            Pattern.compile("^#\\s*expect:\\s*(\\d+:\\d+(?:\\s+or\\s+\\d+:\\d+)*): error: (.+)$");

    /** A 1-based line and column. */
    record Position(int line, int column) {
        static Position parse(String s) {
            String[] parts = s.strip().split(":");
            return new Position(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }

        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    ErrorExpectation(int line, int column, List<String> words) {
        this(List.of(new Position(line, column)), words);
    }

    /** The line of the first position, where the source line is shown. */
    int line() {
        return positions.getFirst().line();
    }

    static ErrorExpectation of(Path program) {
        try {
            for (String l : Files.readAllLines(program, StandardCharsets.UTF_8)) {
                Matcher m = HEADER.matcher(l.strip());
                if (m.matches()) {
                    List<Position> positions = Stream.of(m.group(1).split("\\s+or\\s+")).map(Position::parse).toList();
                    List<String> words = List.of(m.group(2).strip().split("\\s*\\|\\s*"));
                    return new ErrorExpectation(positions, words);
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
    String problems(String path, List<String> sourceLines, String stderr) {
        String[] lines = stderr.split("\r?\n");
        StringBuilder out = new StringBuilder();
        Pattern first = Pattern.compile("^" + Pattern.quote(path) + ":(\\d+):(\\d+): error: (.+)$");
        Matcher m = first.matcher(lines[0]);
        if (!m.matches()) {
            return "first stderr line is not '" + path + ":LINE:COL: error: MESSAGE': " + TextDiff.quote(lines[0]) + "\n";
        }
        Position at = new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (!positions.contains(at)) {
            out.append("position: expected ").append(positions.stream().map(Position::toString)
                    .collect(java.util.stream.Collectors.joining(" or "))).append(", got ").append(at).append('\n');
        }
        int line = positions.contains(at) ? at.line() : line();
        int column = positions.contains(at) ? at.column() : positions.getFirst().column();
        String sourceLine = line <= sourceLines.size() ? sourceLines.get(line - 1) : "";
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
        int caretAt = caret.indexOf('^');
        if (caretAt < 0 || !caret.substring(0, caretAt).isBlank()
                || caretAt != indent + sourceLine.offsetByCodePoints(0, column - 1)) {
            out.append("caret line should put '^' under column ").append(column).append(": ")
                    .append(TextDiff.quote(caret)).append('\n');
        }
        return out.toString();
    }
}
