package dev.waspy.backend.locals;

import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import dev.waspy.wasm.model.ValType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Wasm locals of one function: parameters first (one per IR parameter that has a value), then
 * the declared locals. A {@link LocalAllocator} decides which IR values and slots share a local; the
 * code generator may add scratch locals of its own while lowering.
 */
public final class FunctionLocals {
    private final List<ValType> params;
    private final List<ValType> declared = new ArrayList<>();
    private final Map<Temp, Integer> temps = new HashMap<>();
    private final Map<Var.Local, Integer> slots = new HashMap<>();
    private final SortedMap<Integer, String> names = new TreeMap<>();

    public FunctionLocals(List<ValType> params) {
        this.params = List.copyOf(params);
    }

    /** The Wasm type holding values of an IR type, or null for a type that materializes nothing. */
    public static ValType valType(IrType type) {
        return switch (type.repr()) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F64 -> ValType.F64;
            case NONE -> null;
        };
    }

    public List<ValType> params() {
        return params;
    }

    /** Locals beyond the parameters, in index order (the Wasm function's local declarations). */
    public List<ValType> declared() {
        return List.copyOf(declared);
    }

    public ValType typeOf(int local) {
        return local < params.size() ? params.get(local) : declared.get(local - params.size());
    }

    /** A new local of {@code type}; {@code name} (may be null) goes to the name section. */
    public int add(ValType type, String name) {
        int index = params.size() + declared.size();
        declared.add(type);
        if (name != null) {
            names.put(index, name);
        }
        return index;
    }

    public void name(int local, String name) {
        names.putIfAbsent(local, name);
    }

    public void bind(Temp temp, int local) {
        checkType(local, valType(temp.type()), temp.toString());
        temps.put(temp, local);
    }

    public void bind(Var.Local slot, int local) {
        checkType(local, valType(slot.type()), slot.name());
        slots.put(slot, local);
    }

    private void checkType(int local, ValType expected, String what) {
        if (expected == null || typeOf(local) != expected) {
            throw new IllegalArgumentException(what + " of Wasm type " + expected + " cannot live in local "
                    + local + " of type " + typeOf(local));
        }
    }

    /** The local holding {@code temp}; the temp must have a value (not None-typed). */
    public int of(Temp temp) {
        Integer i = temps.get(temp);
        if (i == null) {
            throw new IllegalStateException("no local for " + temp + ": " + temp.type().show());
        }
        return i;
    }

    public int of(Var.Local slot) {
        Integer i = slots.get(slot);
        if (i == null) {
            throw new IllegalStateException("no local for the variable " + slot.name());
        }
        return i;
    }

    /** Local index to debug name, for the name section. */
    public SortedMap<Integer, String> names() {
        return names;
    }
}
