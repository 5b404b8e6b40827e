package dev.waspy.difftest.gen;

import java.util.function.Function;

/**
 * Names bound for the length of one expression: a comprehension's or generator's loop variable and
 * a lambda's parameter. A lambda body sees only its parameter and the module's variables, since a
 * lambda reading a function's locals would be a closure, which Waspy does not compile yet.
 */
final class Comprehensions {
    /** How many times the generator assumes a comprehension's element runs, for the cost budget. */
    static final int TRIPS = 8;

    private Comprehensions() {}

    /** Binds a fresh variable of the given type while {@code body} builds the text from its name. */
    static String over(Gen g, PyType type, Function<String, String> body) {
        String v = g.fresh("v");
        g.scope.push();
        g.scope.bind(v, type, false);
        try {
            return g.repeated(TRIPS, () -> body.apply(v));
        } finally {
            g.scope.pop();
        }
    }

    /** {@code lambda v: BODY} with a parameter of type {@code param} and a body of type {@code result}. */
    static String lambda(Gen g, PyType param, PyType result) {
        Scope saved = g.scope;
        g.scope = new Scope(g.moduleScope);
        try {
            return "lambda " + over(g, param, v -> v + ": " + g.expr(result));
        } finally {
            g.scope = saved;
        }
    }
}
