package dev.waspy.difftest.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The state of one program being generated: the random source, the scope, the code written so far,
 * the functions defined, and the budgets that keep every program small and quick. Productions read
 * and update it; {@link #expr} is the one entry point for expressions.
 *
 * <p>Termination and size: loops run a bounded number of times, and {@link #multiplier} (how many
 * times the current statement may run) times a call's cost must stay under {@link #BUDGET}. Inside
 * loops and functions ({@link #growthLimited}) no production combines two growing values (no
 * {@code x * y}, {@code s + t}, {@code xs + ys}), so values grow at most geometrically in the trip
 * count with a small base.
 */
final class Gen {
    static final long BUDGET = 400;
    static final int MAX_DEPTH = 3;

    final SplittableRandom random;
    final Code out = new Code();
    final List<Fn> functions = new ArrayList<>();
    final Scope moduleScope = new Scope(null);
    Scope scope = moduleScope;
    long multiplier = 1;
    /** Statements run so far, in cost units; a function's cost is what its body added. */
    long work;
    int loopDepth;
    int blockDepth;
    /** How many try bodies enclose the statement being generated (a raise goes there). */
    int tryDepth;
    int depth;
    boolean inFString;
    /** How many productions that may raise this program may still use ({@link Rule#risky}). */
    int risks;
    Fn current;
    private int nextName;

    Gen(long seed) {
        this.random = new SplittableRandom(seed);
        this.risks = random.nextInt(3) == 0 ? 1 : 0;
    }

    /** An expression of the given type, from the productions that apply here. */
    String expr(PyType type) {
        List<Rule<String>> rules = new ArrayList<>();
        for (Rule<String> r : Grammar.expressions(type)) {
            if ((depth < MAX_DEPTH || r.leaf()) && r.when().test(this)) {
                rules.add(r);
            }
        }
        depth++;
        try {
            return pick(rules).make().apply(this);
        } finally {
            depth--;
        }
    }

    /** Runs a statement production chosen among those that apply here. */
    void statement(List<Rule<Runnable>> table) {
        List<Rule<Runnable>> rules = table.stream().filter(r -> r.when().test(this)).toList();
        work += multiplier;
        pick(rules).make().apply(this).run();
    }

    <T> Rule<T> pick(List<Rule<T>> rules) {
        int total = rules.stream().mapToInt(Rule::weight).sum();
        int n = random.nextInt(total);
        for (Rule<T> r : rules) {
            n -= r.weight();
            if (n < 0) {
                return r;
            }
        }
        throw new IllegalStateException("no rule");
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** Takes the program's one allowance for a statement that may raise, if it is still there. */
    boolean takeRisk() {
        if (risks > 0 && chance(50)) {
            risks--;
            return true;
        }
        return false;
    }

    String fresh(String prefix) {
        return prefix + nextName++;
    }

    boolean has(PyType type) {
        return !scope.readable(type).isEmpty();
    }

    String var(PyType type) {
        return oneOf(scope.readable(type)).name();
    }

    boolean growthLimited() {
        return multiplier > 1 || scope.isFunction();
    }

    /** Room for a loop of {@code trips} iterations here. */
    boolean affords(long cost) {
        return multiplier * cost <= BUDGET;
    }

    /** Generates {@code body} as if it ran {@code trips} times (a loop body, a comprehension's element). */
    <T> T repeated(int trips, java.util.function.Supplier<T> body) {
        long saved = multiplier;
        multiplier = multiplier * Math.max(trips, 1);
        try {
            return body.get();
        } finally {
            multiplier = saved;
        }
    }

    /** A sub-expression written inside an f-string's braces: no backslashes, quotes or nested f-strings. */
    String inFString(PyType type) {
        boolean saved = inFString;
        inFString = true;
        try {
            return expr(type);
        } finally {
            inFString = saved;
        }
    }
}
