package dev.waspy.difftest.gen;

/** Literal values, chosen to reach edge cases: zero, signs, the 63-bit boundary, big ints, odd strings. */
final class Literals {
    private static final String[] BIG = {"9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "4611686018427387904", "123456789012345678901234567890", "-99999999999999999999", "2 ** 64", "10 ** 20",
        "(1 << 62)", "-(2 ** 63)", "0x7fffffffffffffff", "0b1011", "0o777", "1_000_000"};
    private static final String[] FLOATS = {"0.0", "-0.0", "0.5", "1.5", "-2.25", "3.14159", "1e10", "1e-05",
        "123.456", "2.5", "0.1", "1e16", "-7.0", "1e300", "100.0", "0.3"};
    private static final String[] WORDS = {"", "a", "abc", "Hello", "x y z", "  pad  ", "a,b,,c", "Mississippi",
        "42", "-7", "3.5", "ÄÖü", "straße", "ǅx", "tab\tend", "line\nbreak", "MiXeD cAsE", "snake_case",
        "über", "🐍py", "'q'", "back\\slash", "aaa", "ab" + "ab"};

    private Literals() {}

    static String integer(Gen g) {
        int kind = g.random.nextInt(10);
        if (kind < 6) {
            return Integer.toString(g.between(-10, 10));
        }
        if (kind < 8) {
            return Integer.toString(g.between(-100000, 100000));
        }
        return g.oneOf(BIG);
    }

    static String small(Gen g) {
        return Integer.toString(g.between(0, 6));
    }

    static String floating(Gen g) {
        return g.oneOf(FLOATS);
    }

    static String string(Gen g) {
        String s = g.oneOf(WORDS);
        if (g.inFString) {
            while (s.contains("\\") || s.contains("\n") || s.contains("\t") || s.contains("'")) {
                s = g.oneOf(WORDS);
            }
        }
        return quote(s);
    }

    /** Python's repr of a str, single-quoted. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }
}
