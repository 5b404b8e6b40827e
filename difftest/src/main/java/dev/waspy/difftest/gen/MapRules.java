package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.BOOL;
import static dev.waspy.difftest.gen.PyType.DICT_STR_INT;
import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.LIST_INT;
import static dev.waspy.difftest.gen.PyType.LIST_STR;
import static dev.waspy.difftest.gen.PyType.SET_INT;
import static dev.waspy.difftest.gen.PyType.STR;

import java.util.ArrayList;
import java.util.List;

/**
 * Productions of {@code dict[str, int]} and {@code set[int]} expressions. Sets hold ints only: a
 * set of strings prints in an order that depends on CPython's per-process hash seed.
 */
final class MapRules {
    private MapRules() {}

    static void dicts(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 10, g -> {
            List<String> items = new ArrayList<>();
            for (int i = g.between(0, 4); i > 0; i--) {
                items.add(Literals.string(g) + ": " + Literals.integer(g));
            }
            return "{" + String.join(", ", items) + "}";
        }));
        r.add(Rule.of("comprehension", 4, g -> {
            String words = g.expr(LIST_STR);
            return Comprehensions.over(g, STR, v -> "{" + v + ": " + g.expr(INT) + " for " + v + " in " + words + "}");
        }));
        r.add(Rule.of("zip", 3, g -> "dict(zip(" + g.expr(LIST_STR) + ", " + g.expr(LIST_INT) + "))"));
        r.add(Rule.of("dict-of", 2, g -> "dict(" + g.expr(DICT_STR_INT) + ")"));
        r.add(Rule.of("filter-items", 2, g -> {
            String d = g.expr(DICT_STR_INT);
            String k = g.fresh("k");
            return Comprehensions.over(g, INT, v -> {
                g.scope.bind(k, STR, false);
                return "{" + k + ": " + g.expr(INT) + " for " + k + ", " + v + " in " + d + ".items()"
                        + (g.chance(50) ? " if " + g.expr(BOOL) : "") + "}";
            });
        }));
    }

    static void sets(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 8, g -> {
            String items = ListRules.elements(g, INT, 1);
            return "{" + items + "}";
        }));
        r.add(Rule.leaf("empty", 2, g -> "set()"));
        r.add(Rule.of("of-list", 5, g -> "set(" + g.expr(g.oneOf(LIST_INT, PyType.TUPLE_INT)) + ")"));
        r.add(Rule.of("comprehension", 4, g -> {
            String xs = g.expr(LIST_INT);
            return Comprehensions.over(g, INT, v -> "{" + g.expr(INT) + " for " + v + " in " + xs + "}");
        }));
        r.add(Rule.of("algebra", 6, g -> NumberRules.bin(g.expr(SET_INT), g.oneOf("|", "&", "-", "^"), g.expr(SET_INT))));
        r.add(Rule.of("range", 2, g -> "set(range(" + g.between(-3, 9) + "))"));
        r.add(Rule.of("values", 2, g -> "set(" + g.expr(DICT_STR_INT) + ".values())"));
    }
}
