package dev.waspy.backend.lower;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.waspy.backend.runtime.RuntimeLibrary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real runtime.wasm as a second Chicory instance, its exports handed to the program module as
 * its {@code waspy_rt} imports (shared memory, exception slot, functions): a lowered program runs
 * against the C runtime without the linker, so the two sides of ABI.md meet in a test.
 */
final class RealRuntime {
    private static final WasmModule RUNTIME = Parser.parse(RuntimeLibrary.bytes());
    /** The runtime translated to JVM bytecode once; each test gets a fresh instance of it. */
    private static final java.util.function.Function<Instance, com.dylibso.chicory.runtime.Machine> RUNTIME_MACHINE =
            com.dylibso.chicory.compiler.MachineFactoryCompiler.compile(RUNTIME);

    private static final class Exit extends RuntimeException {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int exitCode = -1;
    private Instance runtime; // not final: the hooks bound in the constructor call it later
    /** The program being run, whose dispatcher the runtime calls back. */
    private Instance program;

    RealRuntime() {
        HostFunction fdWrite = new HostFunction("wasi_snapshot_preview1", "fd_write",
                FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32)),
                (inst, args) -> {
                    Memory mem = inst.memory();
                    int total = 0;
                    for (int i = 0; i < (int) args[2]; i++) {
                        int p = mem.readInt((int) args[1] + 8 * i);
                        int len = mem.readInt((int) args[1] + 8 * i + 4);
                        (args[0] == 2 ? stderr : stdout).write(mem.readBytes(p, len), 0, len);
                        total += len;
                    }
                    mem.writeI32((int) args[3], total);
                    return new long[] {0};
                });
        HostFunction procExit = new HostFunction("wasi_snapshot_preview1", "proc_exit",
                FunctionType.of(List.of(ValType.I32), List.of()), (inst, args) -> {
                    throw new Exit((int) args[0]);
                });
        runtime = Instance.builder(RUNTIME)
                .withImportValues(ImportValues.builder().addFunction(fdWrite, procExit)
                        .addFunction(dev.waspy.backend.runtime.NoInputWasi.functions())
                        // waspy_prog.call is the running program's dispatcher; a hook is the runtime's own function
                        .addFunction(dev.waspy.backend.runtime.NoInputWasi.programImports(name -> name.equals("call")
                                ? args -> program.export("waspy_prog.call").apply(args)
                                : args -> runtime.export(name).apply(args)))
                        .build())
                .withMachineFactory(RUNTIME_MACHINE)
                .build();
    }

    /** Where the program's static data starts: the runtime's {@code __heap_base}, 8-aligned. */
    int heapBase() {
        return (int) ((runtime.exports().global("__heap_base").getValue() + 7) & ~7L);
    }

    void run(byte[] programWasm) {
        WasmModule program = Parser.parse(programWasm);
        List<HostFunction> fns = new ArrayList<>();
        int minPages = 0;
        for (var imp : program.importSection().stream().toList()) {
            if (imp.importType() == ExternalType.FUNCTION) {
                var export = runtime.export(imp.name());
                var type = runtime.exportType(imp.name());
                fns.add(new HostFunction("waspy_rt", imp.name(), type, (inst, args) -> export.apply(args)));
            } else if (imp.importType() == ExternalType.MEMORY) {
                minPages = ((com.dylibso.chicory.wasm.types.MemoryImport) imp).limits().initialPages();
            }
        }
        Memory memory = runtime.memory();
        if (memory.pages() < minPages) {
            memory.grow(minPages - memory.pages());
        }
        ImportValues imports = ImportValues.builder().withFunctions(new ArrayList<>(fns))
                .addGlobal(new ImportGlobal("waspy_rt", "rt_exc_addr", runtime.exports().global("rt_exc_addr")))
                .addMemory(new ImportMemory("waspy_rt", "memory", memory))
                .build();
        Instance instance = Instance.builder(program).withImportValues(imports).withStart(false).build();
        this.program = instance;
        try {
            instance.export("_start").apply();
            exitCode = 0;
        } catch (Exit e) {
            exitCode = e.code;
        }
    }

    String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
