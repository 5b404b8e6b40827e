package dev.waspy.reports.run;

import dev.waspy.reports.corpus.Benchmark;
import dev.waspy.reports.engine.Build;
import java.util.Map;
import java.util.OptionalLong;

/** One benchmark's builds and, per engine id, every run of it. */
public record BenchmarkResult(Benchmark benchmark, Build waspy, OptionalLong waspyOptimizedBytes, Build c,
                              Map<String, Cell> cells) {
}
