package dev.waspy.difftest.gen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The expression productions, per static type. The per-type tables live in {@link NumberRules},
 * {@link BoolRules}, {@link StrRules}, {@link ListRules} and {@link MapRules}; the productions every
 * type shares (a variable, a conditional expression, a call to a function returning the type) are
 * added here. Adding a construct to the generator is adding one {@link Rule} to a table.
 */
final class Grammar {
    private static final Map<PyType, List<Rule<String>>> EXPRESSIONS = new EnumMap<>(PyType.class);

    static {
        NumberRules.ints(table(PyType.INT));
        NumberRules.floats(table(PyType.FLOAT));
        BoolRules.bools(table(PyType.BOOL));
        StrRules.strs(table(PyType.STR));
        ListRules.intLists(table(PyType.LIST_INT));
        ListRules.strLists(table(PyType.LIST_STR));
        ListRules.tuples(table(PyType.TUPLE_INT));
        MapRules.dicts(table(PyType.DICT_STR_INT));
        MapRules.sets(table(PyType.SET_INT));
        ListRules.nestedLists(table(PyType.LIST_LIST_INT));
        anyRules(table(PyType.ANY));
        for (PyType t : PyType.values()) {
            List<Rule<String>> rules = table(t);
            rules.add(Rule.leaf("variable", 30, g -> g.var(t)).when(g -> g.has(t)));
            rules.add(Rule.of("conditional", 3, g -> "(" + g.expr(t) + " if " + g.expr(PyType.BOOL) + " else "
                    + g.expr(t) + ")"));
            rules.add(Rule.of("call", 6, g -> Calls.call(g, t)).when(g -> Calls.canCall(g, t)));
        }
    }

    private Grammar() {}

    private static List<Rule<String>> table(PyType t) {
        return EXPRESSIONS.computeIfAbsent(t, k -> new ArrayList<>());
    }

    static List<Rule<String>> expressions(PyType t) {
        return EXPRESSIONS.get(t);
    }

    /** Any type, for productions that take a value of any type (print, str, ==, isinstance...). */
    static PyType anyType(Gen g) {
        return g.oneOf(PyType.values());
    }

    /**
     * Values whose type the compiler can know only at run time: a conditional between two types,
     * None, {@code dict.get} without a default, a value of any other type.
     */
    private static void anyRules(List<Rule<String>> r) {
        r.add(Rule.leaf("none", 4, g -> "None"));
        r.add(Rule.of("mixed-conditional", 8, g -> "(" + g.expr(g.oneOf(PyType.CONCRETE)) + " if " + g.expr(PyType.BOOL)
                + " else " + g.expr(g.oneOf(PyType.CONCRETE)) + ")"));
        r.add(Rule.of("concrete", 6, g -> g.expr(g.oneOf(PyType.CONCRETE))));
        r.add(Rule.of("dict-get", 3, g -> g.expr(PyType.DICT_STR_INT) + ".get(" + g.expr(PyType.STR) + ")"));
        r.add(Rule.of("pop-or-none", 2, g -> {
            String xs = g.var(PyType.LIST_INT);
            return "(" + xs + ".pop() if " + xs + " else None)";
        }).when(g -> g.has(PyType.LIST_INT)));
    }
}
