package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.BOOL;
import static dev.waspy.difftest.gen.PyType.DICT_STR_INT;
import static dev.waspy.difftest.gen.PyType.INT;
import static dev.waspy.difftest.gen.PyType.LIST_INT;
import static dev.waspy.difftest.gen.PyType.LIST_STR;
import static dev.waspy.difftest.gen.PyType.SET_INT;
import static dev.waspy.difftest.gen.PyType.STR;

import java.util.List;

/**
 * Compound statements: {@code if}, {@code for}, {@code while} (with {@code break}, {@code continue}
 * and {@code else}), {@code return} inside functions and function definitions at module level.
 * Every loop has a known trip count: a {@code for} walks a copy of a container or a small range, a
 * {@code while} advances its own counter first thing in its body.
 */
final class Blocks {
    static final int MAX_NESTING = 3;

    private Blocks() {}

    static void add(List<Rule<Runnable>> table) {
        table.add(Rule.statement("if", 8, g -> ifStatement(g)).when(Blocks::canNest));
        table.add(Rule.statement("for", 8, g -> forStatement(g)).when(g -> canNest(g) && g.affords(2)));
        table.add(Rule.statement("while", 3, g -> whileStatement(g)).when(g -> canNest(g) && g.affords(2)));
        table.add(Rule.statement("break-continue", 4, g -> {
            g.out.line("if " + g.expr(BOOL) + ":");
            g.out.indent();
            g.out.line(g.oneOf("break", "continue"));
            g.out.dedent();
        }).when(g -> g.loopDepth > 0));
        table.add(Rule.statement("return", 2, g -> {
            g.out.line("if " + g.expr(BOOL) + ":");
            g.out.indent();
            g.out.line(g.current.returns() == null ? "return" : "return " + g.expr(g.current.returns()));
            g.out.dedent();
        }).when(g -> g.current != null));
        table.add(Rule.statement("def", 6, g -> Functions.define(g)).when(g -> g.blockDepth == 0 && g.current == null));
        table.add(Rule.statement("try", 4, g -> tryStatement(g)).when(g -> canNest(g) && g.affords(2)));
        table.add(Rule.statement("raise", 3, g -> {
            g.out.line("if " + g.expr(BOOL) + ":");
            g.out.indent();
            g.out.line("raise " + g.oneOf(RAISED) + "(" + g.expr(g.oneOf(STR, INT)) + ")");
            g.out.dedent();
        }).when(g -> g.tryDepth > 0));
    }

    /** What the generated code raises, and what its except clauses name (tuples of two of them too). */
    private static final String[] RAISED = {"ValueError", "KeyError", "IndexError", "TypeError", "ZeroDivisionError"};
    private static final String[] CAUGHT = {"ValueError", "KeyError", "IndexError", "TypeError", "ZeroDivisionError",
        "LookupError", "ArithmeticError", "Exception", "OverflowError"};

    /**
     * {@code try} with one to three except clauses (a class or a tuple of two, {@code as e} printing
     * the exception's type and str), maybe {@code else} and {@code finally}. The body may raise:
     * it may use more risky productions than the rest of the program, and a raise rule applies.
     */
    private static void tryStatement(Gen g) {
        g.out.line("try:");
        int risks = g.risks;
        g.risks += 2;
        g.tryDepth++;
        body(g, 3);
        g.tryDepth--;
        g.risks = risks;
        int clauses = g.between(g.chance(20) ? 0 : 1, 3);
        for (int i = 0; i < clauses; i++) {
            String classes = g.chance(30) ? "(" + g.oneOf(CAUGHT) + ", " + g.oneOf(CAUGHT) + ")" : g.oneOf(CAUGHT);
            if (g.chance(50)) {
                String e = g.fresh("e");
                g.out.line("except " + classes + " as " + e + ":");
                g.out.indent();
                g.out.line("print(" + Literals.quote("caught") + ", type(" + e + ").__name__, " + e + ")");
                g.out.dedent();
            } else {
                g.out.line("except " + classes + ":");
            }
            body(g, 2);
        }
        if (clauses > 0 && g.chance(30)) {
            g.out.line("else:");
            body(g, 2);
        }
        if (clauses == 0 || g.chance(40)) {
            g.out.line("finally:");
            body(g, 2);
        }
    }

