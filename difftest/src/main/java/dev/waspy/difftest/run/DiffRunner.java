package dev.waspy.difftest.run;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.Chicory;
import dev.waspy.cli.run.Engine;
import dev.waspy.cli.run.NodeWasi;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.PythonOracle;
import dev.waspy.cli.run.WasiRunner;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.wasm.validate.ValidationError;
import dev.waspy.wasm.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs one program three ways and classifies it: CPython (the oracle, started first so it runs
 * while Waspy compiles), Waspy compiled in-process then run in Chicory's interpreter and in Node.
 * Each program gets its own directory under the work directory, deleted afterwards.
 */
public final class DiffRunner {
    /** The engines a compiled program runs in. */
    public enum Target { CHICORY, NODE }

    private static final String NAME = "prog.py";

    private final Path work;
    private final Duration limit;
    private final Set<Target> targets;

    public DiffRunner(Path work, Duration limit, Set<Target> targets) {
        this.work = work;
        this.limit = limit;
        this.targets = targets;
    }

    public Result run(String program) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(work, "p");
            Path file = Files.writeString(dir.resolve(NAME), program);
            Processes.Running python = PythonOracle.start(file);
            Result result = compileAndRun(program, dir, python);
            python.process().destroyForcibly();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private Result compileAndRun(String program, Path dir, Processes.Running python) throws IOException {
        Compilation compilation;
        try {
            compilation = Compiler.compile(SourceFile.of(NAME, program), CompilerOptions.defaults());
        } catch (CompileError e) {
            return oracleFirst(python).orElse(Result.of(Verdict.REFUSED, firstLine(e.getMessage()), e.format()));
        } catch (RuntimeException | StackOverflowError e) {
            return oracleFirst(python).orElse(Result.of(Verdict.INTERNAL_ERROR, "compiler threw " + e.getClass().getSimpleName(),
                    "internal compiler error: " + e + "\n" + stackTop(e)));
        }
        List<ValidationError> invalid = Validator.validate(compilation.module());
        if (!invalid.isEmpty()) {
            return oracleFirst(python).orElse(Result.of(Verdict.INTERNAL_ERROR, "invalid module",
                    invalid.size() + " validation errors, first: " + invalid.get(0)));
        }
        byte[] wasm = compilation.wasm();
        Path module = Files.write(dir.resolve("prog.wasm"), wasm);
        Processes.Running node = targets.contains(Target.NODE) ? NodeWasi.start(module, List.of()) : null;
        Outcome chicoryOutcome = targets.contains(Target.CHICORY) ? runChicory(wasm) : null;
        Outcome nodeOutcome = node == null ? null : awaitOrTimeout(node);
        Outcome oracle;
        try {
            oracle = python.await(limit);
        } catch (Processes.Timeout e) {
            return Result.of(Verdict.ORACLE_TIMEOUT, "", e.getMessage());
        }
        if (isSyntaxError(oracle)) {
            return Result.of(Verdict.INVALID, oracle.lastStderrLine(), oracle.stderrText());
        }
        if (oracle.status() == SIGKILL_STATUS) {
            return Result.of(Verdict.ORACLE_KILLED, "", "CPython was killed (SIGKILL): no answer to compare with");
        }
        StringBuilder detail = new StringBuilder();
        String chicoryJudged = judge("Chicory", oracle, chicoryOutcome, detail);
        String nodeJudged = judge("Node", oracle, nodeOutcome, detail);
        // A timeout in one engine while the other finished is slowness (Chicory's interpreter on a
        // loaded machine): the engine that finished decides; a timeout in every engine that ran is a hang.
        boolean chicorySlow = isTimeout(chicoryJudged);
        boolean nodeSlow = isTimeout(nodeJudged);
        if (chicorySlow && nodeOutcome != null && !nodeSlow || nodeSlow && chicoryOutcome != null && !chicorySlow) {
            String other = chicorySlow ? nodeJudged : chicoryJudged;
            return other == null ? Result.of(Verdict.ENGINE_TIMEOUT, chicorySlow ? chicoryJudged : nodeJudged, detail.toString())
                    : classify(other, other, detail);
        }
        String signature = chicoryJudged != null ? chicoryJudged : nodeJudged;
        if (signature == null) {
            return Result.of(Verdict.IDENTICAL, "", "");
        }
        return classify(signature, nodeJudged, detail);
    }

    /** The status of a process killed by SIGKILL (128 + 9): the kernel's out-of-memory killer, never Python itself. */
    private static final int SIGKILL_STATUS = 137;

