package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.BOOL;
import static dev.waspy.difftest.gen.PyType.DICT_STR_INT;
import static dev.waspy.difftest.gen.PyType.FLOAT;
import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.LIST_INT;
import static dev.waspy.difftest.gen.PyType.LIST_STR;
import static dev.waspy.difftest.gen.PyType.SET_INT;
import static dev.waspy.difftest.gen.PyType.STR;
import static dev.waspy.difftest.gen.PyType.TUPLE_INT;

import java.util.List;

/** Productions of {@code bool} expressions: comparisons, membership, predicates, logic. */
final class BoolRules {
    private static final String[] ORDER = {"<", "<=", ">", ">=", "==", "!="};

    private BoolRules() {}

    static void bools(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 6, g -> g.oneOf("True", "False")));
        r.add(Rule.of("compare-int", 12, g -> NumberRules.bin(g.expr(INT), g.oneOf(ORDER), g.expr(INT))));
        r.add(Rule.of("compare-mixed", 4, g -> NumberRules.bin(g.expr(g.oneOf(INT, FLOAT)), g.oneOf(ORDER),
                g.expr(FLOAT))));
        r.add(Rule.of("compare-str", 4, g -> NumberRules.bin(g.expr(STR), g.oneOf(ORDER), g.expr(STR))));
        r.add(Rule.of("compare-seq", 3, g -> {
            PyType t = g.oneOf(LIST_INT, LIST_STR, TUPLE_INT);
            return NumberRules.bin(g.expr(t), g.oneOf(ORDER), g.expr(t));
        }));
        r.add(Rule.of("equal-any", 2, g -> {
            PyType t = Grammar.anyType(g);
            return NumberRules.bin(g.expr(t), g.oneOf("==", "!="), g.expr(t));
        }));
        r.add(Rule.of("chain", 4, g -> "(" + g.expr(INT) + " " + g.oneOf(ORDER) + " " + g.expr(INT) + " "
                + g.oneOf(ORDER) + " " + g.expr(INT) + ")"));
        r.add(Rule.of("and-or", 6, g -> NumberRules.bin(g.expr(BOOL), g.oneOf("and", "or"), g.expr(BOOL))));
        r.add(Rule.of("not", 3, g -> "(not " + g.expr(BOOL) + ")"));
        r.add(Rule.of("in", 8, g -> switch (g.random.nextInt(6)) {
            case 0 -> NumberRules.bin(g.expr(INT), g.oneOf("in", "not in"), g.expr(LIST_INT));
            case 1 -> NumberRules.bin(g.expr(STR), g.oneOf("in", "not in"), g.expr(DICT_STR_INT));
            case 2 -> NumberRules.bin(g.expr(INT), g.oneOf("in", "not in"), g.expr(SET_INT));
            case 3 -> NumberRules.bin(g.expr(STR), "in", g.expr(STR));
            case 4 -> NumberRules.bin(g.expr(STR), "in", g.expr(LIST_STR));
            default -> NumberRules.bin(g.expr(INT), "in", "range(" + g.expr(INT) + ", " + g.expr(INT) + ")");
        }));
        r.add(Rule.of("isinstance", 3, g -> "isinstance(" + g.expr(Grammar.anyType(g)) + ", "
                + g.oneOf(PyType.CONCRETE).className + ")"));
        r.add(Rule.of("any-all", 3, g -> {
            String xs = g.expr(LIST_INT);
            return Comprehensions.over(g, INT, v -> g.oneOf("any", "all") + "(" + g.expr(BOOL) + " for " + v
                    + " in " + xs + ")");
        }));
        r.add(Rule.of("any-all-list", 1, g -> g.oneOf("any", "all") + "(" + g.expr(g.oneOf(LIST_INT, LIST_STR)) + ")"));
        r.add(Rule.of("str-predicate", 5, g -> g.expr(STR) + "." + g.oneOf("isdigit", "isalpha", "isupper",
                "islower", "isspace", "isalnum") + "()"));
        r.add(Rule.of("str-affix", 3, g -> g.expr(STR) + "." + g.oneOf("startswith", "endswith") + "("
                + g.expr(STR) + ")"));
        r.add(Rule.of("truth", 4, g -> "bool(" + g.expr(Grammar.anyType(g)) + ")"));
        r.add(Rule.of("is-none", 3, g -> "(" + g.expr(PyType.ANY) + g.oneOf(" is None)", " is not None)")));
    }
}
