package dev.waspy.backend.runtime;

import dev.waspy.wasm.binary.MalformedWasmException;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.model.Export;
import dev.waspy.wasm.model.ExternKind;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compiled C runtime ({@code runtime.wasm}, built from {@code backend/runtime} by Maven) as the
 * backend sees it: its bytes, its parsed module, the type of every exported function (so that a
 * code generator declares its {@code waspy_rt} imports with exactly the runtime's signatures) and
 * the layout facts of ABI.md. Read and parsed once per JVM.
 */
public final class RuntimeLibrary {
    /** Module name under which compiled programs import runtime functions and data addresses. */
    public static final String IMPORT_MODULE = "waspy_rt";
    static final String RESOURCE = "runtime.wasm";

    private RuntimeLibrary() {
    }

    private static final class Holder {
        static final byte[] BYTES = load();
        static final Module MODULE = parse(BYTES);
        static final Map<String, FuncType> FUNCTIONS = functions(MODULE);
    }

    /** The bytes of runtime.wasm (shared: do not modify). */
    public static byte[] bytes() {
        return Holder.BYTES;
    }

    /** A fresh, private copy of the runtime module, free to be modified by the caller. */
    public static Module module() {
        return parse(Holder.BYTES);
    }

    /** The shared parsed runtime, for read-only users such as the linker. */
    public static Module sharedModule() {
        return Holder.MODULE;
    }

    /** Every exported runtime function by name (sorted), with its Wasm type. */
    public static Map<String, FuncType> functions() {
        return Holder.FUNCTIONS;
    }

    /** The type of exported function {@code name}, or null when the runtime has no such export. */
    public static FuncType functionType(String name) {
        return Holder.FUNCTIONS.get(name);
    }

    /** The value of an exported immutable i32 global such as {@code rt_exc_addr} or {@code __heap_base}. */
    public static int globalAddress(String name) {
        Module m = Holder.MODULE;
        for (Export e : m.exports()) {
            if (e.kind() == ExternKind.GLOBAL && e.name().equals(name)) {
                int local = e.index() - m.importCount(ExternKind.GLOBAL);
                Instruction first = m.globals().get(local).init().instructions().get(0);
                if (first instanceof Numeric.I32Const(int value)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("runtime.wasm exports no constant global " + name);
    }

    /** Address A of ABI.md: the end of the runtime's static data, where program data may start. */
    public static int heapBase() {
        return globalAddress("__heap_base");
    }

    private static Map<String, FuncType> functions(Module m) {
        Map<String, FuncType> map = new TreeMap<>();
        for (Export e : m.exports()) {
            if (e.kind() == ExternKind.FUNC) {
                map.put(e.name(), m.functionType(e.index()));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Module parse(byte[] bytes) {
        try {
            return WasmReader.read(bytes);
        } catch (MalformedWasmException e) {
            throw new IllegalStateException("runtime.wasm does not parse: " + e.getMessage(), e);
        }
    }

    private static byte[] load() {
        try (InputStream in = RuntimeLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("runtime.wasm is missing from the classpath: the backend module "
                        + "was built without running backend/runtime/build.sh (needs clang and wasm-ld)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read runtime.wasm", e);
        }
    }
}
