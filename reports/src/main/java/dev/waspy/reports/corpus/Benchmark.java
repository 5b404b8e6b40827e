package dev.waspy.reports.corpus;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One benchmark program: its Python source, CPython's output for it (the only output any engine
 * is allowed to produce before it is timed), and the same algorithm in C where there is one.
 */
public record Benchmark(String name, Category category, String description, Path source,
                        Path expected, Optional<Path> cSource) {
}
