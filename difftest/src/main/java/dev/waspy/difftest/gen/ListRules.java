package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.BOOL;
import static dev.waspy.difftest.gen.PyType.DICT_STR_INT;
import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.LIST_INT;
import static dev.waspy.difftest.gen.PyType.LIST_STR;
import static dev.waspy.difftest.gen.PyType.SET_INT;
import static dev.waspy.difftest.gen.PyType.STR;
import static dev.waspy.difftest.gen.PyType.TUPLE_INT;

import java.util.ArrayList;
import java.util.List;

/** Productions of {@code list[int]}, {@code list[str]} and {@code tuple[int, ...]} expressions. */
final class ListRules {
    private ListRules() {}

    static void intLists(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 12, g -> "[" + elements(g, INT, 0) + "]"));
        r.add(Rule.of("range", 5, g -> "list(range(" + g.between(-3, 3) + ", " + g.between(-2, 9) + ", "
                + g.oneOf("1", "2", "-1", "3") + "))"));
        r.add(Rule.of("comprehension", 6, g -> {
            String source = g.chance(50) ? "range(" + g.between(0, 7) + ")" : g.expr(LIST_INT);
            return Comprehensions.over(g, INT, v -> "[" + g.expr(INT) + " for " + v + " in " + source
                    + (g.chance(40) ? " if " + g.expr(BOOL) : "") + "]");
        }));
        r.add(Rule.of("sorted", 5, g -> "sorted(" + g.expr(g.oneOf(LIST_INT, SET_INT, TUPLE_INT))
                + (g.chance(30) ? ", reverse=True" : "") + ")"));
        r.add(Rule.of("sorted-key", 3, g -> "sorted(" + g.expr(LIST_INT) + ", key=" + Comprehensions.lambda(g, INT, INT)
                + (g.chance(30) ? ", reverse=True" : "") + ")"));
        r.add(Rule.of("slice", 5, g -> g.expr(LIST_INT) + StrRules.slice(g)));
        r.add(Rule.of("concat", 3, g -> NumberRules.bin(g.expr(LIST_INT), "+", g.expr(LIST_INT)))
                .when(g -> !g.growthLimited()));
        r.add(Rule.of("repeat", 2, g -> NumberRules.bin(g.expr(LIST_INT), "*", Integer.toString(g.between(0, 3))))
                .when(g -> !g.growthLimited()));
        r.add(Rule.of("map", 3, g -> "list(map(" + Comprehensions.lambda(g, INT, INT) + ", " + g.expr(LIST_INT) + "))"));
        r.add(Rule.of("filter", 3, g -> "list(filter(" + Comprehensions.lambda(g, INT, BOOL) + ", "
                + g.expr(LIST_INT) + "))"));
        r.add(Rule.of("reversed", 2, g -> "list(reversed(" + g.expr(LIST_INT) + "))"));
        r.add(Rule.of("row", 3, g -> {
            String xss = g.var(PyType.LIST_LIST_INT);
            return "(" + xss + "[" + g.expr(INT) + " % len(" + xss + ")] if " + xss + " else [])";
        }).when(g -> g.has(PyType.LIST_LIST_INT)));
        r.add(Rule.of("flatten", 2, g -> {
            String xss = g.expr(PyType.LIST_LIST_INT);
            String row = g.fresh("row");
            return Comprehensions.over(g, INT, v -> "[" + v + " for " + row + " in " + xss + " for " + v + " in " + row + "]");
        }).when(g -> !g.growthLimited()));
        r.add(Rule.of("lengths", 2, g -> {
            String words = g.expr(LIST_STR);
            return Comprehensions.over(g, STR, v -> "[len(" + v + ") for " + v + " in " + words + "]");
        }));
        r.add(Rule.of("values", 2, g -> "list(" + g.expr(DICT_STR_INT) + ".values())"));
        r.add(Rule.of("of-set-or-tuple", 3, g -> "list(" + g.expr(g.oneOf(SET_INT, TUPLE_INT)) + ")"));
        r.add(Rule.of("enumerate", 2, g -> {
            String xs = g.expr(LIST_INT);
            String i = g.fresh("i");
            return Comprehensions.over(g, INT, v -> {
                g.scope.bind(i, INT, false);
                return "[" + g.expr(INT) + " for " + i + ", " + v + " in enumerate(" + xs + ")]";
            });
        }));
        r.add(Rule.of("zip", 2, g -> {
            String xs = g.expr(LIST_INT);
            String ys = g.expr(LIST_INT);
            String w = g.fresh("w");
            return Comprehensions.over(g, INT, v -> {
                g.scope.bind(w, INT, false);
                return "[" + g.expr(INT) + " for " + v + ", " + w + " in zip(" + xs + ", " + ys + ")]";
            });
        }));
    }

    /** Lists of lists of ints: literals, lists of list values (aliases), comprehensions, sorting. */
    static void nestedLists(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 6, g -> {
            List<String> rows = new ArrayList<>();
            for (int i = g.between(0, 3); i > 0; i--) {
                rows.add("[" + elements(g, INT, 0) + "]");
            }
            return "[" + String.join(", ", rows) + "]";
        }));
        r.add(Rule.of("of-lists", 6, g -> "[" + elements(g, LIST_INT, 0) + "]"));
        r.add(Rule.of("comprehension", 4, g -> {
            int n = g.between(0, 4);
            return Comprehensions.over(g, INT, v -> "[" + g.expr(LIST_INT) + " for " + v + " in range(" + n + ")]");
        }));
        r.add(Rule.of("sorted", 2, g -> "sorted(" + g.expr(PyType.LIST_LIST_INT) + g.oneOf("", ", reverse=True", ", key=len")
                + ")"));
        r.add(Rule.of("slice", 2, g -> g.expr(PyType.LIST_LIST_INT) + StrRules.slice(g)));
    }

    static void strLists(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 12, g -> "[" + elements(g, STR, 0) + "]"));
        r.add(Rule.of("split", 5, g -> g.expr(STR) + ".split(" + g.oneOf("", "','", "' '", "'a'") + ")"));
        r.add(Rule.of("sorted", 4, g -> "sorted(" + g.expr(LIST_STR) + (g.chance(30) ? ", reverse=True" : "")
                + (g.chance(30) ? ", key=" + g.oneOf("len", "str.lower") : "") + ")"));
        r.add(Rule.of("keys", 3, g -> "list(" + g.expr(DICT_STR_INT) + g.oneOf("", ".keys()") + ")"));
        r.add(Rule.of("strs", 4, g -> {
            String xs = g.expr(LIST_INT);
            return Comprehensions.over(g, INT, v -> "[str(" + g.expr(INT) + ") for " + v + " in " + xs + "]");
        }));
        r.add(Rule.of("comprehension", 3, g -> {
            String words = g.expr(LIST_STR);
            return Comprehensions.over(g, STR, v -> "[" + g.expr(STR) + " for " + v + " in " + words
                    + (g.chance(40) ? " if " + g.expr(BOOL) : "") + "]");
        }));
        r.add(Rule.of("chars", 2, g -> "list(" + g.expr(STR) + ")"));
        r.add(Rule.of("slice", 3, g -> g.expr(LIST_STR) + StrRules.slice(g)));
        r.add(Rule.of("map", 2, g -> "list(map(" + Comprehensions.lambda(g, STR, STR) + ", " + g.expr(LIST_STR) + "))"));
    }

    static void tuples(List<Rule<String>> r) {
        r.add(Rule.leaf("literal", 10, g -> {
            List<String> items = elementList(g, INT, 0);
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }));
        r.add(Rule.of("of-list", 4, g -> "tuple(" + g.expr(LIST_INT) + ")"));
        r.add(Rule.of("slice", 2, g -> g.expr(TUPLE_INT) + StrRules.slice(g)));
        r.add(Rule.of("concat", 2, g -> NumberRules.bin(g.expr(TUPLE_INT), "+", g.expr(TUPLE_INT)))
                .when(g -> !g.growthLimited()));
        r.add(Rule.of("divmod", 2, g -> "divmod(" + g.expr(INT) + ", (" + g.expr(INT) + " or 3))"));
    }

    /** Zero to four comma-separated expressions (at least {@code min}). */
    static String elements(Gen g, PyType type, int min) {
        return String.join(", ", elementList(g, type, min));
    }

    private static List<String> elementList(Gen g, PyType type, int min) {
        List<String> items = new ArrayList<>();
        int n = g.between(min, 4);
        for (int i = 0; i < n; i++) {
            items.add(g.depth < Gen.MAX_DEPTH ? g.expr(type) : leaf(g, type));
        }
        return items;
    }

    private static String leaf(Gen g, PyType type) {
        return switch (type) {
            case STR -> Literals.string(g);
            case INT -> Literals.integer(g);
            default -> "[]";
        };
    }
}
