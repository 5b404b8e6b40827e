package dev.waspy.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard streams, passed explicitly so tests run commands in-process. {@code out}
 * and {@code err} are raw: a compiled program's bytes reach them unchanged and unbuffered by Java
 * (the runtime buffers stdout itself).
 */
public record Streams(InputStream in, OutputStream out, OutputStream err) {
    public static Streams system() {
        return new Streams(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
    }

    /** The compiler's own messages to stderr (UTF-8, flushed per line). */
    public PrintStream errPrinter() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    public PrintStream outPrinter() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
