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
 * seed when a program gives none; tests seed it themselves).
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
}
