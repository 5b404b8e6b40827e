package dev.waspy.cli.bindings;

import dev.waspy.backend.library.ExportedFunction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The host bindings of a library module ({@code waspy build --export ... --emit-bindings=DIR}):
 * {@code STEM.mjs} and {@code STEM.d.ts} for JavaScript, {@code Stem.java} for Java over Chicory.
 * Each marshals arguments and results as ABI.md's "Library modules" lays them out and turns a
 * Python exception into a host error carrying its last traceback line.
 */
public final class Bindings {
    private Bindings() {}

    public static void write(Path dir, String stem, List<ExportedFunction> exports) {
        try {
            Files.createDirectories(dir);
            write(dir.resolve(stem + ".mjs"), JsBindings.module(stem, exports));
            write(dir.resolve(stem + ".d.ts"), JsBindings.declarations(stem, exports));
            String cls = JavaBindings.className(stem);
            write(dir.resolve(cls + ".java"), JavaBindings.source(cls, stem, exports));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bindings into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
