package dev.waspy.difftest.gen;

import static dev.waspy.difftest.gen.PyType.INT;

import java.util.ArrayList;
import java.util.List;

/**
 * Function definitions: parameters with optional defaults and annotations, {@code global}
 * declarations, early returns, and bounded recursion (a counter parameter that callers set to a
 * small literal, that decreases by one per call and is never assigned). A function may call those
 * defined before it; its cost (the statements one call runs) decides where callers may afford it.
 */
final class Functions {
    static final int MAX_RECURSION = 9;
    private static final PyType[] PARAM_TYPES = {INT, INT, PyType.STR, PyType.FLOAT, PyType.BOOL, PyType.LIST_INT,
        PyType.TUPLE_INT};

    private Functions() {}

    static void define(Gen g) {
        String name = g.fresh("fn");
        boolean recursive = g.chance(25);
        List<Fn.Param> params = parameters(g, recursive);
        PyType returns = g.chance(15) ? null : g.oneOf(PyType.values());
        boolean annotate = g.chance(50);
        List<String> declared = new ArrayList<>();
        for (Fn.Param p : params) {
            boolean annotated = annotate;
            String annotation = annotated ? ": " + annotation(p.type()) : "";
            String value = p.defaultValue() == null ? "" : (annotated ? " = " : "=") + p.defaultValue();
            declared.add(p.name() + annotation + value);
        }
        String result = !annotate ? "" : returns == null ? " -> None"
                : " -> " + annotation(returns);
        g.out.line("def " + name + "(" + String.join(", ", declared) + ")" + result + ":");

        Scope savedScope = g.scope;
        long savedWork = g.work;
        g.scope = new Scope(g.moduleScope);
        g.current = new Fn(name, params, returns, 0);
        g.work = 0;
        g.out.indent();
        for (Fn.Param p : params) {
            g.scope.bind(p.name(), p.type(), !p.counter());
        }
        declareGlobal(g);
        if (recursive) {
            g.out.line("if " + params.get(0).name() + " <= 0:");
            g.out.indent();
            g.out.line(returns == null ? "return" : "return " + g.expr(returns));
            g.out.dedent();
        }
        for (int i = g.between(1, 5); i > 0; i--) {
            g.statement(Statements.TABLE);
        }
        if (recursive) {
            recurse(g, params, returns);
        }
        if (returns != null) {
            g.out.line("return " + g.expr(returns));
        }
        g.out.dedent();
        Fn fn = new Fn(name, params, returns, (g.work + 1) * (recursive ? 2L * MAX_RECURSION : 1));
        g.scope = savedScope;
        g.work = savedWork;
        g.current = null;
        g.functions.add(fn);
        for (int i = g.between(0, 2); i > 0; i--) {
            String call = Calls.call(g, fn);
            g.out.line(returns == null ? call : "print(" + call + ")");
        }
    }

    private static List<Fn.Param> parameters(Gen g, boolean recursive) {
        List<Fn.Param> params = new ArrayList<>();
        if (recursive) {
            params.add(new Fn.Param(g.fresh("depth"), INT, null, true));
        }
        boolean defaults = false;
        for (int i = g.between(0, 3); i > 0; i--) {
            PyType t = g.oneOf(PARAM_TYPES);
            defaults |= g.chance(30);
            if (defaults && t == PyType.LIST_INT) {
                t = INT;  // a mutable default is shared between calls; not a test of the language here
            }
            params.add(new Fn.Param(g.fresh("p"), t, defaults ? defaultValue(g, t) : null, false));
        }
        return params;
    }

    /** {@code r = f(depth - 1, ...)}, the one recursive call, its result then in scope. */
    private static void recurse(Gen g, List<Fn.Param> params, PyType returns) {
        List<String> args = new ArrayList<>();
        args.add(params.get(0).name() + " - 1");
        for (Fn.Param p : params.subList(1, params.size())) {
            args.add(g.expr(p.type()));
        }
        String call = g.current.name() + "(" + String.join(", ", args) + ")";
        if (returns == null) {
            g.out.line(call);
            return;
        }
        String r = g.fresh("r");
        g.out.line(r + " = " + call);
        g.scope.bind(r, returns, true);
        if (g.chance(50)) {
            g.out.line("print(" + Literals.quote(r) + ", " + r + ")");
        }
    }

    /** One module-level variable the function may rebind, declared {@code global}. */
    private static void declareGlobal(Gen g) {
        List<Scope.Var> candidates = g.moduleScope.moduleLevel();
        if (candidates.isEmpty() || !g.chance(30)) {
            return;
        }
        Scope.Var v = g.oneOf(candidates);
        g.out.line("global " + v.name());
        g.scope.bind(v.name(), v.type(), true);
    }

    private static String defaultValue(Gen g, PyType t) {
        return switch (t) {
            case INT -> Literals.integer(g);
            case FLOAT -> Literals.floating(g);
            case BOOL -> g.oneOf("True", "False");
            case STR -> Literals.string(g);
            case TUPLE_INT -> g.oneOf("()", "(1, 2)", "(-5,)");
            default -> throw new IllegalArgumentException("no immutable default for " + t);
        };
    }

    /** The annotation of a type (every form is a hint Waspy accepts, never a check). */
    static String annotation(PyType t) {
        return switch (t) {
            case INT, FLOAT, BOOL, STR -> t.className;
            case LIST_INT -> "list[int]";
            case LIST_STR -> "list[str]";
            case TUPLE_INT -> "tuple[int, ...]";
            case DICT_STR_INT -> "dict[str, int]";
            case SET_INT -> "set[int]";
            case LIST_LIST_INT -> "list[list[int]]";
            case ANY -> "object";
        };
    }
}
