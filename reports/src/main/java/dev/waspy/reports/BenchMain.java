package dev.waspy.reports;

import dev.waspy.reports.corpus.Benchmark;
import dev.waspy.reports.corpus.BenchmarkCorpus;
import dev.waspy.reports.engine.Builder;
import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.engine.Launches;
import dev.waspy.reports.engine.Toolchain;
import dev.waspy.reports.report.Figures;
import dev.waspy.reports.report.HtmlReport;
import dev.waspy.reports.report.JsonReport;
import dev.waspy.reports.report.MarkdownReport;
import dev.waspy.reports.report.RunResults;
import dev.waspy.reports.run.BenchmarkResult;
import dev.waspy.reports.run.ProcessRunner;
import dev.waspy.reports.run.Session;
import dev.waspy.reports.speed.CompilerSpeed;
import dev.waspy.reports.speed.CompilerSpeedRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The benchmark report: {@code ./bench [OPTIONS]} runs everything and writes JSON, Markdown and HTML. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the benchmark corpus on Waspy (Node, Chicory) and its peers (CPython, PyPy,"
                + " MicroPython and Pyodide in Node, C compiled to Wasm), interleaved and repeated, and writes"
                + " results.json, summary.md and report.html.")
public final class BenchMain implements Callable<Integer> {
    @Option(names = "--root", description = "Project root (default: the current directory).")
    Path root = Path.of("").toAbsolutePath();

    @Option(names = "--rounds", description = "Interleaved rounds; every pair runs once per round (default: ${DEFAULT-VALUE}).")
    int rounds = 6;

    @Option(names = "--interpreter-rounds", description = "Rounds for MicroPython and Pyodide, whose runs take"
            + " 5-20 times longer than CPython's; they take part in the first rounds only (default: ${DEFAULT-VALUE}).")
    int interpreterRounds = 3;

    @Option(names = "--budget", description = "Minutes the timed rounds may take; no round starts that would"
            + " end later (default: ${DEFAULT-VALUE}).")
    int budgetMinutes = 32;

    @Option(names = "--timeout", description = "Per-run time limit in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 120;

    @Option(names = "--only", split = ",", description = "Benchmarks to run (default: all).")
    List<String> only = new ArrayList<>();

    @Option(names = "--engines", split = ",", description = "Engine ids (default: all): waspy-node,"
            + " waspy-node-noliftoff, waspy-chicory, waspy-run, cpython, pypy, micropython, pyodide, c-node, c-node-noliftoff.")
    List<String> engineIds = new ArrayList<>();

    @Option(names = "--out", description = "Output directory (default: reports/out/<UTC time>).")
    Path out;

    @Option(names = "--publish", description = "Also copy the report to reports/latest/, the copy kept in the repository.")
    boolean publish;

    @Option(names = "--no-compiler-speed", description = "Skip the compiler's own speed (JMH and the scaling"
            + " curve, about a minute).")
    boolean noCompilerSpeed;

    @Option(names = "--seed", description = "Seed of the run order shuffle (default: ${DEFAULT-VALUE}).")
    long seed = 20261124L;

    @Option(names = "--quiet", description = "No progress lines and no summary on stdout.")
    boolean quiet;

    @Option(names = "--command-line", hidden = true, description = "How the user invoked this, for the report.")
    String commandLine = "./bench";

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Instant started = Instant.now();
        String loadAtStart = loadAverage();
        root = root.toAbsolutePath().normalize();
        if (out == null) {
            out = root.resolve("reports/out").resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC).format(started));
        }
        Files.createDirectories(out);
        List<Benchmark> benchmarks = BenchmarkCorpus.load(root.resolve("corpus/benchmarks"));
        if (!only.isEmpty()) {
            for (String name : only) {
                if (benchmarks.stream().noneMatch(b -> b.name().equals(name))) {
                    System.err.println("bench: no benchmark named '" + name + "' in corpus/benchmarks");
                    return 2;
                }
            }
            benchmarks = benchmarks.stream().filter(b -> only.contains(b.name())).toList();
        }
        List<Engine> engines;
        try {
            engines = engineIds.isEmpty() ? Engine.all() : Engine.all().stream()
                    .filter(e -> engineIds.contains(e.id())).toList();
            engineIds.forEach(Engine::byId);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            return 2;
        }
        ProcessRunner runner = new ProcessRunner(out.resolve("scratch"));
        Toolchain tools = Toolchain.detect(root, runner);
        for (Engine e : engines) {
            tools.unavailable(e).ifPresent(why -> System.err.println("bench: " + e.label() + " unavailable: " + why));
        }
        java.util.function.Consumer<String> log = quiet ? line -> { } : System.err::println;
        Session session = new Session(new Builder(tools, runner, out.resolve("modules")), new Launches(tools), runner,
                root, out.resolve("scratch"), log);
        Map<String, Integer> engineRounds = Map.of(new Engine.MicroPython().id(), interpreterRounds,
                new Engine.Pyodide().id(), interpreterRounds);
        List<BenchmarkResult> results = session.run(benchmarks, engines, rounds, engineRounds,
                Duration.ofSeconds(timeoutSeconds), seed, Duration.ofMinutes(budgetMinutes));
        CompilerSpeed speed = !noCompilerSpeed ? CompilerSpeedRunner.measure(root, log)
                : CompilerSpeed.unavailable("Not measured in this run (--no-compiler-speed).");
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        Map<String, String> machine = machine();
        // Other work on a shared machine slows every engine alike only on average: say how busy it was.
        machine.put("load average at start", loadAtStart);
        machine.put("load average at end", loadAverage());
        RunResults r = new RunResults(commandLine, started, seconds, session.roundsDone(), rounds, timeoutSeconds, machine, tools.versions(),
                engines, results, payloads(tools), speed);
        Figures figures = new Figures(r);
        String markdown = MarkdownReport.write(figures);
        Files.writeString(out.resolve("results.json"), JsonReport.write(figures));
        Files.writeString(out.resolve("summary.md"), markdown);
        Files.writeString(out.resolve("report.html"), HtmlReport.write(figures, markdown));
        System.err.printf("bench: done in %.1f minutes; report in %s%n", seconds / 60, root.relativize(out));
        if (publish) {
            Path latest = root.resolve("reports/latest");
            Files.createDirectories(latest);
            for (String name : List.of("results.json", "summary.md", "report.html")) {
                Files.copy(out.resolve(name), latest.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            System.err.println("bench: copied to reports/latest/");
        }
        if (!quiet) {
            System.out.print(markdown);
        }
        return 0;
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> m.put("cpu", l.substring(l.indexOf(':') + 1).strip()));
        } catch (IOException e) {
            m.put("cpu", "unknown");
        }
        return m;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** What a page must download to run any program on the interpreter peers. */
    private static Map<String, Long> payloads(Toolchain tools) {
        Map<String, Long> m = new LinkedHashMap<>();
        sum(tools.nodeModules().resolve("@micropython/micropython-webassembly-pyscript"),
                List.of("micropython.wasm", "micropython.mjs")).ifPresent(x -> m.put("micropython", x));
        sum(tools.nodeModules().resolve("pyodide"), List.of("pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide.mjs",
                "python_stdlib.zip", "pyodide-lock.json")).ifPresent(x -> m.put("pyodide", x));
        return m;
    }

    private static java.util.Optional<Long> sum(Path dir, List<String> files) {
        long total = 0;
        for (String f : files) {
            Path p = dir.resolve(f);
            try {
                total += Files.size(p);
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(total);
    }
}
