package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Keyword;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The standard modules the runtime implements, as data: one row per function (its Python
 * signature, the runtime function that does the work, the type of its result) and per constant.
 * {@code import math} and {@code from math import sqrt} bind names in the frontend
 * ({@code StdImports}); here {@code math.sqrt(x)} and {@code sqrt(x)} become one runtime call,
 * {@code math.pi} and {@code pi} a float constant.
 *
 * <p>A call is matched to the signature at compile time: positional arguments, then keywords by
 * name (only where the signature allows: after {@code /}), then each missing parameter's default,
 * a constant. The runtime function gets one {@code obj} per parameter in order, a {@code *args}
 * parameter as a tuple of the rest; it checks the types and raises what CPython raises.
 * Adding a function: one row here, its runtime function (a row of {@code runtime-functions.txt},
 * the C code in {@code backend/runtime/src}), a model in the IR interpreter, tests.
 */
final class StdModules {
    /** One parameter: a name, a default (null when required), whether it collects the remaining positional arguments. */
    record Param(String name, Constant dflt, boolean rest, boolean keywordOk, boolean keywordOnly) {}

    /** A function of a module: its parameters in order, the runtime function, its result's type. */
    record Fn(String name, List<Param> params, String runtime, IrType result) {
        int required() { return (int) params.stream().filter(p -> p.dflt() == null && !p.rest() && !p.keywordOnly()).count(); }
        int positional() {
            return params.stream().anyMatch(Param::rest) ? Integer.MAX_VALUE : (int) params.stream().filter(p -> !p.keywordOnly()).count();
        }
    }

    private static final Map<String, Fn> FUNCTIONS = new LinkedHashMap<>();
    private static final Map<String, Double> CONSTANTS = new LinkedHashMap<>();

    private static final IrType F = IrType.FLOAT, I = IrType.INT, B = IrType.BOOL, O = IrType.OBJ, N = IrType.NONE;

    static {
        constant("math.pi", Math.PI);
        constant("math.e", Math.E);
        constant("math.tau", 2 * Math.PI);
        constant("math.inf", Double.POSITIVE_INFINITY);
        constant("math.nan", Double.NaN);
        // math: every function positional-only, as in CPython (isclose's tolerances keyword-only)
        fn("math", "sqrt(x, /)", F);
        fn("math", "exp(x, /)", F);
        fn("math", "exp2(x, /)", F);
        fn("math", "expm1(x, /)", F);
        fn("math", "log(x, base=None, /)", F);
        fn("math", "log2(x, /)", F);
        fn("math", "log10(x, /)", F);
        fn("math", "log1p(x, /)", F);
        fn("math", "pow(x, y, /)", F);
        for (String f : List.of("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh")) fn("math", f + "(x, /)", F);
        fn("math", "atan2(y, x, /)", F);
        fn("math", "floor(x, /)", I);
        fn("math", "ceil(x, /)", I);
        fn("math", "trunc(x, /)", I);
        fn("math", "fabs(x, /)", F);
        fn("math", "copysign(x, y, /)", F);
        fn("math", "fmod(x, y, /)", F);
        fn("math", "modf(x, /)", O);
        fn("math", "frexp(x, /)", O);
        fn("math", "ldexp(x, i, /)", F);
        fn("math", "isfinite(x, /)", B);
        fn("math", "isinf(x, /)", B);
        fn("math", "isnan(x, /)", B);
        fn("math", "isclose(a, b, /, *, rel_tol=1e-09, abs_tol=0.0)", B);
        fn("math", "degrees(x, /)", F);
        fn("math", "radians(x, /)", F);
        fn("math", "hypot(*coordinates)", F);
        fn("math", "dist(p, q, /)", F);
        fn("math", "fsum(seq, /)", F);
        fn("math", "prod(iterable, /, *, start=1)", O);
        fn("math", "gcd(*integers)", I);
        fn("math", "lcm(*integers)", I);
        fn("math", "factorial(n, /)", I);
        fn("math", "comb(n, k, /)", I);
        fn("math", "perm(n, k=None, /)", I);
        fn("math", "isqrt(n, /)", I);
        fn("math", "nextafter(x, y, /)", F);
        fn("math", "ulp(x, /)", F);
        fn("math", "remainder(x, y, /)", F);
        // random: the functions of the module's hidden Random instance
        fn("random", "seed(a=None)", N);
        fn("random", "random()", F);
        fn("random", "getrandbits(k)", I);
        fn("random", "randrange(start, stop=None, step=1)", I);
        fn("random", "randint(a, b)", I);
        fn("random", "choice(seq)", O);
        fn("random", "shuffle(x)", N);
        fn("random", "sample(population, k)", IrType.LIST);
        fn("random", "choices(population, weights=None, *, cum_weights=None, k=1)", IrType.LIST);
        fn("random", "uniform(a, b)", F);
        fn("random", "normalvariate(mu=0.0, sigma=1.0)", F);
        fn("random", "gauss(mu=0.0, sigma=1.0)", F);
        fn("random", "lognormvariate(mu, sigma)", F);
        fn("random", "expovariate(lambd)", O);
        fn("random", "triangular(low=0.0, high=1.0, mode=None)", O);
        fn("random", "paretovariate(alpha)", O);
        fn("random", "weibullvariate(alpha, beta)", O);
    }

    private StdModules() {}

