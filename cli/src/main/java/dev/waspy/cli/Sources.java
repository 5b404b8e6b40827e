package dev.waspy.cli;

import dev.waspy.frontend.diag.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reading a command's input, with file problems as user errors. The input is a Python program,
 * or (for {@code run}) a WebAssembly module: a file named {@code *.wasm} or starting with the
 * binary format's magic bytes (no Python source can start with a NUL byte).
 */
final class Sources {
    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    private Sources() {}

    static SourceFile read(Path file) {
        try {
            checkFile(file);
            return SourceFile.read(file);
        } catch (IOException e) {
            throw userError(e);
        }
    }

    /** Whether the input is a WebAssembly module rather than Python source. */
    static boolean isModule(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().endsWith(".wasm")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(WASM_MAGIC.length), WASM_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    static byte[] readModule(Path file) {
        try {
            checkFile(file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw userError(e);
        }
    }

    private static void checkFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new Failures.UserError("is a directory, not a Python file");
        }
    }

    private static Failures.UserError userError(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> new Failures.UserError("no such file");
            case AccessDeniedException a -> new Failures.UserError("permission denied");
            default -> new Failures.UserError("cannot read the file: " + e.getMessage());
        };
    }
}
