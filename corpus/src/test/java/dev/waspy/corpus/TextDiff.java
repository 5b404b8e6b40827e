package dev.waspy.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A readable account of how two outputs differ: the first differing line with a few lines of
 * context on both sides, invisible characters escaped, and the sizes. Enough to see a float printed
 * with one digit too many without paging through a full listing.
 */
final class TextDiff {
    private static final int CONTEXT = 2;

    private TextDiff() {}

    static String describe(String what, byte[] expected, byte[] actual) {
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder();
        out.append(what).append(" differs at line ").append(first + 1)
                .append(" (- ").append(expected.length).append(" bytes in ").append(want.size())
                .append(" lines, + ").append(actual.length).append(" bytes in ").append(got.size()).append(" lines)\n");
        int from = Math.max(0, first - CONTEXT);
        for (int i = from; i < first; i++) {
            out.append(String.format("   %4d  %s%n", i + 1, quote(want.get(i))));
        }
        for (int i = first; i < Math.min(want.size(), first + CONTEXT + 1); i++) {
            out.append(String.format(" - %4d  %s%n", i + 1, quote(want.get(i))));
        }
        for (int i = first; i < Math.min(got.size(), first + CONTEXT + 1); i++) {
            out.append(String.format(" + %4d  %s%n", i + 1, quote(got.get(i))));
        }
        return out.toString();
    }

    /**
     * Splits after each newline and keeps it, so that a missing final newline is a visible difference.
     */
    static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("(?<=\n)"));
    }

    /** A line in double quotes with control characters escaped, so trailing blanks and \r show. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String tail(String text, int maxLines) {
        String[] lines = text.split("\n");
        StringBuilder out = new StringBuilder();
        if (lines.length > maxLines) {
            out.append("  ... (").append(lines.length - maxLines).append(" lines before)\n");
        }
        for (int i = Math.max(0, lines.length - maxLines); i < lines.length; i++) {
            out.append("  ").append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
