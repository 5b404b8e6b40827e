package dev.waspy.cli.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.cli.Main;
import dev.waspy.cli.Streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** waspy build --export / --emit-bindings on the command line: what is a user error (status 2) and how it reads. */
class ExportOptionsTest {
    @TempDir
    Path dir;

    /** What the last build printed: stdout, stderr. */
    private String[] printed;

    private int build(String... options) throws IOException {
        Path source = dir.resolve("m.py");
        Files.writeString(source, "def f(x):\n    return x\n");
        String[] args = new String[options.length + 2];
        args[0] = "build";
        args[1] = source.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.execute(args, new Streams(new ByteArrayInputStream(new byte[0]), out, err));
        printed = new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        return status;
    }

    @Test
    void bindingsNeedExports() throws IOException {
        assertEquals(2, build("--emit-bindings", dir.toString()));
        assertTrue(printed[1].endsWith("m.py: error: --emit-bindings needs --export: a command module has no functions"
                + " to bind\n"), printed[1]);
    }

    @Test
    void anUnknownFunctionIsAUserError() throws IOException {
        assertEquals(2, build("--export", "g", "-o", dir.resolve("m.wasm").toString()));
        assertTrue(printed[1].endsWith("m.py: error: --export: the program defines no function 'g' at module level\n"),
                printed[1]);
    }

    @Test
    void aParameterOfNoKnownTypeIsAPositionedCompileError() throws IOException {
        assertEquals(2, build("--export", "f", "-o", dir.resolve("m.wasm").toString()));
        assertTrue(printed[1].contains("m.py:1:7: error: exported function 'f': parameter 'x' has no annotation"),
                printed[1]);
        assertTrue(printed[1].contains("    def f(x):\n          ^"), printed[1]);
    }
}
