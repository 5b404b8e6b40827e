package dev.waspy.backend.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The WASI input functions runtime.wasm imports, for tests that instantiate it on its own: an
 * empty stdin ({@code fd_read} reads 0 bytes), {@code sys.argv == ['program.py']}, a program
 * run without arguments, and {@code random_get} filling with a fixed pattern (the random module's
 * seed when a program gives none; tests seed it themselves). {@link #programImports} gives the
 * runtime's imports from the program ({@code waspy_prog}: the dispatcher and the class hooks).
 */
public final class NoInputWasi {
    private static final byte[] ARGV0 = "program.py\0".getBytes(StandardCharsets.UTF_8);

    private NoInputWasi() {}

    public static HostFunction[] functions() {
        var i32x2 = FunctionType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
        HostFunction fdRead = new HostFunction("wasi_snapshot_preview1", "fd_read",
                FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32)),
                (inst, args) -> {
                    inst.memory().writeI32((int) args[3], 0);
                    return new long[] {0};
                });
        HostFunction sizes = new HostFunction("wasi_snapshot_preview1", "args_sizes_get", i32x2, (inst, args) -> {
            inst.memory().writeI32((int) args[0], 1);
            inst.memory().writeI32((int) args[1], ARGV0.length);
            return new long[] {0};
        });
        HostFunction get = new HostFunction("wasi_snapshot_preview1", "args_get", i32x2, (inst, args) -> {
            inst.memory().writeI32((int) args[0], (int) args[1]);
            inst.memory().write((int) args[1], ARGV0);
            return new long[] {0};
        });
        HostFunction random = new HostFunction("wasi_snapshot_preview1", "random_get", i32x2, (inst, args) -> {
            for (int i = 0; i < (int) args[1]; i++) inst.memory().writeByte((int) args[0] + i, (byte) (i * 37 + 11));
            return new long[] {0};
        });
        return new HostFunction[] {fdRead, sizes, get, random};
    }

    /** The runtime's imports from the program, each trapping: a test of the runtime alone makes no class. */
    public static HostFunction[] programTraps() {
        return programImports(name -> args -> {
            throw new IllegalStateException("the runtime called " + name + " with no program");
        });
    }

    /** The runtime's imports from the program, each calling what {@code bind} gives for its name. */
    public static HostFunction[] programImports(java.util.function.Function<String, java.util.function.Function<long[], long[]>> bind) {
        var out = new java.util.ArrayList<HostFunction>();
        var rt = RuntimeLibrary.module();
        for (var imp : rt.imports()) {
            if (!imp.module().equals(dev.waspy.backend.link.Linker.PROGRAM_MODULE)
                    || !(imp.desc() instanceof dev.waspy.wasm.model.ImportDesc.Func f)) continue;
            var t = rt.types().get(f.typeIndex());
            FunctionType type = FunctionType.of(t.params().stream().map(NoInputWasi::chicory).toList(),
                    t.results().stream().map(NoInputWasi::chicory).toList());
            var target = bind.apply(imp.name());
            out.add(new HostFunction(imp.module(), imp.name(), type, (inst, args) -> target.apply(args)));
        }
        return out.toArray(new HostFunction[0]);
    }

    private static ValType chicory(dev.waspy.wasm.model.ValType t) {
        return switch (t) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
            default -> throw new IllegalArgumentException("no host type for " + t);
        };
    }
}
