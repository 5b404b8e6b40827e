package dev.waspy.middle.specialize;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.rt.RuntimeFunctions;
import dev.waspy.middle.types.PyType;
import java.util.List;
import java.util.Map;

/**
 * The rows for generic operations on a value inference proved a dict or a set: the runtime
 * function the generic one dispatches to for that type (see {@code objitem.c} and
 * {@code rt_obj_contains}), called directly on the container, so the run-time type switch goes.
 * Keys and items of any type are passed as objects, as the generic call passes them: hashing
 * and the {@code KeyError} are the same function's in both forms.
 * <pre>
 * rt_obj_getitem(dict, k)       -> rt_dict_get(dict, k)
 * rt_obj_setitem(dict, k, v)    -> rt_dict_set(dict, k, v)
 * rt_obj_delitem(dict, k)       -> rt_dict_del(dict, k)
 * obj.contains(x, dict)         -> rt_dict_contains(dict, x)
 * obj.contains(x, set)          -> rt_set_contains(set, x)
 * </pre>
 * ({@code len()} and truth of a dict or set are {@link dev.waspy.middle.types.TypedOps} rows.)
 */
final class DictSetOps {
    private DictSetOps() {}

    /** Runtime calls: generic function -> the dict's function; the container is the first operand. */
    private static final Map<String, String> DICT_CALLS = Map.of(
            "rt_obj_getitem", "rt_dict_get", "rt_obj_setitem", "rt_dict_set", "rt_obj_delitem", "rt_dict_del");

    /** Emits the direct call for {@code c} into {@code nb} and returns true, or returns false when no row applies. */
    static boolean rewrite(Specialization s, Block nb, Inst.RtCall c) {
        List<Temp> a = c.args();
        String direct = DICT_CALLS.get(c.function().name());
        if (direct == null || s.typeOf(a.get(0)) != PyType.DICT) return false;
        var args = new java.util.ArrayList<Temp>();
        args.add(s.as(a.get(0), IrType.DICT));
        for (Temp t : a.subList(1, a.size())) args.add(s.as(t, IrType.OBJ));
        nb.add(new Inst.RtCall(s.produced(c.dst()), RuntimeFunctions.get(direct), args));
        return true;
    }

    /** {@code x in container} on a proven dict or set; returns false when the container is neither. */
    static boolean rewrite(Specialization s, Block nb, Inst.PrimOp p) {
        if (p.prim() != Prim.OBJ_CONTAINS) return false;
        PyType container = s.typeOf(p.args().get(1));
        String direct = container == PyType.DICT ? "rt_dict_contains" : container == PyType.SET ? "rt_set_contains" : null;
        if (direct == null) return false;
        Temp c = s.as(p.args().get(1), container.repr());
        nb.add(new Inst.RtCall(s.produced(p.dst()), RuntimeFunctions.get(direct), List.of(c, s.as(p.args().get(0), IrType.OBJ))));
        return true;
    }
}
