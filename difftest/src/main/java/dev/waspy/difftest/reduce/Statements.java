package dev.waspy.difftest.reduce;

import java.util.ArrayList;
import java.util.List;

/**
 * The statement structure of a program, recovered from indentation alone (the generator writes
 * one statement per line, four spaces per level): a statement is a line with every following line
 * indented deeper.
 */
final class Statements {
    private Statements() {}

    /** The indices of the lines that begin statements, comments and blank lines left out. */
    static List<Integer> starts(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty() && !s.startsWith("#") && !isContinuation(s)) {
                out.add(i);
            }
        }
        return out;
    }

    /** {@code else:}, {@code elif ...:} belong to the statement before them. */
    private static boolean isContinuation(String stripped) {
        return stripped.startsWith("else:") || stripped.startsWith("elif ");
    }

    /** One past the last line of the statement starting at {@code start}. */
    static int end(List<String> lines, int start) {
        int indent = indent(lines.get(start));
        int i = start + 1;
        while (i < lines.size() && (lines.get(i).isBlank() || indent(lines.get(i)) > indent
                || (indent(lines.get(i)) == indent && isContinuation(lines.get(i).strip())))) {
            i++;
        }
        return i;
    }

    /**
     * The program without {@code count} consecutive statements starting at line {@code start} (nested
     * ones count one by one, so the range stops at the end of the enclosing block), with {@code pass}
     * where a block would be left empty; null when there is nothing to remove.
     */
    static List<String> removeRange(List<String> lines, int start, int count) {
        int indent = indent(lines.get(start));
        int stop = start;
        for (int n = 0; n < count; n++) {
            if (stop >= lines.size() || indent(lines.get(stop)) != indent) {
                break;
            }
            stop = end(lines, stop);
        }
        if (stop == start) {
            return null;
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        boolean emptied = indent > 0 && (start == 0 || indent(lines.get(start - 1)) < indent)
                && (stop >= lines.size() || indent(lines.get(stop)) < indent);
        if (emptied) {
            out.add(" ".repeat(indent) + "pass");
        }
        out.addAll(lines.subList(stop, lines.size()));
        return out.equals(lines) ? null : out;
    }

    /**
     * The program with the compound statement at line {@code at} replaced by its first block,
     * dedented one level; null when the line does not open a block.
     */
    static List<String> unwrap(List<String> lines, int at) {
        String head = lines.get(at).strip();
        if (!head.endsWith(":") || head.startsWith("def ") || at + 1 >= lines.size()) {
            return null;
        }
        int indent = indent(lines.get(at));
        int bodyEnd = at + 1;
        while (bodyEnd < lines.size() && (lines.get(bodyEnd).isBlank() || indent(lines.get(bodyEnd)) > indent)) {
            bodyEnd++;
        }
        int stop = end(lines, at);
        List<String> out = new ArrayList<>(lines.subList(0, at));
        for (String line : lines.subList(at + 1, bodyEnd)) {
            out.add(line.length() >= 4 ? line.substring(4) : line.strip());
        }
        out.addAll(lines.subList(stop, lines.size()));
        return out;
    }

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
