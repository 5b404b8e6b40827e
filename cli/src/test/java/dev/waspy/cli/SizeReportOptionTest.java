package dev.waspy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** waspy build --size-report: the report describes the file that was written, to the byte. */
class SizeReportOptionTest {
    @TempDir
    Path dir;

    @Test
    void reportsTheSizeOfTheWrittenModule() throws IOException {
        Path source = dir.resolve("hello.py");
        Files.writeString(source, "print(\"Hello, world!\")\n");
        Path wasm = dir.resolve("hello.wasm");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.execute(new String[] {"build", source.toString(), "-o", wasm.toString(), "--size-report"},
                new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        long size = Files.size(wasm);
        assertTrue(report.contains("total (file size " + size + ")"), report);
        assertTrue(report.contains("program  <module>"), report);
        assertTrue(report.contains("runtime  rt_exit"), report);
        assertTrue(report.contains("rt_none_addr (obj)"), report); // kept runtime objects by their C names
        assertTrue(report.contains("the program's static objects"), report);
        assertTrue(size < 1024, report);
    }
}
