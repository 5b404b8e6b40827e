package dev.waspy.spectest;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.Store;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;
import java.util.List;

/**
 * The "spectest" module every script may import from, as the reference interpreter defines it:
 * print functions that do nothing, four constant globals holding 666 / 666.6, a funcref table of
 * 10..20 elements and a memory of 1..2 pages.
 */
final class SpectestHost {
    private static final String MODULE = "spectest";

    private SpectestHost() {
    }

    static void addTo(Store store) {
        print(store, "print");
        print(store, "print_i32", ValType.I32);
        print(store, "print_i64", ValType.I64);
        print(store, "print_f32", ValType.F32);
        print(store, "print_f64", ValType.F64);
        print(store, "print_i32_f32", ValType.I32, ValType.F32);
        print(store, "print_f64_f64", ValType.F64, ValType.F64);
        global(store, "global_i32", 666, ValType.I32);
        global(store, "global_i64", 666, ValType.I64);
        global(store, "global_f32", Float.floatToRawIntBits(666.6f), ValType.F32);
        global(store, "global_f64", Double.doubleToRawLongBits(666.6), ValType.F64);
        store.addTable(new ImportTable(MODULE, "table",
                new TableInstance(new Table(ValType.FuncRef, new TableLimits(10, 20)), Value.REF_NULL_VALUE)));
        store.addMemory(new ImportMemory(MODULE, "memory", new ByteArrayMemory(new MemoryLimits(1, 2))));
    }

    private static void print(Store store, String name, ValType... params) {
        store.addFunction(new HostFunction(MODULE, name, FunctionType.of(List.of(params), List.of()),
                (instance, args) -> null));
    }

    private static void global(Store store, String name, long bits, ValType type) {
        store.addGlobal(new ImportGlobal(MODULE, name, new GlobalInstance(bits, 0, type, MutabilityType.Const)));
    }
}
