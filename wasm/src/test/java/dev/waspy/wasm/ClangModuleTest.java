package dev.waspy.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.model.CustomSection;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.text.WatPrinter;
import dev.waspy.wasm.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime is C compiled by clang and linked by wasm-ld; the linker merges it into each
 * program's module, so the reader must take such modules whole, custom sections included.
 */
class ClangModuleTest {
    @TempDir
    Path dir;

    private byte[] compile() throws IOException, InterruptedException {
        Path source = dir.resolve("sample.c");
        try (InputStream in = getClass().getResourceAsStream("/clang/sample.c")) {
            Files.copy(in, source);
        }
        Path out = dir.resolve("sample.wasm");
        Process p = new ProcessBuilder("clang", "--target=wasm32", "-O2", "-mbulk-memory", "-nostdlib",
                "-Wl,--no-entry", "-Wl,--export=fib", "-Wl,--export=fill", "-o", out.toString(), source.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "clang --target=wasm32 failed (clang and lld are required):\n" + log);
        return Files.readAllBytes(out);
    }

    @Test
    void clangModuleReadsValidatesAndRunsAfterRewrite() throws Exception {
        byte[] original = compile();
        Module m = WasmReader.read(original);
        assertEquals(List.of(), Validator.validate(m));
        List<String> customs = m.customSections().stream().map(CustomSection::name).toList();
        assertEquals(List.of("producers", "target_features"), customs);
        assertTrue(m.names().functionNames().containsValue("fib"), m.names().functionNames().toString());

        byte[] rewritten = WasmWriter.write(m);
        Module again = WasmReader.read(rewritten);
        assertArrayEquals(m.customSections().get(0).contents(), again.customSections().get(0).contents());
        assertArrayEquals(rewritten, WasmWriter.write(again));

        Instance before = Instance.builder(Parser.parse(original)).build();
        Instance after = Instance.builder(Parser.parse(rewritten)).build();
        assertEquals(before.export("fib").apply(20)[0], after.export("fib").apply(20)[0]);
        assertEquals(6765L, after.export("fib").apply(20)[0]);
        assertEquals(before.export("fill").apply(65)[0], after.export("fill").apply(65)[0]);
        assertTrue(WatPrinter.print(m).contains("(func $fib"));
    }
}
