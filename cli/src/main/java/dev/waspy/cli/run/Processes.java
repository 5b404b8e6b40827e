package dev.waspy.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external command with an empty stdin (or one read from a file) and collects its outcome. */
public final class Processes {
    private Processes() {}

    /** Thrown when a command runs past its time limit (it has been killed by then). */
    public static final class Timeout extends RuntimeException {
        public Timeout(String message) {
            super(message);
        }
    }

    /** Starts the command; {@link Running#await} collects the outcome, so several can run at once. */
    public static Running start(List<String> command, Path workingDirectory) {
        return start(command, workingDirectory, null);
    }

    /** As {@link #start(List, Path)}, with stdin read from {@code stdin} (null: empty). */
    public static Running start(List<String> command, Path workingDirectory, Path stdin) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(stdin == null ? nullDevice() : stdin.toFile()));
        try {
            Process process = builder.start();
            // Both pipes are drained at once so a chatty stderr cannot block the child.
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            return new Running(command, process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    public static Outcome run(List<String> command, Path workingDirectory, Duration limit) {
        return start(command, workingDirectory).await(limit);
    }

    /** True when {@code command --version} starts and exits with 0. */
    public static boolean available(String command) {
        try {
            Outcome o = run(List.of(command, "--version"), Path.of("").toAbsolutePath(), Duration.ofSeconds(20));
            return o.status() == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public record Running(List<String> command, Process process, CompletableFuture<byte[]> out,
                   CompletableFuture<byte[]> err) {
        public Outcome await(Duration limit) {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new Timeout(String.join(" ", command) + " ran longer than " + limit.toSeconds() + " s");
                }
                return new Outcome(out.join(), process.exitValue(), err.join());
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
            }
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
