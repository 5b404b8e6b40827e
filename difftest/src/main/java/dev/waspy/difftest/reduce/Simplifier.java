package dev.waspy.difftest.reduce;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simpler versions of one line, biggest reductions first: a parenthesized binary operation or
 * conditional replaced by one operand, redundant brackets dropped, a one-argument call replaced by its argument, a list or
 * call emptied, a long number or string literal replaced by a short one. Candidates need not be
 * well typed: the reducer's predicate runs them.
 */
final class Simplifier {
    private static final String[] OPERATORS = {" if ", " else ", " or ", " and ", " == ", " != ", " <= ", " >= ",
        " < ", " > ", " in ", " not in ", " + ", " - ", " * ", " // ", " / ", " % ", " ** ", " & ", " | ",
        " ^ ", " << ", " >> "};
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w.])\\d{2,}(?![\\w.])");
    private static final Pattern LONG_STRING = Pattern.compile("'[^'\\\\]{2,}'");

    private Simplifier() {}

    static List<String> candidates(String line) {
        Set<String> out = new LinkedHashSet<>();
        for (int[] group : groups(line)) {
            int open = group[0];
            int close = group[1];
            String inner = line.substring(open + 1, close);
            boolean call = open > 0 && (Character.isLetterOrDigit(line.charAt(open - 1)) || line.charAt(open - 1) == '_');
            for (String part : operands(inner)) {
                out.add(line.substring(0, open) + "(" + part + ")" + line.substring(close + 1));
            }
            if (!call && operands(inner).isEmpty() && topLevel(inner, ",").isEmpty() && !inner.isBlank()) {
                out.add(line.substring(0, open) + inner + line.substring(close + 1));  // (x) -> x
            }
            if (call && topLevel(inner, ", ").isEmpty() && !inner.isBlank()) {
                int nameStart = open;
                while (nameStart > 0 && (Character.isLetterOrDigit(line.charAt(nameStart - 1))
                        || line.charAt(nameStart - 1) == '_' || line.charAt(nameStart - 1) == '.')) {
                    nameStart--;
                }
                out.add(line.substring(0, nameStart) + "(" + inner + ")" + line.substring(close + 1));
            }
        }
        literals(line, LONG_NUMBER, "1", out);
        literals(line, LONG_STRING, "'a'", out);
        out.remove(line);
        List<String> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> Integer.compare(a.length(), b.length()));
        return sorted;
    }

    private static void literals(String line, Pattern pattern, String replacement, Set<String> out) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            if (!inString(line, m.start()) || replacement.startsWith("'")) {
                out.add(line.substring(0, m.start()) + replacement + line.substring(m.end()));
            }
        }
    }

    /** The operands of a top-level binary operator or conditional in {@code inner}. */
    private static List<String> operands(String inner) {
        List<String> out = new ArrayList<>();
        for (String op : OPERATORS) {
            for (int at : topLevel(inner, op)) {
                out.add(inner.substring(0, at).strip());
                out.add(inner.substring(at + op.length()).strip());
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Positions of {@code token} in {@code s} outside brackets and string literals. */
    private static List<Integer> topLevel(String s, String token) {
        List<Integer> out = new ArrayList<>();
        int[] depth = depths(s);
        for (int i = 0; i < s.length(); i++) {
            if (depth[i] == 0 && s.startsWith(token, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The [open, close] index pairs of round brackets outside string literals. */
    private static List<int[]> groups(String line) {
        List<int[]> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        int[] depth = depths(line);
        for (int i = 0; i < line.length(); i++) {
            if (depth[i] >= 0 && line.charAt(i) == '(') {
                stack.add(i);
            } else if (depth[i] >= 0 && line.charAt(i) == ')' && !stack.isEmpty()) {
                out.add(new int[] {stack.remove(stack.size() - 1), i});
            }
        }
        return out;
    }

    private static boolean inString(String line, int at) {
        return depths(line)[at] < 0;
    }

    /**
     * For each character: -1 inside a string literal (quotes included), else the bracket depth
     * at it (brackets themselves have the depth outside them).
     */
    private static int[] depths(String s) {
        int[] out = new int[s.length()];
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                out[i] = -1;
                if (c == '\\' && i + 1 < s.length()) {
                    out[++i] = -1;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                out[i] = -1;
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            out[i] = depth;
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            }
        }
        return out;
    }
}
