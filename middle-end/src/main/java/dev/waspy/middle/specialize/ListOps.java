package dev.waspy.middle.specialize;

import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.rt.RuntimeFunctions;
import dev.waspy.middle.types.PyType;
import java.util.List;

/**
 * The rows for generic runtime calls on a value inference proved a list: the same runtime
 * function the generic one dispatches to for a list, called directly on the list pointer, so the
 * run-time type test goes and the item may stay unboxed (the generic call's value is then
 * unboxed to the element type right after, by {@link Specialization}).
 * <pre>
 * rt_obj_getitem(list, int)      -> rt_list_get(list, int)        (IndexError "list index out of range" in both)
 * rt_obj_setitem(list, int, v)   -> rt_list_set(list, int, v)     ("list assignment index out of range")
 * rt_obj_len(list)               -> list.len
 * </pre>
 */
final class ListOps {
    private ListOps() {}

    /** Emits the typed form of {@code c} into {@code nb} and returns true, or returns false when no row applies. */
    static boolean rewrite(Specialization s, Block nb, Inst.RtCall c) {
        List<Temp> a = c.args();
        if (a.isEmpty() || !s.typeOf(a.get(0)).isList()) return false;
        Temp list = s.as(a.get(0), IrType.LIST);
        switch (c.function().name()) {
            case "rt_obj_getitem" -> {
                if (s.typeOf(a.get(1)) != PyType.INT) return false;
                nb.add(new Inst.RtCall(s.produced(c.dst()), RuntimeFunctions.get("rt_list_get"), List.of(list, s.as(a.get(1), IrType.INT))));
            }
            case "rt_obj_setitem" -> {
                if (s.typeOf(a.get(1)) != PyType.INT) return false;
                nb.add(new Inst.RtCall(s.produced(c.dst()), RuntimeFunctions.get("rt_list_set"),
                        List.of(list, s.as(a.get(1), IrType.INT), s.as(a.get(2), IrType.OBJ))));
            }
            case "rt_obj_len" -> nb.add(new Inst.PrimOp(s.produced(c.dst()), Prim.LIST_LEN, List.of(list)));
            default -> { return false; }
        }
        return true;
    }
}
