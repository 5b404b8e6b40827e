package dev.waspy.reports.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child process with a time limit. Output goes to files rather than pipes so that a
 * chatty program can never block on a full pipe and distort its own timing.
 */
public final class ProcessRunner {
    private final Path scratch;

    public ProcessRunner(Path scratch) {
        this.scratch = scratch;
    }

    public ProcessResult run(List<String> command, Path workDir, Duration timeout) {
        try {
            Files.createDirectories(scratch);
            Path out = Files.createTempFile(scratch, "stdout", ".txt");
            Path err = Files.createTempFile(scratch, "stderr", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
                long start = System.nanoTime();
                Process process = builder.start();
                boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                double wallMs = (System.nanoTime() - start) / 1e6;
                if (!finished) {
                    // Node and the JVM start helper processes: end the whole tree, not just the root.
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
                return new ProcessResult(finished ? process.exitValue() : -1, Files.readAllBytes(out),
                        Files.readString(err, StandardCharsets.UTF_8), wallMs, !finished);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new ProcessResult(-1, new byte[0], "could not run " + command.get(0) + ": " + e.getMessage(),
                    0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while running " + command.get(0)));
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
