package dev.waspy.spectest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the spec suite lives: {@code -Dwaspy.spectest.dir=}, else {@code $WASPY_SPECTEST_DIR}, else
 * {@code ../shared/wasm-testsuite} relative to the repository root.
 */
final class SuiteLocation {
    static final String PROPERTY = "waspy.spectest.dir";
    static final String ENVIRONMENT = "WASPY_SPECTEST_DIR";

    private SuiteLocation() {
    }

    static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return repositoryRoot().resolve("../shared/wasm-testsuite").normalize();
    }

    /** The nearest directory upwards from the working directory that holds the spec-tests module. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("spec-tests"))) {
                return d;
            }
        }
        return dir;
    }
}
