package dev.waspy.difftest.gen;

import java.util.ArrayList;
import java.util.List;

/** Calls to the program's own functions, with positional, keyword and omitted default arguments. */
final class Calls {
    private Calls() {}

    static boolean canCall(Gen g, PyType returns) {
        return !callable(g, returns).isEmpty();
    }

    private static List<Fn> callable(Gen g, PyType returns) {
        return g.functions.stream().filter(f -> f.returns() == returns && g.affords(f.cost())
                && (g.current == null || f != g.current)).toList();
    }

    static String call(Gen g, PyType returns) {
        return call(g, g.oneOf(callable(g, returns)));
    }

    static String call(Gen g, Fn f) {
        g.work += g.multiplier * f.cost();
        List<String> args = new ArrayList<>();
        boolean keywords = false;
        for (Fn.Param p : f.params()) {
            if (p.defaultValue() != null && g.chance(40)) {
                keywords = true;  // once one is omitted, the rest must be passed by keyword
                continue;
            }
            keywords |= g.chance(20);
            String value = p.counter() ? Integer.toString(g.between(0, Functions.MAX_RECURSION)) : g.expr(p.type());
            args.add((keywords ? p.name() + "=" : "") + value);
        }
        return f.name() + "(" + String.join(", ", args) + ")";
    }
}
