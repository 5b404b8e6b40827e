package dev.waspy.reports.chicory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chicory runner on a real WASI module (C compiled by clang): output, exit status, timing. */
class ChicoryMainTest {
    @TempDir
    Path dir;

    @Test
    void runsAModuleInCompilerModeAndWritesItsTiming() throws Exception {
        Path c = dir.resolve("p.c");
        Files.writeString(c, "#include <stdio.h>\nint main(void) { long s = 0; for (long i = 0; i < 1000; i++) s += i;"
                + " printf(\"sum %ld\\n\", s); return 3; }\n");
        Path wasm = dir.resolve("p.wasm");
        Process clang;
        try {
            clang = new ProcessBuilder("clang", "--target=wasm32-wasi", "-O2", "-o", wasm.toString(), c.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "clang is not installed");
            return;
        }
        String clangOut = new String(clang.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(clang.waitFor() == 0, "clang cannot build for wasm32-wasi here: " + clangOut);

        Path timing = dir.resolve("timing.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ChicoryMain.class.getName(), timing.toString(), wasm.toString())).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.waitFor(), "the module's exit status passes through");
        assertEquals("sum 499500\n", out);
        String json = Files.readString(timing);
        assertTrue(json.matches("\\{\"loadMs\": [0-9.]+, \"runMs\": [0-9.]+}"), json);
    }
}
