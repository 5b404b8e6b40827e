package dev.waspy.frontend.syntax;

/** Python's operators and delimiters, matched longest first; results are interned strings. */
final class Operators {
    private static final String[] THREE = {"**=", "...", "//=", ">>=", "<<="};
    private static final String[] TWO = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<",
        "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="};
    private static final String ONE = "%&()*+,-./:;<=>@[]^{|}~";
    private static final String[] ONE_INTERNED = new String[128];

    static {
        for (char c : ONE.toCharArray()) {
            ONE_INTERNED[c] = String.valueOf(c).intern();
        }
    }

    private Operators() {}

    /** The operator starting at {@code i}, or null when the character starts none. */
    static String match(String s, int i) {
        int left = s.length() - i;
        if (left >= 3) {
            for (String op : THREE) {
                if (s.startsWith(op, i)) {
                    return op;
                }
            }
        }
        if (left >= 2) {
            for (String op : TWO) {
                if (s.charAt(i) == op.charAt(0) && s.charAt(i + 1) == op.charAt(1)) {
                    return op;
                }
            }
        }
        char c = s.charAt(i);
        return c < 128 ? ONE_INTERNED[c] : null;
    }
}
