package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.BOOL;
import static dev.waspy.difftest.gen.PyType.DICT_STR_INT;
import static dev.waspy.difftest.gen.PyType.FLOAT;
import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.LIST_INT;
import static dev.waspy.difftest.gen.PyType.STR;
import static dev.waspy.difftest.gen.PyType.TUPLE_INT;

import java.util.List;

/**
 * Productions of {@code int} and {@code float} expressions. Division and indexing are mostly guarded
 * ({@code a // (b or 3)}, {@code xs[i % len(xs)] if xs else 0}) so programs run on; a few unguarded
 * forms with low weight let programs end in ZeroDivisionError, IndexError, KeyError or ValueError.
 */
final class NumberRules {
    private NumberRules() {}

    static void ints(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 20, Literals::integer));
        r.add(Rule.of("add-sub", 12, g -> bin(g.expr(INT), g.oneOf("+", "-"), g.expr(INT))));
        r.add(Rule.of("mul", 6, g -> bin(g.expr(INT), "*", g.growthLimited() ? Literals.integer(g) : g.expr(INT))));
        r.add(Rule.of("floordiv-mod", 8, g -> bin(g.expr(INT), g.oneOf("//", "%"), "(" + g.expr(INT) + " or "
                + g.between(1, 9) + ")")));
        r.add(Rule.of("floordiv-mod-raw", 1, g -> bin(g.expr(INT), g.oneOf("//", "%"), g.expr(INT))).risky());
        r.add(Rule.of("pow", 3, g -> bin(g.growthLimited() ? Literals.integer(g) : g.expr(INT), "**",
                Literals.small(g))));
        r.add(Rule.of("bitwise", 6, g -> bin(g.expr(INT), g.oneOf("&", "|", "^"), g.expr(INT))));
        r.add(Rule.of("shift", 4, g -> bin(g.expr(INT), g.oneOf("<<", ">>"), Integer.toString(g.between(0, 70)))));
        r.add(Rule.of("unary", 5, g -> g.oneOf("(-", "(~", "abs(", "(+") + g.expr(INT) + ")"));
        r.add(Rule.of("bool-arith", 2, g -> bin(g.expr(BOOL), g.oneOf("+", "*", "-"), g.expr(INT))));
        r.add(Rule.of("len", 8, g -> "len(" + g.expr(g.oneOf(STR, LIST_INT, PyType.LIST_STR, TUPLE_INT,
                DICT_STR_INT, PyType.SET_INT, PyType.LIST_LIST_INT)) + ")"));
        r.add(Rule.of("int-of-float", 3, g -> "int(" + g.expr(FLOAT) + ")"));
        r.add(Rule.of("int-of-str", 2, g -> "int(" + g.oneOf("'42'", "' -7 '", "'1_000'", "'0'",
                "'123456789012345678901234'", "'+3'") + ")"));
        r.add(Rule.of("int-of-str-raw", 1, g -> "int(" + g.expr(STR) + ")").risky());
        r.add(Rule.of("round", 2, g -> "round(" + g.expr(FLOAT) + ")"));
        r.add(Rule.of("sum", 4, g -> "sum(" + g.expr(LIST_INT) + ")"));
        r.add(Rule.of("sum-generator", 3, g -> {
            String list = g.expr(LIST_INT);
            return Comprehensions.over(g, INT, v -> "sum(" + g.expr(INT) + " for " + v + " in " + list + ")");
        }));
        r.add(Rule.of("min-max", 4, g -> {
            String xs = g.expr(LIST_INT);
            return "(" + g.oneOf("min", "max") + "(" + xs + ") if " + xs + " else 0)";
        }));
        r.add(Rule.of("min-max-args", 3, g -> g.oneOf("min", "max") + "(" + g.expr(INT) + ", " + g.expr(INT) + ")"));
        r.add(Rule.of("min-max-raw", 1, g -> g.oneOf("min", "max") + "(" + g.expr(LIST_INT) + ")").risky());
        r.add(Rule.of("index", 5, g -> {
            String xs = g.var(LIST_INT);
            return "(" + xs + "[" + g.expr(INT) + " % len(" + xs + ")] if " + xs + " else 0)";
        }).when(g -> g.has(LIST_INT)));
        r.add(Rule.of("index-raw", 1, g -> g.expr(g.oneOf(LIST_INT, TUPLE_INT)) + "[" + g.expr(INT) + "]").risky());
        r.add(Rule.of("dict-get", 4, g -> g.expr(DICT_STR_INT) + ".get(" + g.expr(STR) + ", " + g.expr(INT) + ")"));
        r.add(Rule.of("dict-index-raw", 1, g -> g.expr(DICT_STR_INT) + "[" + g.expr(STR) + "]").risky());
        r.add(Rule.of("str-search", 3, g -> g.expr(STR) + "." + g.oneOf("find", "count", "rfind") + "("
                + g.expr(STR) + ")"));
        r.add(Rule.of("list-count", 2, g -> g.expr(LIST_INT) + ".count(" + g.expr(INT) + ")"));
        r.add(Rule.of("list-index-raw", 1, g -> g.expr(LIST_INT) + ".index(" + g.expr(INT) + ")").risky());
        r.add(Rule.of("ord", 2, g -> {
            String s = g.expr(STR);
            return "(ord(" + s + "[0]) if " + s + " else -1)";
        }));
        r.add(Rule.of("divmod", 2, g -> "divmod(" + g.expr(INT) + ", (" + g.expr(INT) + " or 5))[" + g.between(0, 1) + "]"));
        r.add(Rule.of("hash", 1, g -> "hash(" + g.expr(INT) + ")"));
        r.add(Rule.of("range-len", 2, g -> "len(range(" + g.expr(INT) + " % 50, " + g.expr(INT) + " % 50, "
                + g.oneOf("1", "2", "-1", "3", "-4") + "))"));
    }

    static void floats(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 20, Literals::floating));
        r.add(Rule.of("add-sub", 10, g -> bin(g.expr(FLOAT), g.oneOf("+", "-"), g.expr(g.oneOf(FLOAT, INT)))));
        r.add(Rule.of("mul", 6, g -> bin(g.expr(FLOAT), "*", g.growthLimited() ? Literals.floating(g) : g.expr(FLOAT))));
        r.add(Rule.of("div", 6, g -> bin(g.expr(g.oneOf(FLOAT, INT)), "/", "(" + g.expr(FLOAT) + " or 2.5)")));
        r.add(Rule.of("int-div", 4, g -> bin(g.expr(INT), "/", "(" + g.expr(INT) + " or 4)")));
        r.add(Rule.of("div-raw", 1, g -> bin(g.expr(FLOAT), g.oneOf("/", "//", "%"), g.expr(FLOAT))).risky());
        r.add(Rule.of("floordiv-mod", 3, g -> bin(g.expr(FLOAT), g.oneOf("//", "%"), "(" + g.expr(FLOAT) + " or 1.5)")));
        r.add(Rule.of("pow", 2, g -> bin(g.growthLimited() ? Literals.floating(g) : g.expr(FLOAT), "**",
                g.oneOf("2", "3", "0"))));
        r.add(Rule.of("unary", 4, g -> g.oneOf("(-", "abs(", "(+") + g.expr(FLOAT) + ")"));
        r.add(Rule.of("float-of-int", 5, g -> "float(" + g.expr(INT) + ")"));
        r.add(Rule.of("float-of-str", 1, g -> "float(" + g.oneOf("'1.5'", "' -2e3 '", "'0.1'", "'7'") + ")"));
        r.add(Rule.of("round", 3, g -> "round(" + g.expr(FLOAT) + ", " + g.between(-1, 4) + ")"));
        r.add(Rule.of("min-max", 3, g -> g.oneOf("min", "max") + "(" + g.expr(FLOAT) + ", " + g.expr(FLOAT) + ")"));
        r.add(Rule.of("sum", 2, g -> "sum([" + g.expr(FLOAT) + ", " + g.expr(FLOAT) + "])"));
    }

    static String bin(String a, String op, String b) {
        return "(" + a + " " + op + " " + b + ")";
    }
}
