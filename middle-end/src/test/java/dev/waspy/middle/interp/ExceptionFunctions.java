package dev.waspy.middle.interp;

import dev.waspy.middle.interp.PyValues.PyExc;

/**
 * The runtime's exceptions as Python values (exc.c): raising, causes, their args. Making and
 * matching depend on the classes a run defines: the interpreter models those itself.
 */
final class ExceptionFunctions {
    private ExceptionFunctions() {}

    static void register(RuntimeTable.Rows rows) {
        // exit() and quit() close stdin before their SystemExit; the model reads no stdin at all.
        rows.effect("rt_stdin_close", a -> { });
        rows.effect("rt_exc_throw", a -> { throw PyValues.thrown(a.get(0)); });
        rows.effect("rt_exc_set_cause", a -> {
            if (!(a.get(0) instanceof PyExc e)) throw PyValues.thrown(a.get(0));
            if (!(a.get(1) instanceof PyExc) && a.get(1) != PyValues.NONE) {
                throw PyValues.exc("TypeError", "exception causes must derive from BaseException");
            }
            e.cause = a.get(1);
        });
        rows.add("rt_obj_getattr", a -> {
            if (a.get(0) instanceof PyExc e && a.get(1).equals("args")) return e.args();
            Object number = numberAttribute(a.get(0), (String) a.get(1));
            if (number != null) return number;
            throw PyValues.exc("AttributeError", "'" + PyValues.typeName(a.get(0)) + "' object has no attribute '" + a.get(1) + "'");
        });
    }

    /** x.real, x.imag, x.numerator, x.denominator of an int or a bool (ints) or a float (no fraction parts); else null. */
    private static Object numberAttribute(Object x, String name) {
        if (x instanceof Double d) {
            return switch (name) {
                case "real" -> d;
                case "imag" -> 0.0;
                default -> null;
            };
        }
        if (!PyValues.isInt(x)) return null;
        return switch (name) {
            case "real", "numerator" -> PyValues.toInt(x);
            case "imag" -> java.math.BigInteger.ZERO;
            case "denominator" -> java.math.BigInteger.ONE;
            default -> null;
        };
    }
}
