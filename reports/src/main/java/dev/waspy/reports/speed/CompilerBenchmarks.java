package dev.waspy.reports.speed;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH throughput of the compiler on a generated core-language program: parsing alone, and the
 * whole pipeline to a module. Operations per second times {@link #lines} is lines per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CompilerBenchmarks {
    /** Functions in the generated program; about 17 source lines each. */
    @Param("60")
    public int functions;

    private SourceFile source;

    @Setup
    public void setUp() {
        source = SourceFile.of("generated.py", ProgramGenerator.generate(functions));
    }

    @Benchmark
    public Object parse() {
        return Parser.parse(source);
    }

    @Benchmark
    public Object compile() {
        return Compiler.compile(source, CompilerOptions.defaults());
    }

    public static int lines(int functions) {
        return ProgramGenerator.lines(ProgramGenerator.generate(functions));
    }
}
