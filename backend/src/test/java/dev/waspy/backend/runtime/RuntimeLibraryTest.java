package dev.waspy.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.ValType;
import dev.waspy.wasm.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** runtime.wasm against its header: every declared function exported with the declared type. */
class RuntimeLibraryTest {
    private static final Map<String, ValType> C_TYPES = Map.ofEntries(
            Map.entry("wint", ValType.I64), Map.entry("wobj", ValType.I64), Map.entry("int64_t", ValType.I64),
            Map.entry("double", ValType.F64), Map.entry("wstr", ValType.I32), Map.entry("wtuple", ValType.I32),
            Map.entry("wexc", ValType.I32), Map.entry("wsb", ValType.I32), Map.entry("wlist", ValType.I32), Map.entry("wdict", ValType.I32), Map.entry("wset", ValType.I32),
            Map.entry("uint32_t", ValType.I32),
            Map.entry("int32_t", ValType.I32));
    private static final Pattern DECL = Pattern.compile(
            "^(\\w+)\\s+(rt_\\w+)\\(([^)]*)\\);", Pattern.MULTILINE);

    /** The functions of include/waspy.h with their Wasm types, from the C declarations. */
    static Map<String, FuncType> declared() throws Exception {
        String header = Files.readString(Path.of("runtime/include/waspy.h"));
        Map<String, FuncType> out = new TreeMap<>();
        Matcher m = DECL.matcher(header);
        while (m.find()) {
            List<ValType> params = new ArrayList<>();
            String ps = m.group(3).trim();
            if (!ps.equals("void")) {
                for (String p : ps.split(",")) {
                    params.add(type(p.trim().split("\\s+")[0]));
                }
            }
            List<ValType> results = m.group(1).equals("void") ? List.of() : List.of(type(m.group(1)));
            out.put(m.group(2), FuncType.of(params, results));
        }
        return out;
    }

    private static ValType type(String c) {
        ValType t = C_TYPES.get(c);
        if (t == null) {
            throw new IllegalArgumentException("waspy.h uses C type " + c + " with no Wasm mapping");
        }
        return t;
    }

    @Test
    void everyDeclaredFunctionIsExportedWithItsType() throws Exception {
        Map<String, FuncType> declared = declared();
        assertTrue(declared.size() > 100, "parsed only " + declared.size() + " declarations");
        // class.c also exports the hooks the other files import from waspy_prog (rt.h), which the
        // linker binds; they are not part of the ABI compiled code calls.
        var hooks = new java.util.HashSet<String>();
        for (var imp : RuntimeLibrary.module().imports()) {
            if (imp.module().equals(dev.waspy.backend.link.Linker.PROGRAM_MODULE)) hooks.add(imp.name());
        }
        var exported = new java.util.TreeMap<>(RuntimeLibrary.functions());
        exported.keySet().removeAll(hooks);
        assertEquals(new java.util.TreeMap<>(declared), exported, "include/waspy.h and runtime.wasm's exports differ");
    }

    @Test
    void runtimeValidatesAndRoundTrips() {
        assertEquals(List.of(), Validator.validate(RuntimeLibrary.module()));
        // wasm-ld pads LEB128 indices; Waspy's writer does not, so compare after one normalizing trip.
        byte[] once = WasmWriter.write(RuntimeLibrary.module());
        assertTrue(once.length <= RuntimeLibrary.bytes().length);
        assertArrayEquals(once, WasmWriter.write(readBack(once)), "read/write of runtime.wasm is not stable");
    }

    private static dev.waspy.wasm.model.Module readBack(byte[] bytes) {
        try {
            return dev.waspy.wasm.binary.WasmReader.read(bytes);
        } catch (dev.waspy.wasm.binary.MalformedWasmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void exportsTheAbiAddresses() {
        int heapBase = RuntimeLibrary.heapBase();
        assertTrue(heapBase > 65536, "static data lies above the 64 KiB stack");
        for (String g : List.of("rt_exc_addr", "rt_none_addr", "rt_true_addr", "rt_false_addr")) {
            int a = RuntimeLibrary.globalAddress(g);
            assertTrue(a >= 65536 && a < heapBase && a % 4 == 0, g + " = " + a);
        }
    }
}
