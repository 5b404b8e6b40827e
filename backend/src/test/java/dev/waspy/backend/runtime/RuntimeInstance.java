package dev.waspy.backend.runtime;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * runtime.wasm instantiated in Chicory (compiled to JVM bytecode) with a WASI stand-in that
 * captures stdout and stderr, plus helpers to build and read runtime values from Java.
 */
final class RuntimeInstance {
    /** Thrown by the proc_exit stand-in to unwind out of the Wasm call. */
    static final class Exit extends RuntimeException {
        final int code;

        Exit(int code) {
            super("proc_exit(" + code + ")", null, false, false);
            this.code = code;
        }
    }

    private static final WasmModule MODULE = Parser.parse(RuntimeLibrary.bytes());

    final Instance instance;
    final Memory memory;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    final int excAddr;

    RuntimeInstance() {
        HostFunction fdWrite = new HostFunction("wasi_snapshot_preview1", "fd_write",
                FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32)),
                (inst, args) -> {
                    Memory mem = inst.memory();
                    int fd = (int) args[0];
                    int iovs = (int) args[1];
                    int n = (int) args[2];
                    int total = 0;
                    for (int i = 0; i < n; i++) {
                        int p = mem.readInt(iovs + 8 * i);
                        int len = mem.readInt(iovs + 8 * i + 4);
                        byte[] b = mem.readBytes(p, len);
                        (fd == 2 ? stderr : stdout).write(b, 0, b.length);
                        total += len;
                    }
                    mem.writeI32((int) args[3], total);
                    return new long[] {0};
                });
        HostFunction procExit = new HostFunction("wasi_snapshot_preview1", "proc_exit",
                FunctionType.of(List.of(ValType.I32), List.of()),
                (inst, args) -> {
                    throw new Exit((int) args[0]);
                });
        instance = Instance.builder(MODULE)
                .withImportValues(ImportValues.builder().addFunction(fdWrite, procExit).addFunction(NoInputWasi.functions())
                        .addFunction(NoInputWasi.programTraps()).build())
                .withMachineFactory(MachineFactoryCompiler.compile(MODULE))
                .build();
        memory = instance.memory();
        excAddr = (int) instance.exports().global("rt_exc_addr").getValue();
        call("rt_init", 0, 0, 0);
    }

    long[] callAll(String name, long... args) {
        return instance.export(name).apply(args);
    }

    long call(String name, long... args) {
        long[] r = callAll(name, args);
        return r == null || r.length == 0 ? 0 : r[0];
    }

    double callF(String name, long... args) {
        return Double.longBitsToDouble(call(name, args));
    }

    static long f(double x) {
        return Double.doubleToRawLongBits(x);
    }

    boolean pending() {
        return memory.readInt(excAddr) != 0;
    }

    /** The pending exception object (0 if none), clearing the slot. */
    int takeException() {
        int e = memory.readInt(excAddr);
        memory.writeI32(excAddr, 0);
        return e;
    }

    int exceptionClass(int exc) {
        return memory.readInt(exc + 8);
    }

    String exceptionMessage(int exc) {
        int m = memory.readInt(exc + 12);
        return m == 0 ? "" : readStr(m);
    }

    int str(String s) {
        byte[] b = Wtf8.encode(s);
        int p = (int) call("rt_alloc", b.length + 8, 13);
        memory.write(p + 8, b);
        return (int) call("rt_str_from_utf8", p + 8, b.length);
    }

    String readStr(int s) {
        int n = memory.readInt(s + 4);
        int kind = memory.readInt(s + 12);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = switch (kind) {
                case 1 -> memory.read(s + 16 + i) & 0xff;
                case 2 -> memory.readShort(s + 16 + 2 * i) & 0xffff;
                default -> memory.readInt(s + 16 + 4 * i);
            };
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** A tagged int (ABI.md) holding {@code v}. */
    long integer(BigInteger v) {
        if (v.bitLength() < 63) {
            return v.longValue() << 1;
        }
        return call("rt_int_from_str", str(v.toString(16)), 16L << 1);
    }

    String stdoutText() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String stderrText() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
