package dev.waspy.backend.lower;

import dev.waspy.middle.rt.ExcClass;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;

import dev.waspy.middle.rt.RuntimeFunction;
import dev.waspy.middle.rt.RuntimeFunctions;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the C runtime, written in Java for the code generator's own tests: just enough of
 * waspy.h (ints with bigints, str output, exceptions, exit) to run lowered programs, so lowering
 * can be tested without runtime.wasm and its linker. Bigints and strs use ABI.md's layouts.
 */
final class MiniRuntime {
    static final int EXC_SLOT = 1024;
    static final int RUNTIME_END = 0x10000;

    final StringBuilder out = new StringBuilder();
    final List<String> calls = new ArrayList<>();
    int exitCode = -1;
    String uncaught;
    private Memory memory;
    private int heap;

    private static final class Exit extends RuntimeException {
        Exit() {
            super(null, null, false, false);
        }
    }

    /** Runs {@code _start}; the result is the output. */
    String run(byte[] wasm) {
        WasmModule module = Parser.parse(wasm);
        memory = new ByteArrayMemory(new MemoryLimits(32, 1024));
        List<HostFunction> fns = new ArrayList<>();
        for (var imp : module.importSection().stream().toList()) {
            if (imp.importType() == com.dylibso.chicory.wasm.types.ExternalType.FUNCTION) {
                RuntimeFunction rt = RuntimeFunctions.get(imp.name());
                fns.add(new HostFunction("waspy_rt", imp.name(), type(rt), (inst, args) -> {
                    calls.add(rt.name());
                    return call(rt.name(), args);
                }));
            }
        }
        ImportValues imports = ImportValues.builder().withFunctions(new ArrayList<>(fns))
                .addGlobal(new ImportGlobal("waspy_rt", "rt_exc_addr",
                        new GlobalInstance(Value.i32(EXC_SLOT), MutabilityType.Const)))
                .addMemory(new ImportMemory("waspy_rt", "memory", memory))
                .build();
        Instance instance = Instance.builder(module).withImportValues(imports).withStart(false).build();
        try {
            instance.export("_start").apply();
        } catch (Exit e) {
            // rt_exit
        }
        return out.toString();
    }

    private static FunctionType type(RuntimeFunction rt) {
        dev.waspy.wasm.model.FuncType t = Rt.wasmType(rt);
        return FunctionType.of(t.params().stream().map(MiniRuntime::vt).toList(),
                t.results().stream().map(MiniRuntime::vt).toList());
    }

    private static ValType vt(dev.waspy.wasm.model.ValType t) {
        return switch (t) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F64 -> ValType.F64;
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    private long[] call(String rt, long[] a) {
        return switch (rt) {
            case "rt_init" -> {
                heap = (int) a[1];
                yield null;
            }
            // The stand-in never collects: it leaves the "collection due" word at 0, so nothing polls.
            case "rt_gc_config", "rt_gc_poll" -> null;
            case "rt_exit" -> {
                exitCode = (int) a[0];
                throw new Exit();
            }
            case "rt_uncaught" -> {
                int exc = memory.readInt(EXC_SLOT);
                uncaught = "class " + memory.readInt(exc + 8) + ": " + str(memory.readInt(exc + 12));
                exitCode = 1;
                throw new Exit();
            }
            case "rt_raise" -> {
                int exc = alloc(24, 7);
                memory.writeI32(exc + 8, (int) a[0]);
                memory.writeI32(exc + 12, (int) a[1]);
                memory.writeI32(EXC_SLOT, exc);
                yield null;
            }
            case "rt_write_str" -> {
                out.append(str((int) a[0]));
                yield null;
            }
            case "rt_int_add" -> i(big(a[0]).add(big(a[1])));
            case "rt_int_sub" -> i(big(a[0]).subtract(big(a[1])));
            case "rt_int_mul" -> i(big(a[0]).multiply(big(a[1])));
            case "rt_int_neg" -> i(big(a[0]).negate());
            case "rt_int_eq" -> new long[] {big(a[0]).equals(big(a[1])) ? 1 : 0};
            case "rt_int_cmp" -> new long[] {big(a[0]).compareTo(big(a[1]))};
            case "rt_int_floordiv" -> {
                if (big(a[1]).signum() == 0) {
                    raise(ExcClass.ZeroDivisionError, "integer division or modulo by zero");
                    yield new long[] {0};
                }
                BigInteger[] qr = big(a[0]).divideAndRemainder(big(a[1]));
                BigInteger q = qr[1].signum() != 0 && qr[1].signum() != big(a[1]).signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
                yield i(q);
            }
            case "rt_bool_str" -> new long[] {newStr(a[0] != 0 ? "True" : "False")};
            case "rt_int_to_str" -> new long[] {newStr(big(a[0]).toString())};
            default -> throw new UnsupportedOperationException("MiniRuntime has no " + rt);
        };
    }

    private void raise(ExcClass c, String message) {
        call("rt_raise", new long[] {c.id(), newStr(message)});
    }

    private int alloc(int size, int type) {
        int p = heap;
        heap += (size + 7) & ~7;
        memory.writeI32(p, type);
        return p;
    }

    BigInteger big(long tagged) {
        if ((tagged & 1) == 0) {
            return BigInteger.valueOf(tagged >> 1);
        }
        int p = (int) (tagged ^ 1);
        int word = memory.readInt(p + 4);
        int n = word & 0x7fff_ffff;
        BigInteger v = BigInteger.ZERO;
        for (int k = n - 1; k >= 0; k--) {
            v = v.shiftLeft(32).or(BigInteger.valueOf(memory.readInt(p + 8 + 4 * k) & 0xffff_ffffL));
        }
        return word < 0 ? v.negate() : v;
    }

    private long[] i(BigInteger v) {
        if (v.bitLength() < 63) {
            return new long[] {v.longValue() << 1};
        }
        BigInteger mag = v.abs();
        int n = (mag.bitLength() + 31) / 32;
        int p = alloc(8 + 4 * n, 3);
        memory.writeI32(p + 4, n | (v.signum() < 0 ? 0x8000_0000 : 0));
        for (int k = 0; k < n; k++) {
            memory.writeI32(p + 8 + 4 * k, mag.shiftRight(32 * k).intValue());
        }
        return new long[] {p | 1L};
    }

    String str(int p) {
        if (p == 0) {
            return "";
        }
        int len = memory.readInt(p + 4);
        int kind = memory.readInt(p + 12);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            int cp = switch (kind) {
                case 1 -> memory.read(p + 16 + k) & 0xff;
                case 2 -> memory.readShort(p + 16 + 2 * k) & 0xffff;
                default -> memory.readInt(p + 16 + 4 * k);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private int newStr(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        int p = alloc(16 + b.length, 5);
        memory.writeI32(p + 4, b.length);
        memory.writeI32(p + 12, 1);
        memory.write(p + 16, b, 0, b.length);
        return p;
    }
}
