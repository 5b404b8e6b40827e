package dev.waspy.sample;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Runs what the plugin made of src/main/python: the modules, and their JVM classes; CPython's output is in expected/. */
class HelloTest {
    @Test
    void modulesOnTheClassPathPrintWhatCPythonPrints() throws IOException {
        assertEquals(expected("hello"), run(module("/hello.wasm"), null));
        assertEquals(expected("tools/primes"), run(module("/tools/primes.wasm"), null));
    }

    @Test
    void jvmClassesPrintWhatCPythonPrints() throws IOException {
        assertEquals(expected("hello"), run(Hello.load(), Hello::create));
        assertEquals(expected("tools/primes"), run(dev.waspy.sample.tools.Primes.load(),
                dev.waspy.sample.tools.Primes::create));
    }

    @Test
    void thePluginsSettingsReachedTheCompiler() throws IOException {
        // <maxMemory>64</maxMemory>: 64 MiB of 64 KiB pages.
        assertEquals(1024, module("/hello.wasm").memorySection().orElseThrow().getMemory(0).limits().maximumPages());
        assertEquals(1024, Hello.load().memorySection().orElseThrow().getMemory(0).limits().maximumPages());
    }

    /** Runs a WASI command module's _start (in Chicory's interpreter when machine is null); its stdout. */
    private static String run(WasmModule module, Function<Instance, Machine> machine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasiOptions options = WasiOptions.builder().withStdout(out).withArguments(List.of("prog.py")).build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance.Builder builder = Instance.builder(module)
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                    .withStart(false);
            if (machine != null) {
                builder.withMachineFactory(machine);
            }
            try {
                builder.build().export("_start").apply();
            } catch (WasiExitException exit) {
                assertEquals(0, exit.exitCode(), "exit status");
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static WasmModule module(String resource) throws IOException {
        try (InputStream in = HelloTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            return Parser.parse(in);
        }
    }

    private static String expected(String program) throws IOException {
        try (InputStream in = HelloTest.class.getResourceAsStream("/expected/" + program + ".out")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
