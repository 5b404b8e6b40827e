package dev.waspy.backend.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The size report accounts for every byte: sections add up to the file, bodies to the code section. */
class SizeReportTest {
    private static final String PROGRAM = """
            def fib(n: int) -> int:
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print("fib", fib(20), 2.5 * fib(10))
            """;

    @Test
    void everyByteIsAccountedFor() {
        Compilation c = Compiler.compile(SourceFile.of("fib.py", PROGRAM), CompilerOptions.defaults());
        byte[] wasm = c.wasm();
        SizeReport r = SizeReport.of(wasm, c.programModule().functions().size());
        assertEquals(wasm.length, r.total());
        assertEquals(wasm.length, r.sections().stream().mapToInt(SizeReport.Section::bytes).sum(), r.format());

        int code = section(r, "code");
        int bodies = r.functions().stream().mapToInt(SizeReport.FunctionSize::bytes).sum();
        int n = r.functions().size();
        // section id, the section's size field, the count field, then the bodies
        assertEquals(code, 1 + lebSize(code - 1 - lebSize(code)) + lebSize(n) + bodies);
        int data = section(r, "data");
        int segments = r.data().stream().mapToInt(SizeReport.Segment::bytes).sum();
        assertEquals(data, 1 + lebSize(data - 1 - lebSize(data)) + lebSize(r.data().size()) + segments);

        List<String> program = r.functions().stream().filter(SizeReport.FunctionSize::program)
                .map(SizeReport.FunctionSize::name).toList();
        assertTrue(program.containsAll(List.of("<module>", "fib[int]", "_start")), program.toString());
        assertTrue(r.functions().stream().anyMatch(f -> !f.program() && f.name().startsWith("rt_")), r.format());
        for (int i = 1; i < n; i++) {
            assertTrue(r.functions().get(i - 1).bytes() >= r.functions().get(i).bytes(), "sorted by size");
        }
        String text = r.format();
        assertTrue(text.contains("total (file size " + wasm.length + ")"), text);
    }

    private static int section(SizeReport r, String name) {
        return r.sections().stream().filter(s -> s.name().equals(name)).mapToInt(SizeReport.Section::bytes).sum();
    }

    /** Bytes of the unsigned LEB128 encoding of v (the writer uses the shortest one). */
    private static int lebSize(int v) {
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }
}
