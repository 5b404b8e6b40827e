package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.FLOAT;
import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.LIST_INT;
import static dev.waspy.difftest.gen.PyType.LIST_STR;
import static dev.waspy.difftest.gen.PyType.STR;

import java.util.ArrayList;
import java.util.List;

/** Productions of {@code str} expressions: methods, slicing, conversions and the three formatting styles. */
final class StrRules {
    private static final String[] INT_SPECS = {"d", "08b", "x", "X", "o", ",", ">6", "<5", "^7", "+d", "_", "#x", "05"};
    private static final String[] FLOAT_SPECS = {".3f", "e", ".2%", "g", "10.4f", "+.1f", ".0f", "<9.2f", ",.2f", ".3g"};

    private StrRules() {}

    static void strs(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 20, Literals::string));
        r.add(Rule.of("concat", 8, g -> NumberRules.bin(g.expr(STR), "+", g.growthLimited() ? Literals.string(g)
                : g.expr(STR))));
        r.add(Rule.of("repeat", 3, g -> NumberRules.bin(g.growthLimited() ? Literals.string(g) : g.expr(STR), "*",
                Integer.toString(g.between(-1, 4)))));
        r.add(Rule.of("slice", 6, g -> g.expr(STR) + slice(g)));
        r.add(Rule.of("index", 2, g -> {
            String s = g.expr(STR);
            return "(" + s + "[" + g.expr(INT) + " % len(" + s + ")] if " + s + " else '')";
        }));
        r.add(Rule.of("index-raw", 1, g -> g.expr(STR) + "[" + g.expr(INT) + "]").risky());
        r.add(Rule.of("str-of", 8, g -> g.oneOf("str(", "repr(") + g.expr(Grammar.anyType(g)) + ")"));
        r.add(Rule.of("method", 10, g -> g.expr(STR) + "." + g.oneOf("upper", "lower", "strip", "lstrip", "rstrip",
                "title", "capitalize", "swapcase") + "()"));
        r.add(Rule.of("pad", 3, g -> g.expr(STR) + "." + g.oneOf("center", "ljust", "rjust") + "("
                + g.between(0, 12) + (g.chance(50) ? ", '*'" : "") + ")"));
        r.add(Rule.of("zfill", 1, g -> g.expr(STR) + ".zfill(" + g.between(0, 8) + ")"));
        r.add(Rule.of("replace", 4, g -> g.expr(STR) + ".replace(" + g.expr(STR) + ", "
                + (g.growthLimited() ? g.oneOf("''", "'-'") : g.expr(STR)) + ")"));
        r.add(Rule.of("strip-chars", 2, g -> g.expr(STR) + "." + g.oneOf("strip", "lstrip", "rstrip") + "("
                + g.expr(STR) + ")"));
        r.add(Rule.of("join", 5, g -> g.expr(STR) + ".join(" + g.expr(LIST_STR) + ")"));
        r.add(Rule.of("join-generator", 3, g -> {
            String xs = g.expr(LIST_INT);
            return Comprehensions.over(g, INT, v -> Literals.quote(g.oneOf(", ", "", "-", " ")) + ".join(str("
                    + g.expr(INT) + ") for " + v + " in " + xs + ")");
        }));
        r.add(Rule.of("fstring", 8, StrRules::fstring).when(g -> !g.inFString));
        r.add(Rule.of("percent", 4, g -> switch (g.random.nextInt(4)) {
            case 0 -> "('%d|%s' % (" + g.expr(INT) + ", " + g.expr(STR) + "))";
            case 1 -> "('%" + g.oneOf("5.2f", ".3e", "g", "r", "s") + "' % " + g.expr(FLOAT) + ")";
            case 2 -> "('%" + g.oneOf("x", "o", "5d", "-4d", "+d") + "' % " + g.expr(INT) + ")";
            default -> "('<%r>' % (" + g.expr(STR) + ",))";
        }).when(g -> !g.inFString));
        r.add(Rule.of("format-method", 4, g -> g.oneOf("'{} {}'", "'{1}{0}{1}'", "'[{:>6}|{!r}]'", "'{0!s}:{1}'")
                + ".format(" + g.expr(g.oneOf(INT, FLOAT, STR, PyType.BOOL)) + ", " + g.expr(STR) + ")")
                .when(g -> !g.inFString));
        r.add(Rule.of("format-builtin", 3, g -> g.chance(50)
                ? "format(" + g.expr(INT) + ", '" + g.oneOf(INT_SPECS) + "')"
                : "format(" + g.expr(FLOAT) + ", '" + g.oneOf(FLOAT_SPECS) + "')"));
        r.add(Rule.of("chr", 2, g -> "chr(" + g.between(32, 126) + " + " + g.expr(INT) + " % 50)"));
        r.add(Rule.of("min-max", 2, g -> g.oneOf("min", "max") + "(" + g.expr(STR) + ", " + g.expr(STR) + ")"));
    }

    /** {@code [a:b]}, {@code [::c]} or {@code [a:]}, bounds from small ints (a zero step is left out). */
    static String slice(Gen g) {
        return switch (g.random.nextInt(4)) {
            case 0 -> "[" + g.expr(INT) + ":" + g.expr(INT) + "]";
            case 1 -> "[::" + g.oneOf("-1", "2", "-2", "3") + "]";
            case 2 -> "[" + g.between(-4, 4) + ":]";
            default -> "[:" + g.between(-4, 4) + ":" + g.oneOf("1", "-1", "2") + "]";
        };
    }

    /** An f-string of two to four fields, each with an optional conversion or format spec. */
    private static String fstring(Gen g) {
        List<String> parts = new ArrayList<>();
        int n = g.between(1, 3);
        for (int i = 0; i < n; i++) {
            parts.add(g.oneOf("", "x=", " | ", "-"));
            switch (g.random.nextInt(4)) {
                case 0 -> parts.add("{(" + g.inFString(INT) + "):" + g.oneOf(INT_SPECS) + "}");
                case 1 -> parts.add("{(" + g.inFString(FLOAT) + "):" + g.oneOf(FLOAT_SPECS) + "}");
                case 2 -> parts.add("{(" + g.inFString(Grammar.anyType(g)) + ")" + g.oneOf("", "!r", "!s") + "}");
                default -> parts.add("{(" + g.inFString(STR) + "):" + g.oneOf(">8", "<3", "^9", "*^9", "") + "}");
            }
        }
        return "f\"" + String.join("", parts) + "\"";
    }
}
