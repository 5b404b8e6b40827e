package dev.waspy.spectest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the spec suite lives: {@code -Dwaspy.spectest.dir=}, else {@code $WASPY_SPECTEST_DIR}, else
 * {@code ../shared/wasm-testsuite} relative to the repository root (for a git worktree, relative to
 * the main checkout when the worktree has no such directory beside it).
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
        Path root = repositoryRoot();
        Path suite = root.resolve(DEFAULT).normalize();
        if (!Files.isDirectory(suite)) {
            // In a git worktree, the default is taken relative to the main checkout.
            Path main = mainCheckout(root);
            if (main != null && Files.isDirectory(main.resolve(DEFAULT))) {
                return main.resolve(DEFAULT).normalize();
            }
        }
        return suite;
    }

    private static final String DEFAULT = "../shared/wasm-testsuite";

    /** For a worktree, whose .git is a file "gitdir: MAIN/.git/worktrees/NAME", MAIN; else null. */
    private static Path mainCheckout(Path root) {
        Path dotGit = root.resolve(".git");
        if (!Files.isRegularFile(dotGit)) {
            return null;
        }
        try {
            String line = Files.readString(dotGit).trim();
            int at = line.indexOf("/.git/worktrees/");
            return line.startsWith("gitdir:") && at > 0 ? Path.of(line.substring("gitdir:".length(), at).trim()) : null;
        } catch (java.io.IOException e) {
            return null;
        }
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
