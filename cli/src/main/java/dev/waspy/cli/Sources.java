package dev.waspy.cli;

import dev.waspy.frontend.diag.SourceFile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a program's source, with file problems as user errors. */
final class Sources {
    private Sources() {}

    static SourceFile read(Path file) {
        if (Files.isDirectory(file)) {
            throw new Failures.UserError("is a directory, not a Python file");
        }
        try {
            return SourceFile.read(file);
        } catch (NoSuchFileException e) {
            throw new Failures.UserError("no such file");
        } catch (AccessDeniedException e) {
            throw new Failures.UserError("permission denied");
        } catch (IOException e) {
            throw new Failures.UserError("cannot read the file: " + e.getMessage());
        }
    }
}
