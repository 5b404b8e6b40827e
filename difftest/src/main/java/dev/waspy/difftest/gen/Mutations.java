package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.STR;

/**
 * Calls of the mutating methods of lists, dicts and sets on a variable (mutation needs no
 * rebinding, so a function may mutate the module's containers). Growth comes only from literals,
 * never from the container itself.
 */
final class Mutations {
    private Mutations() {}

    static void list(Gen g, String xs) {
        switch (g.random.nextInt(14)) {
            case 0, 1 -> g.out.line(xs + ".append(" + g.expr(INT) + ")");
            case 2 -> g.out.line(xs + ".extend([" + ListRules.elements(g, INT, 0) + "])");
            case 3 -> g.out.line(xs + ".insert(" + g.expr(INT) + ", " + g.expr(INT) + ")");
            case 4 -> guarded(g, xs, "print(" + xs + ".pop(" + g.oneOf("", "0", "-1") + "))");
            case 5 -> guarded(g, xs, xs + "[" + g.expr(INT) + " % len(" + xs + ")] = " + g.expr(INT));
            case 6 -> g.out.line(xs + ".sort(" + g.oneOf("", "reverse=True", "key=" + Comprehensions.lambda(g, INT, INT)) + ")");
            case 7 -> g.out.line(xs + ".reverse()");
            case 8 -> g.out.line(xs + "[" + g.between(-3, 3) + ":" + g.between(-3, 5) + "] = ["
                    + ListRules.elements(g, INT, 0) + "]");
            case 9 -> g.out.line("del " + xs + "[" + g.between(-3, 3) + ":" + g.between(-3, 5) + "]");
            case 10 -> guarded(g, xs, "del " + xs + "[" + g.expr(INT) + " % len(" + xs + ")]");
            case 11 -> g.out.line(!g.takeRisk() ? xs + ".clear()" : g.oneOf("print(" + xs + ".pop())",
                    xs + ".remove(" + g.expr(INT) + ")", xs + "[" + g.expr(INT) + "] = 0"));
            default -> {
                String v = g.expr(INT);
                g.out.line("print(" + xs + ".index(" + v + ") if " + v + " in " + xs + " else -1)");
            }
        }
    }

    static void dict(Gen g, String d) {
        String key = g.expr(STR);
        switch (g.random.nextInt(9)) {
            case 0, 1 -> g.out.line(d + "[" + key + "] = " + g.expr(INT));
            case 2 -> g.out.line(d + "[" + key + "] = " + d + ".get(" + key + ", 0) + " + g.expr(INT));
            case 3 -> g.out.line("if " + key + " in " + d + ": del " + d + "[" + key + "]");
            case 4 -> g.out.line("print(" + d + ".pop(" + key + ", " + g.expr(INT) + "))");
            case 5 -> g.out.line("print(" + d + ".setdefault(" + key + ", " + g.expr(INT) + "))");
            case 6 -> g.out.line(d + ".update({" + Literals.string(g) + ": " + g.expr(INT) + "})");
            case 7 -> g.out.line("print(" + d + ".get(" + key + "), " + d + ".keys(), " + d + ".items())");
            default -> g.out.line(!g.takeRisk() ? d + ".clear()"
                    : g.oneOf("del " + d + "[" + key + "]", "print(" + d + ".popitem())"));
        }
    }

    static void nested(Gen g, String xss) {
        switch (g.random.nextInt(4)) {
            case 0 -> g.out.line(xss + ".append(" + g.expr(PyType.LIST_INT) + ")");
            case 1 -> guarded(g, xss, xss + "[" + g.expr(INT) + " % len(" + xss + ")].append(" + g.expr(INT) + ")");
            case 2 -> g.out.line(xss + ".sort()");
            default -> guarded(g, xss, "print(" + xss + "[-1], " + xss + "[0][:" + g.between(0, 3) + "])");
        }
    }

    static void set(Gen g, String s) {
        switch (g.random.nextInt(6)) {
            case 0, 1 -> g.out.line(s + ".add(" + g.expr(INT) + ")");
            case 2 -> g.out.line(s + ".discard(" + g.expr(INT) + ")");
            case 3 -> g.out.line(s + ".update(" + g.expr(PyType.LIST_INT) + ")");
            case 4 -> guarded(g, s, "print(" + s + ".pop())");
            default -> g.out.line(g.takeRisk() ? s + ".remove(" + g.expr(INT) + ")" : s + ".clear()");
        }
    }

    private static void guarded(Gen g, String container, String statement) {
        g.out.line("if " + container + ":");
        g.out.indent();
        g.out.line(statement);
        g.out.dedent();
    }
}
