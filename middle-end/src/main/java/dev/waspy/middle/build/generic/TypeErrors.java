package dev.waspy.middle.build.generic;

import dev.waspy.frontend.types.RuntimeTypeIds;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Terminator;
import java.util.Map;
import java.util.TreeMap;

/**
 * TypeErrors whose CPython message names the type of a value known only at run time
 * ("cannot unpack non-iterable int object"): the runtime has no "type name" function, so the
 * builder tests for each built-in type with a fixed name, in a path taken only on the error.
 */
final class TypeErrors {
    private TypeErrors() {}

    /** The built-in types with one name whatever the value, by runtime type id. */
    static final Map<Integer, String> NAMES = new TreeMap<>(Map.of(
            RuntimeTypeIds.NONE, "NoneType", RuntimeTypeIds.BOOL, "bool", RuntimeTypeIds.INT, "int",
            RuntimeTypeIds.FLOAT, "float", RuntimeTypeIds.STR, "str", RuntimeTypeIds.TUPLE, "tuple",
            RuntimeTypeIds.LIST, "list", RuntimeTypeIds.DICT, "dict", RuntimeTypeIds.SET, "set",
            RuntimeTypeIds.RANGE, "range"));

    /**
     * Raises TypeError {@code before + name + after} for the value's type among {@code types}
     * (ids of {@link #NAMES}); the caller has established that the value has one of them. Ends
     * the current block.
     */
    static void raise(Emitter em, Temp v, Iterable<Integer> types, String before, String after) {
        for (int t : types) {
            Block is = em.block();
            Block next = em.block();
            em.branch(em.rt("rt_obj_isinstance", IrType.BOOL, v, em.smallInt(RuntimeTypeIds.bits(t))), is, next);
            em.at(is);
            em.raise("TypeError", before + NAMES.get(t) + after);
            em.at(next);
        }
        em.terminate(new Terminator.Unreachable());
    }

    /** The type-id bits of a set of type ids. */
    static long bits(Iterable<Integer> types) {
        long b = 0;
        for (int t : types) b |= RuntimeTypeIds.bits(t);
        return b;
    }
}