    private static boolean isTimeout(String signature) {
        return signature != null && signature.endsWith(" timeout");
    }

    private static Result classify(String signature, String node, StringBuilder detail) {
        boolean internal = signature.contains("trap") || signature.contains("internal") || isTimeout(signature);
        Verdict verdict = internal ? Verdict.INTERNAL_ERROR
                : signature.startsWith(UNSUPPORTED) && (node == null || node.startsWith(UNSUPPORTED))
                ? Verdict.UNSUPPORTED : Verdict.DIFFERENT;
        return Result.of(verdict, signature, detail.toString());
    }

    /** A problem with the oracle's run that decides the verdict whatever Waspy did. */
    private Optional<Result> oracleFirst(Processes.Running python) {
        try {
            Outcome oracle = python.await(limit);
            return isSyntaxError(oracle)
                    ? Optional.of(Result.of(Verdict.INVALID, oracle.lastStderrLine(), oracle.stderrText()))
                    : Optional.empty();
        } catch (Processes.Timeout e) {
            return Optional.of(Result.of(Verdict.ORACLE_TIMEOUT, "", e.getMessage()));
        }
    }

    /** Adds to {@code detail} and returns a signature when the engine's run differs from the oracle's. */
    private static String judge(String engine, Outcome oracle, Outcome run, StringBuilder detail) {
        if (run == null) {
            return null;
        }
        if (run.status() == WasiRunner.TRAP_STATUS || run.status() == NodeWasi.TRAP_STATUS) {
            detail.append('[').append(engine).append("] trapped: ").append(run.lastStderrLine()).append('\n');
            return engine + " trap";
        }
        if (run.status() == INTERNAL_STATUS) {
            detail.append('[').append(engine).append("] stopped with an internal error: ").append(run.lastStderrLine()).append('\n');
            return engine + " internal error";
        }
        if (stoppedAsUnsupported(oracle, run)) {
            detail.append('[').append(engine).append("] ").append(run.lastStderrLine()).append('\n');
            return UNSUPPORTED + run.lastStderrLine().substring(UNSUPPORTED_PREFIX.length());
        }
        if (run.status() == TIMED_OUT) {
            detail.append('[').append(engine).append("] ran past the time limit while CPython finished\n");
            return engine + " timeout";
        }
        Optional<Mismatch.Difference> d = Mismatch.between(oracle, run);
        if (d.isEmpty()) {
            return null;
        }
        detail.append('[').append(engine).append("] ").append(d.get().report());
        return d.get().aspect();
    }

    /** Status recorded for a run that was stopped at the time limit (no real process exits with it). */
    private static final int TIMED_OUT = -1;
    /** The runtime's status for an operation it cannot do as CPython does, and for an inconsistency it found. */
    private static final int UNSUPPORTED_STATUS = 3;
    private static final int INTERNAL_STATUS = 70;
    private static final String UNSUPPORTED_PREFIX = "waspy: unsupported at run time:";
    private static final String UNSUPPORTED = "unsupported:";

    /** Status 3 with the runtime's message, after printing a prefix of what CPython printed. */
    private static boolean stoppedAsUnsupported(Outcome oracle, Outcome run) {
        return run.status() == UNSUPPORTED_STATUS && run.lastStderrLine().startsWith(UNSUPPORTED_PREFIX)
                && startsWith(oracle.stdout(), run.stdout());
    }

    private static boolean startsWith(byte[] whole, byte[] prefix) {
        return prefix.length <= whole.length
                && java.util.Arrays.equals(whole, 0, prefix.length, prefix, 0, prefix.length);
    }

    private Outcome runChicory(byte[] wasm) {
        try {
            return Chicory.run(wasm, NAME, Engine.INTERPRETER, limit);
        } catch (Processes.Timeout e) {
            return new Outcome(new byte[0], TIMED_OUT, new byte[0]);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(new byte[0], WasiRunner.TRAP_STATUS, ("internal: " + e).getBytes());
        }
    }

    private Outcome awaitOrTimeout(Processes.Running node) {
        try {
            return node.await(limit);
        } catch (Processes.Timeout e) {
            return new Outcome(new byte[0], TIMED_OUT, new byte[0]);
        }
    }

    private static boolean isSyntaxError(Outcome oracle) {
        String last = oracle.lastStderrLine();
        return oracle.status() != 0 && (last.startsWith("SyntaxError") || last.startsWith("IndentationError"));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String stackTop(Throwable e) {
        StringBuilder b = new StringBuilder();
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            b.append("    at ").append(trace[i]).append('\n');
        }
        return b.toString();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
