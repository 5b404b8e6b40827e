package dev.waspy.middle.interp;

import dev.waspy.middle.rt.RuntimeFunctions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The runtime functions the interpreter models, by name: each a Java function of the boxed
 * arguments, registered by the class of its concern. A name must be a row of the runtime table
 * (a misspelt one fails here), and a runtime call to a name not registered is
 * {@link Interpreter.Unmodelled}.
 */
final class RuntimeTable {
    private RuntimeTable() {}

    /** A runtime function: its arguments, as IR values, to its result (NONE for void). */
    interface Fn extends Function<List<Object>, Object> {}

    /** Where a concern adds its rows. */
    static final class Rows {
        private final Map<String, Fn> map = new HashMap<>();

        void add(String name, Fn fn) {
            RuntimeFunctions.get(name); // fails for a name the runtime table lacks
            if (map.put(name, fn) != null) throw new IllegalStateException("two models of " + name);
        }

        /** A function whose result is None (void in C). */
        void effect(String name, java.util.function.Consumer<List<Object>> fn) {
            add(name, a -> { fn.accept(a); return PyValues.NONE; });
        }
    }

    private static final Map<String, Fn> TABLE = build();

    private static Map<String, Fn> build() {
        var rows = new Rows();
        ObjFunctions.register(rows);
        SequenceFunctions.register(rows);
        DictSetFunctions.register(rows);
        StrFunctions.register(rows);
        StrCase.register(rows);
        MethodCalls.register(rows);
        ExceptionFunctions.register(rows);
        MathFunctions.register(rows);
        RandomFunctions.register(rows);
        return Map.copyOf(rows.map);
    }

    static Object call(String name, List<Object> args) {
        Fn fn = TABLE.get(name);
        if (fn == null) throw new Interpreter.Unmodelled("runtime call " + name);
        return fn.apply(args);
    }
}
