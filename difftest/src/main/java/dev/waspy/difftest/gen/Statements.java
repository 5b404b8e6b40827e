package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.DICT_STR_INT;
import static dev.waspy.difftest.gen.PyType.FLOAT;
import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.LIST_INT;
import static dev.waspy.difftest.gen.PyType.SET_INT;
import static dev.waspy.difftest.gen.PyType.STR;

import java.util.ArrayList;
import java.util.List;

/**
 * Simple statements: bindings, prints, augmented assignments, unpacking and the mutating methods
 * of lists, dicts and sets. Compound statements are in {@link Blocks}; all of them together are
 * {@link #TABLE}, which every block body draws from.
 */
final class Statements {
    static final List<Rule<Runnable>> TABLE = new ArrayList<>();

    static {
        TABLE.add(Rule.statement("bind", 14, g -> bind(g, Grammar.anyType(g))));
        TABLE.add(Rule.statement("assign", 6, g -> {
            PyType t = assignableType(g);
            g.out.line(pickAssignable(g, t) + " = " + g.expr(t));
        }).when(g -> assignableType(g) != null));
        TABLE.add(Rule.statement("print", 12, g -> g.out.line("print(" + g.expr(Grammar.anyType(g)) + ")")));
        TABLE.add(Rule.statement("print-sep", 3, g -> g.out.line("print(" + g.expr(Grammar.anyType(g)) + ", "
                + g.expr(Grammar.anyType(g)) + ", sep=" + Literals.quote(g.oneOf("", ", ", "|", "\n"))
                + (g.chance(50) ? ", end=" + Literals.quote(g.oneOf("", "!\n", " ", ";\n")) : "") + ")")));
        TABLE.add(Rule.statement("augment-int", 8, g -> {
            String op = g.oneOf("+=", "-=", "*=", "//=", "%=", "|=", "^=", "&=", "<<=", ">>=");
            String rhs = switch (op) {
                case "*=" -> Literals.integer(g);
                case "//=", "%=" -> "(" + g.expr(INT) + " or 7)";
                case "<<=", ">>=" -> Integer.toString(g.between(0, 9));
                default -> g.expr(INT);
            };
            g.out.line(pickAssignable(g, INT) + " " + op + " " + rhs);
        }).when(g -> !g.scope.assignable(INT).isEmpty()));
        TABLE.add(Rule.statement("augment-float", 3, g -> g.out.line(pickAssignable(g, FLOAT) + " "
                + g.oneOf("+=", "-=") + " " + g.expr(FLOAT))).when(g -> !g.scope.assignable(FLOAT).isEmpty()));
        TABLE.add(Rule.statement("augment-str", 3, g -> g.out.line(pickAssignable(g, STR) + " += "
                + Literals.string(g))).when(g -> !g.scope.assignable(STR).isEmpty()));
        TABLE.add(Rule.statement("swap", 2, g -> {
            PyType t = assignableType(g);
            g.out.line(pickAssignable(g, t) + ", " + pickAssignable(g, t) + " = " + g.expr(t) + ", " + g.expr(t));
        }).when(g -> assignableType(g) != null));
        TABLE.add(Rule.statement("unpack-star", 2, g -> {
            String a = g.fresh("a");
            String rest = g.fresh("rest");
            g.out.line(a + ", *" + rest + " = [" + g.expr(INT) + ", " + ListRules.elements(g, INT, 0) + "]");
            g.scope.bind(a, INT, true);
            g.scope.bind(rest, LIST_INT, true);
        }));
        TABLE.add(Rule.statement("list-method", 8, g -> Mutations.list(g, pickReadable(g, LIST_INT)))
                .when(g -> g.has(LIST_INT)));
        TABLE.add(Rule.statement("dict-method", 6, g -> Mutations.dict(g, pickReadable(g, DICT_STR_INT)))
                .when(g -> g.has(DICT_STR_INT)));
        TABLE.add(Rule.statement("set-method", 4, g -> Mutations.set(g, pickReadable(g, SET_INT)))
                .when(g -> g.has(SET_INT)));
        TABLE.add(Rule.statement("nested-method", 3, g -> Mutations.nested(g, pickReadable(g, PyType.LIST_LIST_INT)))
                .when(g -> g.has(PyType.LIST_LIST_INT)));
        TABLE.add(Rule.statement("call", 4, g -> g.out.line(Calls.call(g, g.oneOf(callable(g)))))
                .when(g -> !callable(g).isEmpty()));
        Blocks.add(TABLE);
    }

    private Statements() {}

    /** {@code NAME = EXPR} for a fresh name, printed at once half of the time. */
    static void bind(Gen g, PyType t) {
        String name = g.fresh(prefix(t));
        g.out.line(name + " = " + g.expr(t));
        g.scope.bind(name, t, true);
        if (g.chance(50)) {
            g.out.line("print(" + Literals.quote(name + " =") + ", " + name + ")");
        }
    }

    private static List<Fn> callable(Gen g) {
        return g.functions.stream().filter(f -> g.affords(f.cost()) && f != g.current).toList();
    }

    private static String prefix(PyType t) {
        return switch (t) {
            case INT -> "n";
            case FLOAT -> "f";
            case BOOL -> "b";
            case STR -> "s";
            case LIST_INT, LIST_STR -> "xs";
            case TUPLE_INT -> "t";
            case DICT_STR_INT -> "d";
            case SET_INT -> "st";
            case LIST_LIST_INT -> "xss";
            case ANY -> "o";
        };
    }

    private static PyType assignableType(Gen g) {
        List<PyType> types = new ArrayList<>();
        for (PyType t : PyType.values()) {
            if (!g.scope.assignable(t).isEmpty()) {
                types.add(t);
            }
        }
        return types.isEmpty() ? null : types.get(g.random.nextInt(types.size()));
    }

    static String pickAssignable(Gen g, PyType t) {
        return g.oneOf(g.scope.assignable(t)).name();
    }

    private static String pickReadable(Gen g, PyType t) {
        return g.var(t);
    }
}
