package dev.waspy.backend.link;

import dev.waspy.wasm.instr.Control;
import dev.waspy.wasm.instr.Instruction;
import dev.waspy.wasm.instr.Numeric;
import dev.waspy.wasm.model.DataSegment;
import dev.waspy.wasm.model.FuncType;
import dev.waspy.wasm.model.Function;
import dev.waspy.wasm.model.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * Writing a constant ASCII string: the program's static str object is known byte for byte, so
 *
 * <pre>
 *   i32.const P  call $rt_write_str      ==&gt;  i32.const P+16  i32.const LEN  call $rt_write_ascii
 * </pre>
 *
 * when P is a str object of the program's static data (ABI.md: type 5 at 0, length at 4, kind at
 * 12, data at 16) of kind 1 whose bytes are all below 0x80: rt_write_str then writes exactly those
 * bytes, and its UTF-8 encoder is not needed. A str's length, kind and data never change (only
 * its cached hash does).
 */
final class AsciiWrites {
    private static final int T_STR = 5;
    private static final int DATA_OFFSET = 16;

    private AsciiWrites() {
    }

    static Module rewrite(Module program, Module runtime) {
        int[] targets = ProgramUses.runtimeTargets(program, runtime);
        int writeStr = InitCall.runtimeExport(runtime, "rt_write_str");
        int writeAscii = InitCall.runtimeExport(runtime, "rt_write_ascii");
        if (writeStr < 0 || writeAscii < 0
                || !runtime.functionType(writeAscii).equals(FuncType.of(List.of(dev.waspy.wasm.model.ValType.I32,
                        dev.waspy.wasm.model.ValType.I32), List.of()))) {
            return program;
        }
        if (!anyConstantWrite(program, targets, writeStr)) {
            return program;
        }
        Modules.Imported imported = Modules.withRuntimeImport(program, "rt_write_ascii", runtime.functionType(writeAscii));
        Module m = imported.module();
        int ascii = imported.index();
        targets = ProgramUses.runtimeTargets(m, runtime);
        List<Function> bodies = new ArrayList<>();
        for (Function f : m.functions()) {
            List<Instruction> body = f.body();
            List<Instruction> out = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) {
                if (i + 1 < body.size() && body.get(i) instanceof Numeric.I32Const(int p)
                        && body.get(i + 1) instanceof Control.Call(int callee)
                        && callee < targets.length && targets[callee] == writeStr) {
                    int len = asciiLength(m, p);
                    if (len >= 0) {
                        out.add(new Numeric.I32Const(p + DATA_OFFSET));
                        out.add(new Numeric.I32Const(len));
                        out.add(new Control.Call(ascii));
                        i++;
                        continue;
                    }
                }
                out.add(body.get(i));
            }
            bodies.add(new Function(f.typeIndex(), f.locals(), out));
        }
        m.functions().clear();
        m.functions().addAll(bodies);
        return m;
    }

    private static boolean anyConstantWrite(Module m, int[] targets, int writeStr) {
        for (Function f : m.functions()) {
            List<Instruction> body = f.body();
            for (int i = 0; i + 1 < body.size(); i++) {
                if (body.get(i) instanceof Numeric.I32Const(int p) && body.get(i + 1) instanceof Control.Call(int callee)
                        && callee < targets.length && targets[callee] == writeStr && asciiLength(m, p) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The length of the ASCII Latin-1 str object at address p in the program's data, or -1. */
    static int asciiLength(Module m, int p) {
        for (DataSegment d : m.data()) {
            long start = Integer.toUnsignedLong(DataShaking.constantAddress(d));
            long at = Integer.toUnsignedLong(p);
            if (DataShaking.constantAddress(d) == -1 || at < start || at + DATA_OFFSET > start + d.bytes().length) {
                continue;
            }
            int o = (int) (at - start);
            byte[] b = d.bytes();
            if ((word(b, o) & 0xff) != T_STR || word(b, o + 12) != 1) {
                return -1;
            }
            int len = word(b, o + 4);
            if (len < 0 || o + DATA_OFFSET + (long) len > b.length) {
                return -1;
            }
            for (int k = 0; k < len; k++) {
                if (b[o + DATA_OFFSET + k] < 0) {
                    return -1; // 0x80 and above: UTF-8 needs two bytes
                }
            }
            return len;
        }
        return -1;
    }

    private static int word(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }
}
