package dev.waspy.spectest;

import com.dylibso.chicory.wabt.Wast2Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a .wast script into wast2json's JSON command list plus one .wasm (or .wat) file per module,
 * using Chicory's build of wabt in-process. Results are cached under target/ by content hash, so a
 * second run skips the conversion.
 */
final class WastConverter {
    private final Path outputRoot;

    WastConverter(Path outputRoot) {
        this.outputRoot = outputRoot;
    }

    /** The JSON file for {@code wast}, converting it if no cached copy for its content exists. */
    Path convert(Path wast) throws IOException {
        String base = wast.getFileName().toString().replaceFirst("\\.wast$", "");
        Path dir = outputRoot.resolve(base + "-" + hash(wast));
        Path json = dir.resolve(base + ".json");
        if (Files.isRegularFile(json)) {
            return json;
        }
        Path tmp = outputRoot.resolve(dir.getFileName() + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        Wast2Json.builder().withFile(wast.toFile()).withOutput(tmp.resolve(base + ".json").toFile()).build().process();
        deleteTree(dir);
        Files.move(tmp, dir);
        return json;
    }

    private static String hash(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
