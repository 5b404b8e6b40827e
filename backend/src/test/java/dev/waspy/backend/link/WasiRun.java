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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a WASI command module (its exported _start) in Chicory, or python3 on a program, and captures what it wrote. */
public record WasiRun(String stdout, String stderr, int exitCode) {
    public static WasiRun run(Module module) {
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

    /** The oracle's run: python3 on {@code source} (from a temporary file). */
    public static WasiRun python3(String source) throws IOException, InterruptedException {
        Path script = Files.createTempFile("waspy-oracle", ".py");
        try {
            Files.writeString(script, source);
            Process p = new ProcessBuilder("python3", script.toString()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("python3 did not finish in 60 s");
            }
            return new WasiRun(out, err, p.exitValue());
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
