package dev.waspy.middle.specialize;

import dev.waspy.middle.rt.RuntimeTypeIds;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.types.PyType;
import java.util.Map;

/**
 * Runtime type tests whose answer inference already knows: {@code rt_obj_isinstance(x, mask)} of
 * a value of a known kind, with a constant mask, is that kind's bit of the mask (the runtime's own
 * test: bit {@code t} for type id {@code t}). The generic builder tests every {@code range()}
 * argument and every receiver of a method several types share this way; once a test is a
 * constant, const-fold takes the branch and dead-blocks drops the error path. In the same way
 * {@code rt_obj_expect(x, id, name)} and {@code rt_obj_expect_any(x, mask, name)}, the receiver
 * checks of a method call, are {@code x} itself when {@code x} is known to be of a type they accept.
 */
final class KnownTypes {
    private KnownTypes() {}

    /** The runtime's type id of a value of each kind; a kind not listed may be of several types. */
    private static final Map<PyType.Kind, Integer> IDS = Map.of(
            PyType.Kind.NONE, RuntimeTypeIds.NONE, PyType.Kind.BOOL, RuntimeTypeIds.BOOL,
            PyType.Kind.INT, RuntimeTypeIds.INT, PyType.Kind.FLOAT, RuntimeTypeIds.FLOAT,
            PyType.Kind.STR, RuntimeTypeIds.STR, PyType.Kind.LIST, RuntimeTypeIds.LIST,
            PyType.Kind.RANGE, RuntimeTypeIds.RANGE, PyType.Kind.DICT, RuntimeTypeIds.DICT, PyType.Kind.SET, RuntimeTypeIds.SET);

    /**
     * Whether {@code c} is a receiver check that a value of its operand's known kind passes:
     * {@code rt_obj_expect} of that type's id, or {@code rt_obj_expect_any} of a mask with its bit.
     */
    static boolean passes(Specialization s, Inst.RtCall c) {
        String name = c.function().name();
        if (!name.equals("rt_obj_expect") && !name.equals("rt_obj_expect_any")) return false;
        Integer id = IDS.get(s.typeOf(c.args().get(0)).kind());
        if (id == null || !(s.constantOf(c.args().get(1)) instanceof Constant.IntC m) || m.value().bitLength() > 62) return false;
        return name.equals("rt_obj_expect") ? m.value().intValue() == id : m.value().testBit(id);
    }

    /** The kinds whose values compare equal only to values of the same family (PyType kinds of the numbers compare across). */
    private static final Map<PyType.Kind, String> FAMILY = Map.of(
            PyType.Kind.INT, "number", PyType.Kind.FLOAT, "number", PyType.Kind.BOOL, "number",
            PyType.Kind.STR, "str", PyType.Kind.NONE, "None", PyType.Kind.LIST, "list",
            PyType.Kind.DICT, "dict", PyType.Kind.SET, "set", PyType.Kind.RANGE, "range");

    /**
     * The answer of a primitive test inference already knows, or null: {@code x is None} of a
     * value of known kind, and {@code ==}/{@code !=} between built-in values of different families
     * (an int and a str, a list and None: CPython's comparison falls back to identity, which
     * differs). Numbers compare across int, float and bool, so they are one family.
     */
    static Boolean answer(Specialization s, Inst.PrimOp p) {
        PyType.Kind a = s.typeOf(p.args().get(0)).kind();
        if (p.prim() == Prim.OBJ_IS_NONE) return a == PyType.Kind.NONE ? Boolean.TRUE : FAMILY.containsKey(a) ? Boolean.FALSE : null;
        if (p.prim() != Prim.OBJ_EQ && p.prim() != Prim.OBJ_NE) return null;
        String fa = FAMILY.get(a);
        String fb = FAMILY.get(s.typeOf(p.args().get(1)).kind());
        if (fa == null || fb == null || fa.equals(fb)) return null;
        return p.prim() == Prim.OBJ_NE;
    }

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