    private static void constant(String qualified, double value) { CONSTANTS.put(qualified, value); }

    /** A row from its Python signature: {@code name(a, b=1, /, *, c=0.0)} or {@code name(*args)}. */
    private static void fn(String module, String signature, IrType result) {
        int open = signature.indexOf('(');
        String name = signature.substring(0, open);
        String inside = signature.substring(open + 1, signature.length() - 1);
        var params = new ArrayList<Param>();
        boolean keywordOk = !inside.contains("/");
        boolean keywordOnly = false;
        for (String p : inside.isEmpty() ? new String[0] : inside.split(", ")) {
            switch (p) {
                case "/" -> keywordOk = true;
                case "*" -> keywordOnly = true;
                default -> {
                    boolean rest = p.startsWith("*");
                    int eq = p.indexOf('=');
                    String pname = rest ? p.substring(1) : eq < 0 ? p : p.substring(0, eq);
                    params.add(new Param(pname, eq < 0 ? null : literal(p.substring(eq + 1)), rest, keywordOk && !rest, keywordOnly));
                }
            }
        }
        FUNCTIONS.put(module + "." + name, new Fn(name, List.copyOf(params), "rt_" + module + "_" + name, result));
    }

    private static Constant literal(String s) {
        if (s.equals("None")) return new Constant.NoneC();
        if (s.contains(".") || s.contains("e")) return new Constant.FloatC(Double.parseDouble(s));
        return Constant.of(Long.parseLong(s));
    }

    /** Every function row (for the tests that hold the table to the runtime's). */
    static Map<String, Fn> functions() { return FUNCTIONS; }

    static Map<String, Double> constants() { return CONSTANTS; }

    /**
     * What {@code e} names when it is a member of an imported runtime module ({@code math.sqrt},
     * or {@code sqrt} after {@code from math import sqrt}): {@code "math.sqrt"}; else null.
     */
    static String member(Expr e, Function<String, Symbol> resolve, Scopes scopes) {
        if (e instanceof Expr.Name n && resolve.apply(n.id()) == Symbol.MODULE_MEMBER) return scopes.stdImport(n.id());
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && resolve.apply(n.id()) == Symbol.MODULE) {
            return scopes.stdImport(n.id()) + "." + a.attr();
        }
        return null;
    }

    /** Why the value {@code qualified} cannot be built (a function as a value, a member not in the table), or null. */
    static String valueProblem(String qualified) {
        if (CONSTANTS.containsKey(qualified)) return null;
        if (FUNCTIONS.containsKey(qualified)) return "the function " + qualified + " as a value";
        return "'" + qualified + "' (not in Waspy's table of the module)";
    }

    /** Why the call {@code c} of {@code qualified} cannot be built, or null. */
    static String callProblem(String qualified, Expr.Call c) {
        Fn fn = FUNCTIONS.get(qualified);
        if (fn == null) return CONSTANTS.containsKey(qualified) ? "calling the constant " + qualified : "'" + qualified + "' (not in Waspy's table of the module)";
        int n = c.args().size();
        if (n > fn.positional()) return qualified + "() with " + n + " positional arguments";
        var filled = new boolean[fn.params().size()];
        for (int i = 0; i < Math.min(n, filled.length); i++) filled[i] = true;
        for (Keyword k : c.keywords()) {
            int i = index(fn, k.arg());
            if (i < 0 || filled[i] || !fn.params().get(i).keywordOk()) return "the keyword argument " + k.arg() + "= of " + qualified + "()";
            filled[i] = true;
        }
        for (int i = 0; i < filled.length; i++) {
            Param p = fn.params().get(i);
            if (!filled[i] && p.dflt() == null && !p.rest()) return qualified + "() without its argument " + p.name();
        }
        return null;
    }

    private static int index(Fn fn, String name) {
        for (int i = 0; i < fn.params().size(); i++) if (fn.params().get(i).name().equals(name) && !fn.params().get(i).rest()) return i;
        return -1;
    }

    /** {@code math.pi}: the constant, as an object. */
    static Temp value(Emitter em, String qualified) {
        return em.box(em.constant(new Constant.FloatC(CONSTANTS.get(qualified))));
    }

    /** A call {@link #callProblem} accepted: arguments in source order, placed by parameter, defaults filled. */
    static Temp call(GenericFunction f, String qualified, Expr.Call c) {
        Emitter em = f.em;
        Fn fn = FUNCTIONS.get(qualified);
        List<Temp> positional = f.ex.values(c.args());
        Temp[] args = new Temp[fn.params().size()];
        int restAt = -1;
        for (int i = 0; i < args.length; i++) if (fn.params().get(i).rest()) restAt = i;
        if (restAt >= 0) {
            for (int i = 0; i < restAt; i++) args[i] = positional.get(i);
            args[restAt] = em.tuple(positional.subList(restAt, positional.size()));
        } else {
            for (int i = 0; i < positional.size(); i++) args[i] = positional.get(i);
        }
        for (Keyword k : c.keywords()) args[index(fn, k.arg())] = f.ex.value(k.value());
        for (int i = 0; i < args.length; i++) if (args[i] == null) args[i] = em.box(em.constant(fn.params().get(i).dflt()));
        Temp r = em.rt(fn.runtime(), fn.result(), args);
        return fn.result() == IrType.NONE ? em.none() : em.box(r);
    }
}
