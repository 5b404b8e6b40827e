package dev.waspy.difftest.gen;

/** Python source being written, one indented line at a time. */
final class Code {
    private final StringBuilder text = new StringBuilder();
    private int indent;

    void line(String s) {
        text.append("    ".repeat(indent)).append(s).append('\n');
    }

    void indent() {
        indent++;
    }

    void dedent() {
        indent--;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
