package dev.waspy.reports.engine;

import dev.waspy.reports.run.ProcessResult;
import dev.waspy.reports.run.ProcessRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The programs the harness drives and where they live, found once at start-up. A missing tool
 * makes its engines "unavailable" with the reason, instead of failing the whole run.
 */
public final class Toolchain {
    private final Path root;
    private final ProcessRunner runner;
    private final Map<String, String> versions = new LinkedHashMap<>();
    private final Map<String, String> missing = new LinkedHashMap<>();

    private Toolchain(Path root, ProcessRunner runner) {
        this.root = root;
        this.runner = runner;
    }

    public static Toolchain detect(Path root, ProcessRunner runner) {
        Toolchain t = new Toolchain(root, runner);
        t.probe("node", List.of("node", "--version"), "node (20 or newer) is not on the PATH");
        t.probe("python3", List.of("python3", "--version"), "python3 is not on the PATH");
        t.probe("pypy3", List.of("pypy3", "--version"), "pypy3 is not installed (Debian: apt-get install pypy3)");
        t.probe("clang", List.of("clang", "--version"), "clang is not installed (Debian: apt-get install clang lld)");
        t.wasiToolchain();
        t.versions.put("java (Chicory host)", Runtime.version().toString());
        t.npmPackage("micropython", "@micropython/micropython-webassembly-pyscript");
        t.npmPackage("pyodide", "pyodide");
        t.pyodidePython();
        t.npmPackage("binaryen", "binaryen");
        try {
            Class.forName("dev.waspy.cli.Main", false, Toolchain.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            t.missing.put("waspy", "the compiler (dev.waspy.cli.Main) is not on the harness's class path");
        }
        return t;
    }

    private void probe(String tool, List<String> command, String whyMissing) {
        ProcessResult r = runner.run(command, root, Duration.ofSeconds(30));
        String text = (new String(r.stdout(), StandardCharsets.UTF_8) + r.stderr()).strip();
        if (r.exitCode() != 0 || text.isEmpty()) {
            missing.put(tool, whyMissing);
        } else {
            versions.put(tool, text.lines().limit(2).map(String::strip)
                    .reduce((a, b) -> a + " / " + b).orElse(text));
        }
    }

    /**
     * Whether clang can build a WASI program: it needs wasi-libc and compiler-rt for wasm32 besides
     * clang itself, so a probe compiles a one-line program rather than trusting {@code clang --version}.
     */
    private void wasiToolchain() {
        if (missing.containsKey("clang")) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("waspy-wasi-probe");
            Path c = Files.writeString(dir.resolve("probe.c"), "#include <stdio.h>\nint main(void) { puts(\"ok\"); return 0; }\n");
            ProcessResult r = runner.run(List.of("clang", "--target=wasm32-wasi", "-O2", "-o",
                    dir.resolve("probe.wasm").toString(), c.toString()), dir, Duration.ofSeconds(60));
            if (r.exitCode() != 0) {
                String why = r.stderr().strip().lines().filter(l -> l.contains("error")).findFirst()
                        .orElse("exit status " + r.exitCode());
                missing.put("clang-wasi", "clang cannot build for wasm32-wasi (" + why + "); Debian's wasi-libc and"
                        + " libclang-rt-14-dev-wasm32 provide what it needs (scripts/requirements.tsv)");
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        } catch (java.io.IOException e) {
            missing.put("clang-wasi", "could not probe clang for wasm32-wasi: " + e.getMessage());
        }
    }

    private void npmPackage(String key, String name) {
        Path json = nodeModules().resolve(name).resolve("package.json");
        Optional<String> version = Optional.empty();
        try {
            Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(json));
            if (m.find()) {
                version = Optional.of(m.group(1));
            }
        } catch (java.io.IOException e) {
            version = Optional.empty();
        }
        if (version.isPresent()) {
            versions.put(key, name + " " + version.get());
        } else {
            missing.put(key, "npm package " + name + " is not installed in tools/node"
                    + " (run ./bench, which installs it, or: cd tools/node && npm install)");
        }
    }

    /** Pyodide's CPython version differs from the baseline's; the report says which it is. */
    private void pyodidePython() {
        String v = versions.get("pyodide");
        if (v == null) {
            return;
        }
        try {
            Matcher m = Pattern.compile("\"python\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(Files.readString(nodeModules().resolve("pyodide/pyodide-lock.json")));
            if (m.find()) {
                versions.put("pyodide", v + " (Python " + m.group(1) + ")");
            }
        } catch (java.io.IOException e) {
            // the version without its Python is still right
        }
    }

    public Path root() {
        return root;
    }

    public Path nodeModules() {
        return root.resolve("tools/node/node_modules");
    }

    public Path benchTools() {
        return root.resolve("tools/bench");
    }

    public Map<String, String> versions() {
        return versions;
    }

    /** Why a tool cannot be used, or empty when it can. */
    public Optional<String> missing(String tool) {
        return Optional.ofNullable(missing.get(tool));
    }

    /** Why an engine cannot run at all on this machine, or empty when it can. */
    public Optional<String> unavailable(Engine engine) {
        List<String> needs = switch (engine) {
            case Engine.WaspyNode w -> List.of("node", "waspy");
            case Engine.WaspyChicory c -> List.of("waspy");
            case Engine.WaspyRun r -> List.of("waspy");
            case Engine.CPython c -> List.of("python3");
            case Engine.PyPy p -> List.of("pypy3");
            case Engine.MicroPython m -> List.of("node", "micropython");
            case Engine.Pyodide p -> List.of("node", "pyodide");
            case Engine.ClangNode c -> List.of("node", "clang", "clang-wasi");
        };
        return needs.stream().map(missing::get).filter(java.util.Objects::nonNull).findFirst();
    }
}
