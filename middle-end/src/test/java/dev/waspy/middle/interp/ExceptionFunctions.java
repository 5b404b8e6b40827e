package dev.waspy.middle.interp;

import dev.waspy.middle.interp.PyValues.PyExc;
import dev.waspy.middle.interp.PyValues.Tuple;
import dev.waspy.middle.rt.ExcClass;
import java.math.BigInteger;

/** The runtime's exceptions as Python values (exc.c): making, raising, matching, their args. */
final class ExceptionFunctions {
    private ExceptionFunctions() {}

    static void register(RuntimeTable.Rows rows) {
        rows.add("rt_exc_make", a -> new PyExc(byId(a.get(0)).name(), (Tuple) a.get(1)));
        rows.effect("rt_exc_throw", a -> { throw PyValues.thrown(a.get(0)); });
        rows.effect("rt_exc_set_cause", a -> {
            if (!(a.get(0) instanceof PyExc e)) throw PyValues.thrown(a.get(0));
            if (!(a.get(1) instanceof PyExc) && a.get(1) != PyValues.NONE) {
                throw PyValues.exc("TypeError", "exception causes must derive from BaseException");
            }
            e.cause = a.get(1);
        });
        rows.add("rt_exc_is", a -> a.get(0) instanceof PyExc e && ExcClass.valueOf(e.cls).isSubclassOf(byId(a.get(1))));
        rows.add("rt_obj_getattr", a -> {
            if (a.get(0) instanceof PyExc e && a.get(1).equals("args")) return e.args();
            throw PyValues.exc("AttributeError", "'" + PyValues.typeName(a.get(0)) + "' object has no attribute '" + a.get(1) + "'");
        });
    }

    private static ExcClass byId(Object id) {
        return ExcClass.values()[((BigInteger) id).intValue() - 1];
    }
}
