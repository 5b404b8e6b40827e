package dev.waspy.cli.run;

import com.dylibso.chicory.compiler.Cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Chicory's compiled JVM classes for a module, kept on disk by content so a module that runs again
 * (a benchmark, an edited-and-rerun script whose module did not change) skips the translation.
 * Best effort: a cache that cannot be read or written is simply a miss.
 */
public final class CompiledCache implements Cache {
    private final Path dir;

    public CompiledCache(Path dir) {
        this.dir = dir;
    }

    /** {@code $XDG_CACHE_HOME/waspy/chicory}, else {@code ~/.cache/waspy/chicory}. */
    public static CompiledCache inUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledCache(base.resolve("waspy").resolve("chicory"));
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void putIfAbsent(String key, byte[] data) {
        try {
            Path target = file(key);
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(dir);
            // Write aside, then move: a concurrent reader never sees half a file.
            Path tmp = Files.createTempFile(dir, "put", ".tmp");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written is only slower.
        }
    }

    /**
     * Whether these exact bytes passed Chicory's validation in an earlier run: {@link WasiRunner}
     * then parses them without validating again (about a third of the module's load phase with a
     * warm translation, cli/README.md). Known by a marker file named by the bytes' SHA-256.
     */
    public boolean validatedBefore(byte[] wasm) {
        return Files.exists(marker(wasm));
    }

    /** Records that these bytes passed validation. Best effort, as the rest of the cache. */
    public void markValidated(byte[] wasm) {
        try {
            Files.createDirectories(dir);
            Files.createFile(marker(wasm));
        } catch (IOException | RuntimeException e) {
            // Already marked, or a cache that cannot be written: the next run validates again.
        }
    }

    private Path marker(byte[] wasm) {
        return dir.resolve("valid-" + sha256(wasm));
    }

    private Path file(String key) {
        return dir.resolve(sha256(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
