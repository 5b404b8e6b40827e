package dev.waspy.reports.speed;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Measures the compiler's own speed: JMH throughput of parsing and of the whole pipeline on a
 * generated program, then a scaling curve (median compile time of programs from about 100 to 4,000
 * lines) fitted with log(time) = log(a) + b log(lines) by least squares.
 */
public final class CompilerSpeedRunner {
    static final int[] SIZES = {6, 12, 25, 50, 100, 200};

    private CompilerSpeedRunner() {
    }

    public static CompilerSpeed measure(Path root, Consumer<String> log) {
        List<String> notes = new ArrayList<>();
        SourceFile probe = SourceFile.of("generated.py", ProgramGenerator.generate(2));
        try {
            Parser.parse(probe);
        } catch (CompileError e) {
            return CompilerSpeed.unavailable("Compiler speed not measured: the parser rejects the generated"
                    + " program: " + e.getMessage());
        }
        boolean pipeline;
        try {
            Compiler.compile(probe, CompilerOptions.defaults());
            pipeline = true;
        } catch (CompileError e) {
            pipeline = false;
            notes.add("The whole pipeline is not measured: the compiler does not compile the generated"
                    + " core-language program yet (" + e.getMessage().lines().findFirst().orElse("") + ").");
        }
        Function<SourceFile, Object> phase = pipeline
                ? source -> Compiler.compile(source, CompilerOptions.defaults()) : Parser::parse;
        String phaseName = pipeline ? "whole pipeline" : "parse only";
        List<CompilerSpeed.Throughput> throughput = new ArrayList<>();
        try {
            throughput.addAll(jmh(pipeline, log));
        } catch (RunnerException | RuntimeException e) {
            notes.add("JMH failed: " + e.getMessage());
        }
        log.accept("compiler speed: scaling curve (" + phaseName + ")");
        List<CompilerSpeed.Point> points = scaling(phase);
        SimpleRegression fit = new SimpleRegression();
        points.forEach(p -> fit.addData(Math.log(p.lines()), Math.log(p.millis())));
        notes.add(String.format(Locale.ROOT, "Scaling curve: %s, median of 7 in-process runs per size after warm-up.",
                phaseName));
        return new CompilerSpeed(String.join(" ", notes), throughput, points, fit.getSlope(), fit.getRSquare());
    }

    private static List<CompilerSpeed.Throughput> jmh(boolean pipeline, Consumer<String> log) throws RunnerException {
        List<String> methods = new ArrayList<>(List.of("parse"));
        if (pipeline) {
            methods.add("compile");
        }
        log.accept("compiler speed: JMH (" + String.join(", ", methods) + "), about "
                + methods.size() * 15 + " s");
        Options options = new OptionsBuilder()
                .include(CompilerBenchmarks.class.getName() + "\\.(" + String.join("|", methods) + ")$")
                .forks(1).warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(8).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(jvmArgs()).verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<CompilerSpeed.Throughput> out = new ArrayList<>();
        for (RunResult r : results) {
            int functions = Integer.parseInt(r.getParams().getParam("functions"));
            int lines = CompilerBenchmarks.lines(functions);
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            double score = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            out.add(new CompilerSpeed.Throughput(method.equals("parse") ? "parse" : "whole pipeline", score * lines,
                    Double.isFinite(error) ? error * lines : 0, lines));
        }
        return out;
    }

    private static String[] jvmArgs() {
        // JMH reads fields through sun.misc.Unsafe, which JDK 24+ warns about on every fork.
        return Runtime.version().feature() >= 24
                ? new String[] {"-Xss16m", "--sun-misc-unsafe-memory-access=allow"} : new String[] {"-Xss16m"};
    }

    private static List<CompilerSpeed.Point> scaling(Function<SourceFile, Object> phase) {
        SourceFile warm = SourceFile.of("warm.py", ProgramGenerator.generate(25));
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            phase.apply(warm);
        }
        List<CompilerSpeed.Point> points = new ArrayList<>();
        for (int functions : SIZES) {
            String program = ProgramGenerator.generate(functions);
            SourceFile source = SourceFile.of("generated.py", program);
            double[] ms = new double[7];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                phase.apply(source);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            points.add(new CompilerSpeed.Point(ProgramGenerator.lines(program), ms[ms.length / 2]));
        }
        return points;
    }
}
