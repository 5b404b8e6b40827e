package dev.waspy.middle.specialize;

import dev.waspy.frontend.types.RuntimeTypeIds;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.types.PyType;
import java.util.Map;

/**
 * Runtime type tests whose answer inference already knows: {@code rt_obj_isinstance(x, mask)} of
 * a value of a known kind, with a constant mask, is that kind's bit of the mask (the runtime's own
 * test: bit {@code t} for type id {@code t}). The generic builder tests every {@code range()}
 * argument and every receiver of a method several types share this way; once a test is a
 * constant, const-fold takes the branch and dead-blocks drops the error path.
 */
final class KnownTypes {
    private KnownTypes() {}

    /** The runtime's type id of a value of each kind; a kind not listed may be of several types. */
    private static final Map<PyType.Kind, Integer> IDS = Map.of(
            PyType.Kind.NONE, RuntimeTypeIds.NONE, PyType.Kind.BOOL, RuntimeTypeIds.BOOL,
            PyType.Kind.INT, RuntimeTypeIds.INT, PyType.Kind.FLOAT, RuntimeTypeIds.FLOAT,
            PyType.Kind.STR, RuntimeTypeIds.STR, PyType.Kind.LIST, RuntimeTypeIds.LIST,
            PyType.Kind.RANGE, RuntimeTypeIds.RANGE);

    /** Emits the constant answer of {@code c} into {@code nb} and returns true, or returns false when it is not known. */
    static boolean rewrite(Specialization s, Block nb, Inst.RtCall c) {
        if (!c.function().name().equals("rt_obj_isinstance")) return false;
        Integer id = IDS.get(s.typeOf(c.args().get(0)).kind());
        Constant mask = s.constantOf(c.args().get(1));
        if (id == null || !(mask instanceof Constant.IntC m) || m.value().bitLength() > 62) return false;
        boolean yes = m.value().testBit(id);
        nb.add(new Inst.Const(s.produced(c.dst()), new Constant.BoolC(yes)));
        return true;
    }
}
