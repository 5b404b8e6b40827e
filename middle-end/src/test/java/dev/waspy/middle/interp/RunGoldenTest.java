package dev.waspy.middle.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.pass.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Semantics tests: {@code src/test/resources/run/NAME.py} compiled to IR and run by the reference
 * interpreter must produce CPython's {@code NAME.out} (and {@code NAME.exit}: status, last stderr
 * line). The expected files come from python3 itself: {@code -Dwaspy.bless=true} regenerates them.
 */
class RunGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/run");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (var s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().flatMap(p -> Stream.of(
                DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, MiddleEnd.Options.forTests())),
                DynamicTest.dynamicTest(p.getFileName() + " (-O0)", () -> check(p, MiddleEnd.Options.forLevel(0, java.util.List.of(), true)))));
    }

    private static void check(Path p, MiddleEnd.Options options) throws Exception {
        String base = p.toString().substring(0, p.toString().length() - 3);
        if (Boolean.getBoolean("waspy.bless")) bless(p, base);
        var file = SourceFile.read(p);
        var r = Interpreter.run(MiddleEnd.compile(file, Parser.parse(file), options));
        Path exit = Path.of(base + ".exit");
        int status = 0;
        String last = null;
        if (Files.exists(exit)) {
            var lines = Files.readAllLines(exit);
            status = Integer.parseInt(lines.get(0).strip());
            last = lines.size() > 1 ? lines.get(1) : null;
        }
        assertEquals(Files.readString(Path.of(base + ".out")), r.stdout());
        assertEquals(status, r.exitStatus());
        assertEquals(last, r.lastErrorLine());
    }

    /** Runs CPython, the oracle, and records what it did. */
    private static void bless(Path p, String base) throws Exception {
        var proc = new ProcessBuilder("python3", "-X", "utf8", "-B", p.getFileName().toString())
                .directory(p.toAbsolutePath().getParent().toFile()).start();
        proc.getOutputStream().close();
        byte[] out = proc.getInputStream().readAllBytes();
        String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = proc.waitFor();
        Files.write(Path.of(base + ".out"), out);
        Path exit = Path.of(base + ".exit");
        if (status == 0) {
            Files.deleteIfExists(exit);
        } else {
            var lines = err.strip().lines().toList();
            Files.writeString(exit, status + "\n" + (lines.isEmpty() ? "" : lines.get(lines.size() - 1) + "\n"));
        }
    }
}
