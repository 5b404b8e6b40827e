package dev.waspy.backend.gc;

import dev.waspy.middle.ir.IrType;

/** Which IR types hold heap references, the values the collector must see as roots. */
public final class GcRoots {
    private GcRoots() {}

    /**
     * An {@code int} (tagged: odd is a bigint pointer) or an {@code object} (boxed), stored in a root
     * slot as they are; and every type held as an i32 except {@code bool}: those are pointers (str,
     * tuple, and any container type added later), stored boxed as {@code ptr | 1}. Deciding by
     * representation keeps a new pointer type covered without touching this class.
     */
    /** Whether an instruction calls compiled code (directly or through the table): a safepoint. */
    public static boolean isCall(dev.waspy.middle.ir.Inst i) {
        return i instanceof dev.waspy.middle.ir.Inst.Call || i instanceof dev.waspy.middle.ir.Inst.CallIndirect;
    }

    public static boolean isReference(IrType t) {
        if (t instanceof IrType.Bool) {
            return false;
        }
        if (t instanceof IrType.Int || t instanceof IrType.Obj) {
            return true;
        }
        return t.repr() == IrType.Repr.I32;
    }

    /** Whether a reference of this type is an i32 pointer that a root slot holds boxed. */
    public static boolean isPointer(IrType t) {
        return isReference(t) && t.repr() == IrType.Repr.I32;
    }
}
