package dev.waspy.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the corpus lives and which programs it holds. */
final class Corpus {
    private Corpus() {}

    /** The repository root: Surefire runs with the module directory ({@code corpus/}) as working directory. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("corpus/examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find corpus/examples above " + here);
    }

    static Path examples() {
        return root().resolve("corpus/examples");
    }

    static Path errors() {
        return root().resolve("corpus/errors");
    }

    /** The Python programs of a corpus directory, sorted by name. */
    static List<Path> programs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The programs a differential run takes: all of them, or with {@code -Dwaspy.corpus.only=a,b}
     * only those names (for trying a few programs; never with recordKnownFailures, which would
     * forget the others' lines).
     */
    static List<Path> selected(List<Path> programs) {
        String only = System.getProperty("waspy.corpus.only", "").strip();
        if (only.isEmpty()) return programs;
        var names = java.util.Set.of(only.split("\\s*,\\s*"));
        return programs.stream().filter(p -> names.contains(name(p))).toList();
    }

    /** {@code foo.py} gives {@code foo}. */
    static String name(Path program) {
        String file = program.getFileName().toString();
        return file.substring(0, file.length() - ".py".length());
    }

    static Path sibling(Path program, String extension) {
        return program.resolveSibling(name(program) + extension);
    }
}
