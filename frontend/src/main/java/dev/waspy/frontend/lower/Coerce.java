package dev.waspy.frontend.lower;

import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.types.Type;
import java.util.ArrayList;

/**
 * The only place conversions are made: boxing to object, unboxing from it, and the numeric
 * conversions that keep a value (bool to int or float, int to float).
 */
final class Coerce {
    private Coerce() {}

    /** Whether {@code to(e, t)} exists for a value of type {@code from}. */
    static boolean possible(Type from, Type to) {
        if (from.equals(to) || from instanceof Type.Bottom || to instanceof Type.Obj || from instanceof Type.Obj) return true;
        if (sameContainerKind(from, to)) return true;
        if (to instanceof Type.Int) return from instanceof Type.Bool;
        if (to instanceof Type.Float) return from.isIntLike();
        if (from instanceof Type.Tuple a && to instanceof Type.Tuple b && a.items().size() == b.items().size()) {
            for (int i = 0; i < a.items().size(); i++) if (!possible(a.items().get(i), b.items().get(i))) return false;
            return true;
        }
        return false;
    }

    private static boolean sameContainerKind(Type a, Type b) {
        return (a instanceof Type.ListT && b instanceof Type.ListT) || (a instanceof Type.DictT && b instanceof Type.DictT)
                || (a instanceof Type.SetT && b instanceof Type.SetT);
    }

    /** {@code e} as a value of type {@code to}; {@code fresh} supplies a temporary for tuple conversions. */
    static HExpr to(HExpr e, Type to, java.util.function.Function<Type, dev.waspy.frontend.hir.HVar> fresh) {
        Type from = e.type();
        if (from.equals(to) || from instanceof Type.Bottom || to instanceof Type.Bottom) return e;
        if (to instanceof Type.Obj) return new HExpr.Box(e);
        // One representation for every list (dict, set): only the static sites differ.
        if (sameContainerKind(from, to)) return e;
        if (from instanceof Type.Obj) return new HExpr.Unbox(e, to);
        if ((to instanceof Type.Int && from instanceof Type.Bool) || (to instanceof Type.Float && from.isIntLike())) {
            return new HExpr.Convert(e, to);
        }
        if (from instanceof Type.Tuple a && to instanceof Type.Tuple b && a.items().size() == b.items().size()) {
            var tmp = fresh.apply(from);
            var items = new ArrayList<HExpr>();
            for (int i = 0; i < a.items().size(); i++) {
                items.add(to(new HExpr.TupleGet(new HExpr.Load(tmp), i, a.items().get(i)), b.items().get(i), fresh));
            }
            return new HExpr.Let(tmp, e, new HExpr.MakeTuple(items, to));
        }
        throw new IllegalStateException("no conversion from " + from.show() + " to " + to.show());
    }
}
