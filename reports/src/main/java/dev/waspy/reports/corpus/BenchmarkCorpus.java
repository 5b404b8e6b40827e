package dev.waspy.reports.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads {@code corpus/benchmarks}: every {@code NAME.py} with its {@code NAME.expected} (CPython's
 * stdout) and, for some, {@code c/NAME.c}. The header of each program says what it is:
 * <pre>
 * # Recursive Fibonacci: call overhead and small-integer arithmetic.
 * # category: numeric
 * </pre>
 */
public final class BenchmarkCorpus {
    private BenchmarkCorpus() {
    }

    public static List<Benchmark> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("benchmark directory not found: " + dir);
        }
        List<Benchmark> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                result.add(read(dir, source));
            }
        }
        return result;
    }

    private static Benchmark read(Path dir, Path source) throws IOException {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - ".py".length());
        Path expected = dir.resolve(name + ".expected");
        if (!Files.isRegularFile(expected)) {
            throw new IOException(source + ": no " + expected.getFileName()
                    + " next to it (generate it with: python3 " + file + " > " + name + ".expected)");
        }
        StringBuilder description = new StringBuilder();
        Category category = null;
        for (String line : Files.readAllLines(source)) {
            if (!line.startsWith("#")) {
                break;
            }
            String text = line.substring(1).trim();
            if (text.startsWith("category:")) {
                category = Category.parse(text.substring("category:".length()));
            } else if (category == null) {
                description.append(description.isEmpty() ? "" : " ").append(text);
            }
        }
        if (category == null) {
            throw new IOException(source + ": the header has no '# category: ...' line");
        }
        Path c = dir.resolve("c").resolve(name + ".c");
        return new Benchmark(name, category, description.toString(), source, expected,
                Files.isRegularFile(c) ? Optional.of(c) : Optional.empty());
    }
}
