package dev.waspy.frontend.diag;

/**
 * A parse error, positioned as CPython positions its {@code SyntaxError}: {@link #line()} is
 * {@code lineno} and {@link #column()} is {@code offset} (1-based, in characters of the line).
 * The end position is CPython's {@code end_lineno}/{@code end_offset}, or -1 when CPython gives none.
 */
public class SyntaxError extends CompileError {
    private final int endLine;
    private final int endColumn;

    public SyntaxError(SourceFile file, int line, int column, int endLine, int endColumn, String message) {
        super(file.path(), line, column, file.line(line), message);
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    public SyntaxError(String path, int line, int column, int endLine, int endColumn, String message) {
        super(path, line, column, null, message);
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    public int endLine() {
        return endLine;
    }

    public int endColumn() {
        return endColumn;
    }
}
