package dev.waspy.maven;

import java.nio.file.Path;

/**
 * One Python program of a project's source tree.
 *
 * @param source   the {@code .py} file
 * @param shown    its path as compile errors show it (relative to the project's directory)
 * @param relative its path under the source directory, without {@code .py} ({@code tools/report})
 */
record Program(Path source, String shown, String relative) {
    /** Where its module goes under {@code outputDirectory}: the same relative path, {@code .wasm}. */
    Path wasm(Path outputDirectory) {
        return outputDirectory.resolve(relative + ".wasm");
    }
}
