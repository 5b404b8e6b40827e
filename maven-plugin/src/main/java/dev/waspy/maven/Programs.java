package dev.waspy.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the programs of a source tree: every {@code .py} file under it, each a program of its own. */
final class Programs {
    private Programs() {}

    /** The programs under {@code sourceDirectory}, sorted by path; none when it does not exist. */
    static List<Program> find(Path sourceDirectory, Path projectDirectory) throws IOException {
        if (!Files.isDirectory(sourceDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sourceDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                    .sorted()
                    .map(f -> program(f, sourceDirectory, projectDirectory))
                    .toList();
        }
    }

    private static Program program(Path file, Path sourceDirectory, Path projectDirectory) {
        String relative = slashes(sourceDirectory.relativize(file));
        Path absolute = file.toAbsolutePath().normalize();
        Path project = projectDirectory.toAbsolutePath().normalize();
        String shown = absolute.startsWith(project) ? slashes(project.relativize(absolute)) : absolute.toString();
        return new Program(file, shown, relative.substring(0, relative.length() - ".py".length()));
    }

    private static String slashes(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