    private static boolean canNest(Gen g) {
        return g.blockDepth < MAX_NESTING;
    }

    /** Writes an indented block of one to {@code max} statements in a new scope block. */
    static void body(Gen g, int max) {
        g.out.indent();
        g.scope.push();
        g.blockDepth++;
        int n = g.between(1, max);
        for (int i = 0; i < n; i++) {
            g.statement(Statements.TABLE);
        }
        g.blockDepth--;
        g.scope.pop();
        g.out.dedent();
    }

    private static void ifStatement(Gen g) {
        g.out.line("if " + g.expr(BOOL) + ":");
        body(g, 3);
        while (g.chance(30)) {
            g.out.line("elif " + g.expr(BOOL) + ":");
            body(g, 2);
        }
        if (g.chance(40)) {
            g.out.line("else:");
            body(g, 2);
        }
    }

    private static void forStatement(Gen g) {
        int trips = (int) Math.min(8, Gen.BUDGET / g.multiplier);
        String v = g.fresh("i");
        PyType type = INT;
        String header;
        switch (g.random.nextInt(7)) {
            case 0, 1 -> header = v + " in range(" + g.between(-2, 2) + ", " + g.between(0, trips) + ")";
            case 2 -> header = v + " in list(" + g.expr(LIST_INT) + ")";
            case 3 -> {
                type = STR;
                header = v + " in " + g.oneOf("list(" + g.expr(LIST_STR) + ")", g.expr(STR), "sorted(" + g.expr(DICT_STR_INT) + ")");
            }
            case 4 -> header = v + " in sorted(" + g.expr(SET_INT) + ")";
            case 5 -> {
                String i = g.fresh("i");
                header = i + ", " + v + " in enumerate(list(" + g.expr(LIST_INT) + ")" + g.oneOf("", ", 1") + ")";
                g.scope.push();
                g.scope.bind(i, INT, false);
                loop(g, header, v, type, trips);
                g.scope.pop();
                loopElse(g);
                return;
            }
            default -> {
                String k = g.fresh("k");
                header = k + ", " + v + " in list(" + g.expr(DICT_STR_INT) + ".items())";
                g.scope.push();
                g.scope.bind(k, STR, false);
                loop(g, header, v, type, trips);
                g.scope.pop();
                loopElse(g);
                return;
            }
        }
        loop(g, header, v, type, trips);
        loopElse(g);
    }

    private static void loop(Gen g, String header, String v, PyType type, int trips) {
        g.out.line("for " + header + ":");
        g.scope.push();
        g.scope.bind(v, type, false);
        inLoop(g, trips, 3);
        g.scope.pop();
    }

    private static void whileStatement(Gen g) {
        String k = g.fresh("k");
        int trips = (int) Math.min(6, Gen.BUDGET / g.multiplier);
        g.out.line(k + " = 0");
        g.out.line("while " + k + " < " + g.between(0, trips) + (g.chance(30) ? " and " + g.expr(BOOL) : "") + ":");
        g.out.indent();
        g.out.line(k + " += 1");
        g.out.dedent();
        g.scope.push();
        g.scope.bind(k, INT, false);
        inLoop(g, trips, 3);
        g.scope.pop();
        loopElse(g);
    }

    private static void inLoop(Gen g, int trips, int max) {
        g.loopDepth++;
        g.repeated(trips, () -> {
            body(g, max);
            return null;
        });
        g.loopDepth--;
    }

    private static void loopElse(Gen g) {
        if (g.chance(20)) {
            g.out.line("else:");
            body(g, 2);
        }
    }
}
