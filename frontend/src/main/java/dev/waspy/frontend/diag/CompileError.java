package dev.waspy.frontend.diag;

/**
 * An error in the user's program, reported as
 * <pre>
 * FILE:LINE:COL: error: MESSAGE
 *     the source line
 *     ^
 * </pre>
 * LINE and COL are 1-based; COL counts characters (code points) of the line. The source line is
 * indented by four spaces and the caret sits under column COL; a tab before the column is kept in
 * the caret line so the caret stays aligned however tabs are shown.
 */
public class CompileError extends RuntimeException {
    private final String path;
    private final int line;
    private final int column;
    private final String sourceLine;

    /** An error at 1-based {@code line} and 1-based character {@code column} of {@code file}. */
    public CompileError(SourceFile file, int line, int column, String message) {
        this(file.path(), line, column, file.line(line), message);
    }

    /** An error for which the source text is known only as {@code sourceLine} (may be null). */
    public CompileError(String path, int line, int column, String sourceLine, String message) {
        super(message);
        this.path = path;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The error's text without position; same as {@link #getMessage()}. */
    public String message() {
        return getMessage();
    }

    public String sourceLine() {
        return sourceLine;
    }

    /** The full report: header line, then (when the line is known) the source line and a caret. */
    public String format() {
        return format("error");
    }

    /** The report with another severity in its header ({@code warning}). */
    public String format(String severity) {
        StringBuilder sb = new StringBuilder();
        sb.append(path).append(':').append(line).append(':').append(column).append(": ").append(severity).append(": ")
                .append(getMessage());
        if (sourceLine != null && !sourceLine.isEmpty()) {
            sb.append("\n    ").append(sourceLine).append("\n    ");
            int cp = 0;
            for (int i = 0; i < sourceLine.length() && cp < column - 1; cp++) {
                int c = sourceLine.codePointAt(i);
                sb.append(c == '\t' ? '\t' : ' ');
                i += Character.charCount(c);
            }
            for (; cp < column - 1; cp++) {
                sb.append(' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }
}
