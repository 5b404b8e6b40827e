package dev.waspy.difftest.gen;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One production of the grammar: a weighted way to build an expression of some type (or a
 * statement). {@code leaf} productions need no sub-expression, so they end the recursion when the
 * depth budget is spent; {@code when} says whether the production applies in the current context
 * (a variable of the right type exists, the code is not inside a loop...).
 */
record Rule<T>(String name, int weight, boolean leaf, Predicate<Gen> when, Function<Gen, T> make) {

    static <T> Rule<T> of(String name, int weight, Function<Gen, T> make) {
        return new Rule<>(name, weight, false, g -> true, make);
    }

    /** A statement production: it writes its lines when run. */
    static Rule<Runnable> statement(String name, int weight, Consumer<Gen> write) {
        return new Rule<>(name, weight, false, g -> true, g -> () -> write.accept(g));
    }

    static <T> Rule<T> leaf(String name, int weight, Function<Gen, T> make) {
        return new Rule<>(name, weight, true, g -> true, make);
    }

    /**
     * A production that may raise at run time (an unguarded index, division, conversion): a program
     * gets at most one, so most programs run to their end.
     */
    Rule<T> risky() {
        return new Rule<>(name, weight, leaf, when.and(g -> g.risks > 0), g -> {
            g.risks--;
            return make.apply(g);
        });
    }

    Rule<T> when(Predicate<Gen> condition) {
        return new Rule<>(name, weight, leaf, when.and(condition), make);
    }
}
