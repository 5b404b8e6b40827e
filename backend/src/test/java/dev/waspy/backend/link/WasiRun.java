package dev.waspy.backend.link;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.Module;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs a WASI command module (its exported _start) in Chicory and captures what it wrote. */
record WasiRun(String stdout, String stderr, int exitCode) {
    static WasiRun run(Module module) {
        byte[] bytes = WasmWriter.write(module);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasiOptions options = WasiOptions.builder().withStdout(out).withStderr(err).build();
        int code = 0;
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance instance = Instance.builder(Parser.parse(bytes))
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                    .withStart(false)
                    .build();
            instance.export("_start").apply();
        } catch (WasiExitException e) {
            code = e.exitCode();
        }
        return new WasiRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }
}
