package dev.waspy.reports.engine;

import dev.waspy.reports.corpus.Benchmark;
import dev.waspy.reports.run.ProcessResult;
import dev.waspy.reports.run.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Compiles benchmarks ahead of the timed runs: Python to Wasm with {@code waspy build} in a child
 * process (as a user would, so a program Waspy cannot compile yet records the compiler's own error), C to Wasm
 * with {@code clang -O2}, and Waspy's module once more through {@code wasm-opt -Oz} for its size.
 */
public final class Builder {
    /** Wasm 2.0 without SIMD, the feature set Waspy targets; wasm-opt assumes the MVP otherwise. */
    private static final List<String> WASM2_FEATURES = List.of("--enable-bulk-memory", "--enable-sign-ext",
            "--enable-nontrapping-float-to-int", "--enable-multivalue", "--enable-reference-types",
            "--enable-mutable-globals");

    private final Toolchain tools;
    private final ProcessRunner runner;
    private final Path outDir;

    private final String javaBinary = ProcessHandle.current().info().command().orElse("java");
    private final String classPath = System.getProperty("java.class.path");

    public Builder(Toolchain tools, ProcessRunner runner, Path outDir) {
        this.tools = tools;
        this.runner = runner;
        this.outDir = outDir;
    }

    public Build waspy(Benchmark b) {
        Optional<String> missing = tools.missing("waspy");
        if (missing.isPresent()) {
            return new Build.Absent(missing.get());
        }
        Path out = outDir.resolve(b.name() + ".wasm");
        createOutDir();
        // The same entry point and JVM flags as the ./waspy launcher, from the class path this harness
        // was built with (./bench builds both together), so a compile never triggers a nested build.
        ProcessResult r = runner.run(List.of(javaBinary, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss16m",
                "-cp", classPath, "dev.waspy.cli.Main", "build", relative(b.source()), "-o", out.toString()),
                tools.root(), Duration.ofMinutes(5));
        return module(r, out, "waspy build");
    }

    public Build clang(Benchmark b) {
        if (b.cSource().isEmpty()) {
            return new Build.Absent("no C version");
        }
        Optional<String> missing = tools.missing("clang");
        if (missing.isPresent()) {
            return new Build.Absent(missing.get());
        }
        Path out = outDir.resolve(b.name() + ".c.wasm");
        createOutDir();
        // -s strips the name section: a C user ships a stripped module.
        ProcessResult r = runner.run(List.of("clang", "--target=wasm32-wasi", "-O2", "-s", "-o", out.toString(),
                b.cSource().get().toString(), "-lm"), tools.root(), Duration.ofMinutes(2));
        if (r.exitCode() != 0 && r.stderr().contains("file not found")) {
            return new Build.Failed("clang cannot find the WASI C library headers: install Debian's wasi-libc"
                    + " and libclang-rt-14-dev-wasm32 (./bench does this when it runs as root)\n"
                    + r.stderrTail(3));
        }
        return module(r, out, "clang");
    }

    /**
     * Size of the module after {@code wasm-opt -Oz}, counted only if the optimized module still
     * prints the benchmark's expected output on Node; empty when binaryen is missing or either fails.
     */
    public OptionalLong optimizedSize(Build.Module module, Benchmark b) {
        if (tools.missing("binaryen").isPresent() || tools.missing("node").isPresent()) {
            return OptionalLong.empty();
        }
        Path out = outDir.resolve(module.wasm().getFileName().toString().replace(".wasm", ".oz.wasm"));
        List<String> command = new ArrayList<>(List.of("node",
                tools.nodeModules().resolve("binaryen/bin/wasm-opt").toString(), "-Oz"));
        command.addAll(WASM2_FEATURES);
        command.addAll(List.of(module.wasm().toString(), "-o", out.toString()));
        ProcessResult r = runner.run(command, tools.root(), Duration.ofMinutes(5));
        try {
            if (r.exitCode() != 0 || !Files.isRegularFile(out)) {
                return OptionalLong.empty();
            }
            Path timing = outDir.resolve("oz-timing.json");
            ProcessResult check = runner.run(List.of("node", "--no-warnings",
                    tools.benchTools().resolve("run-wasi.mjs").toString(), timing.toString(), out.toString()),
                    tools.root(), Duration.ofMinutes(2));
            boolean same = check.exitCode() == 0 && java.util.Arrays.equals(check.stdout(), Files.readAllBytes(b.expected()));
            return same ? OptionalLong.of(Files.size(out)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The source as the user would name it from the project root, so errors read corpus/benchmarks/x.py:3:1. */
    private String relative(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        return abs.startsWith(tools.root()) ? tools.root().relativize(abs).toString() : abs.toString();
    }

    private void createOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Build module(ProcessResult r, Path out, String what) {
        try {
            if (r.timedOut()) {
                return new Build.Failed(what + " did not finish in time");
            }
            if (r.exitCode() == 0 && Files.isRegularFile(out)) {
                return new Build.Module(out, Files.size(out), r.wallMs());
            }
            String said = (r.stderr().strip() + "\n" + new String(r.stdout(), StandardCharsets.UTF_8).strip()).strip();
            return new Build.Failed(said.isEmpty() ? what + " exited with status " + r.exitCode()
                    + " and wrote no module" : said);
        } catch (IOException e) {
            return new Build.Failed(what + ": " + e.getMessage());
        }
    }
}
