package dev.waspy.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.wasm.binary.WasmReader;
import dev.waspy.wasm.binary.WasmWriter;
import dev.waspy.wasm.binary.ToolSections;
import dev.waspy.wasm.model.CustomSection;
import dev.waspy.wasm.model.FeaturesUsed;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.Producers;
import dev.waspy.wasm.model.TargetFeatures;
import dev.waspy.wasm.text.WatPrinter;
import dev.waspy.wasm.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime is C compiled by clang and linked by wasm-ld; the linker merges it into each
 * program's module, so the reader must take such modules whole, custom sections included.
 */
class ClangModuleTest {
    @TempDir
    Path dir;

    private byte[] compile() throws IOException, InterruptedException {
        return clang("sample.c", "-O2", "-mbulk-memory", "-nostdlib", "-Wl,--no-entry", "-Wl,--export=fib",
                "-Wl,--export=fill");
    }

    /** Compiles a test resource from /clang with clang --target=wasm32 and the given options. */
    private byte[] clang(String file, String... options) throws IOException, InterruptedException {
        Path source = dir.resolve(file);
        if (!Files.exists(source)) {
            try (InputStream in = getClass().getResourceAsStream("/clang/" + file)) {
                Files.copy(in, source);
            }
        }
        Path out = dir.resolve(file + ".out.wasm");
        List<String> command = new java.util.ArrayList<>(List.of("clang", "--target=wasm32"));
        command.addAll(List.of(options));
        command.addAll(List.of("-o", out.toString(), source.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "clang --target=wasm32 failed (clang and lld are required):\n" + log);
        return Files.readAllBytes(out);
    }

    /**
     * Tables and element segments (function pointers), br_table (switch), i64/f32/f64, bulk memory,
     * data segments, at three optimisation levels, one with DWARF custom sections: every export
     * computes the same in Chicory before and after Waspy rewrites the module.
     */
    @ParameterizedTest
    @ValueSource(strings = {"-O0", "-O2", "-O1 -g"})
    void richModuleBehavesTheSameAfterRewrite(String level) throws Exception {
        List<String> options = new java.util.ArrayList<>(List.of(level.split(" ")));
        options.addAll(List.of("-mbulk-memory", "-msign-ext", "-mnontrapping-fptoint", "-mmultivalue", "-nostdlib",
                "-Wl,--no-entry", "-Wl,--export-all"));
        byte[] original = clang("rich.c", options.toArray(String[]::new));
        Module m = WasmReader.read(original);
        assertEquals(List.of(), Validator.validate(m));
        byte[] rewritten = WasmWriter.write(m);
        // clang declares what it may use; what the module really uses is among that, and both
        // tool-convention sections decode and encode back to the same bytes.
        TargetFeatures declared = ToolSections.targetFeatures(m).orElseThrow();
        assertTrue(declared.usedNames().containsAll(FeaturesUsed.in(m)), declared + " vs " + FeaturesUsed.in(m));
        assertArrayEquals(raw(m, TargetFeatures.SECTION), ToolSections.encode(declared));
        Producers producers = ToolSections.producers(m).orElseThrow();
        assertTrue(producers.fields().get("processed-by").stream().anyMatch(t -> t.name().contains("clang")),
                producers.toString());
        assertArrayEquals(raw(m, Producers.SECTION), ToolSections.encode(producers));
        if (level.contains("-g")) {
            assertTrue(m.customSections().stream().anyMatch(c -> c.name().equals(".debug_info")));
        }
        Instance a = Instance.builder(Parser.parse(original)).build();
        Instance b = Instance.builder(Parser.parse(rewritten)).build();
        long[][] calls = {{0, 7, 5}, {1, 7, 5}, {2, 7, 5}, {5, 1, 1}};
        for (long[] c : calls) {
            assertEquals(a.export("apply").apply(c)[0], b.export("apply").apply(c)[0]);
        }
        for (int x = -1; x < 7; x++) {
            assertEquals(a.export("classify").apply(x)[0], b.export("classify").apply(x)[0]);
        }
        assertEquals(a.export("bump").apply(5)[0], b.export("bump").apply(5)[0]);
        long half = Double.doubleToRawLongBits(0.5);
        assertEquals(a.export("scaled").apply(half)[0], b.export("scaled").apply(half)[0]);
        long f = Float.floatToRawIntBits(3.0f);
        assertEquals(a.export("mix").apply(f, 4)[0], b.export("mix").apply(f, 4)[0]);
        assertEquals(a.export("copy_message").apply()[0], b.export("copy_message").apply()[0]);
        assertEquals(a.export("wide").apply(0xF0000001L)[0], b.export("wide").apply(0xF0000001L)[0]);
        assertEquals(45L, b.export("classify").apply(3)[0]);
    }

    private static byte[] raw(Module m, String section) {
        return m.customSections().stream().filter(c -> c.name().equals(section)).findFirst().orElseThrow().contents();
    }

    /** Relocatable objects (clang -c) read too, their linking and reloc.* sections kept as raw bytes. */
    @Test
    void objectFileReadsAndValidates() throws Exception {
        Module m = WasmReader.read(clang("rich.c", "-O2", "-c"));
        assertEquals(List.of(), Validator.validate(m));
        List<String> customs = m.customSections().stream().map(CustomSection::name).toList();
        assertTrue(customs.containsAll(List.of("linking", "reloc.CODE")), customs.toString());
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
        String wat = WatPrinter.print(m);
        assertTrue(wat.contains("(func $fib"), wat);
        assertTrue(wat.contains("(global $__stack_pointer (;0;) (mut i32)"), wat);
        assertEquals("__stack_pointer", again.names().globalNames().get(0));
    }
}
