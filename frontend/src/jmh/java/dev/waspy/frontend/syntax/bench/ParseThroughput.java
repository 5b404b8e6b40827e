package dev.waspy.frontend.syntax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Parse throughput side by side: Waspy's parser under JMH ({@link ParseBenchmark}) and CPython's
 * {@code ast.parse} on the same files (best of several timed passes), both on one core, reported
 * in lines per second. The corpus is every standard-library .py file that CPython parses.
 */
public final class ParseThroughput {
    private static final String LIST_FILES = """
            import ast, os, sys, sysconfig, warnings
            warnings.simplefilter('ignore')
            root = sysconfig.get_paths()['stdlib']
            for d, dirs, files in os.walk(root):
                dirs[:] = sorted(x for x in dirs if x != 'site-packages')
                for f in sorted(files):
                    if f.endswith('.py'):
                        p = os.path.join(d, f)
                        try:
                            ast.parse(open(p, 'rb').read())
                        except (SyntaxError, ValueError, RecursionError, MemoryError):
                            continue
                        print(p)
            """;

    private static final String CPYTHON_BENCH = """
            import ast, sys, time, warnings
            warnings.simplefilter('ignore')
            sources = [open(p, 'rb').read() for p in open(sys.argv[1]).read().split('\\n') if p]
            for src in sources[:200]:
                ast.parse(src)
            best = best_cpu = None
            for _ in range(int(sys.argv[2])):
                t0 = time.perf_counter()
                c0 = time.process_time()
                for src in sources:
                    ast.parse(src)
                t = time.perf_counter() - t0
                c = time.process_time() - c0
                best = t if best is None else min(best, t)
                best_cpu = c if best_cpu is None else min(best_cpu, c)
            print(best, best_cpu)
            """;

    private ParseThroughput() {}

    public static void main(String[] args) throws Exception {
        String python = System.getenv().getOrDefault("WASPY_PYTHON", "python3");
        int cpythonRuns = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path list = Files.createTempFile("waspy-bench-files", ".txt");
        Files.writeString(list, run(python, "-c", LIST_FILES));
        List<String> files = Files.readAllLines(list).stream().filter(s -> !s.isBlank()).toList();
        long lines = 0;
        long bytes = 0;
        for (String f : files) {
            byte[] b = Files.readAllBytes(Path.of(f));
            bytes += b.length;
            for (byte x : b) {
                if (x == '\n') {
                    lines++;
                }
            }
        }
        System.out.printf("corpus: %d files, %d lines, %d bytes (standard library of %s)%n", files.size(), lines,
                bytes, run(python, "-c", "import sys; print(sys.version.split()[0])").trim());

        Options opts = new OptionsBuilder()
                .include(ParseBenchmark.class.getName())
                .jvmArgsAppend("-Dwaspy.bench.files=" + list)
                .build();
        RunResult result = new Runner(opts).runSingle();
        double msPerOp = result.getPrimaryResult().getScore();
        double msError = result.getPrimaryResult().getScoreError();
        double msBest = result.getPrimaryResult().getStatistics().getMin();

        Path script = Files.createTempFile("cpython-parse-bench", ".py");
        Files.writeString(script, CPYTHON_BENCH);
        String[] cpython = run(python, script.toString(), list.toString(), Integer.toString(cpythonRuns)).trim()
                .split(" ");
        double cpythonSeconds = Double.parseDouble(cpython[0]);
        double cpythonCpu = Double.parseDouble(cpython[1]);
        double waspyCpu = processCpuSecondsPerPass(files, cpythonRuns);

        double waspyRate = lines / (msPerOp / 1000.0);
        double cpythonRate = lines / cpythonSeconds;
        System.out.println();
        System.out.println("parse throughput, one core, " + files.size() + " stdlib files, " + lines + " lines:");
        System.out.printf("  waspy (JMH, avg of 5 x 5 s):        %10.0f lines/s  (%.0f ± %.0f ms per pass)%n",
                waspyRate, msPerOp, msError);
        System.out.printf("  waspy (JMH, best iteration):        %10.0f lines/s  (%.0f ms per pass)%n",
                lines / (msBest / 1000.0), msBest);
        System.out.printf("  cpython ast.parse (best of %d):      %10.0f lines/s  (%.0f ms per pass)%n",
                cpythonRuns, cpythonRate, cpythonSeconds * 1000);
        System.out.printf("  ratio waspy / cpython (avg):        %10.2f%n", waspyRate / cpythonRate);
        System.out.printf("  ratio waspy / cpython (best):       %10.2f%n", lines / (msBest / 1000.0) / cpythonRate);
        System.out.println("by process CPU time (less sensitive to other load on the machine):");
        System.out.printf("  waspy (best of %d, JIT and GC included): %10.0f lines/s  (%.0f ms CPU per pass)%n",
                cpythonRuns, lines / waspyCpu, waspyCpu * 1000);
        System.out.printf("  cpython ast.parse (best of %d):          %10.0f lines/s  (%.0f ms CPU per pass)%n",
                cpythonRuns, lines / cpythonCpu, cpythonCpu * 1000);
        System.out.printf("  ratio waspy / cpython:                  %10.2f%n", cpythonCpu / waspyCpu);
        Files.deleteIfExists(list);
        Files.deleteIfExists(script);
    }

    /** Best process CPU time of one pass over the corpus in this JVM, after warming up. */
    private static double processCpuSecondsPerPass(List<String> files, int runs) throws IOException {
        ParseBenchmark bench = new ParseBenchmark();
        Path list = Files.createTempFile("waspy-bench-files", ".txt");
        Files.write(list, files);
        System.setProperty("waspy.bench.files", list.toString());
        bench.load();
        Files.deleteIfExists(list);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        org.openjdk.jmh.infra.Blackhole bh = new org.openjdk.jmh.infra.Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (int i = 0; i < 5; i++) {
            bench.parseCorpus(bh);
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long c0 = os.getProcessCpuTime();
            bench.parseCorpus(bh);
            best = Math.min(best, (os.getProcessCpuTime() - c0) / 1e9);
        }
        return best;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed");
        }
        return out;
    }
}
