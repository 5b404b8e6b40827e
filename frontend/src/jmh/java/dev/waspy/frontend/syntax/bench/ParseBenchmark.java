package dev.waspy.frontend.syntax.bench;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation parses every file of the corpus (the standard library files CPython parses),
 * from bytes, as {@code ast.parse(source_bytes)} does: decoding, tokenizing, building the tree.
 * The file list comes from the {@code waspy.bench.files} system property (a file of paths).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ParseBenchmark {
    private List<byte[]> sources;
    private List<String> names;

    @Setup
    public void load() throws IOException {
        String list = System.getProperty("waspy.bench.files");
        if (list == null) {
            throw new IllegalStateException("set -Dwaspy.bench.files to a file listing the sources to parse");
        }
        sources = new ArrayList<>();
        names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(list))) {
            if (!line.isBlank()) {
                sources.add(Files.readAllBytes(Path.of(line)));
                names.add(line);
            }
        }
    }

    @Benchmark
    public void parseCorpus(Blackhole bh) {
        for (int i = 0; i < sources.size(); i++) {
            bh.consume(Parser.parse(SourceFile.decode(names.get(i), sources.get(i))));
        }
    }
}
