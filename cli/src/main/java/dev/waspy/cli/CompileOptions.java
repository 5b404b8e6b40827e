package dev.waspy.cli;

import dev.waspy.backend.CompilerOptions;
import dev.waspy.backend.gc.GcMode;
import dev.waspy.middle.dump.IrPrinter;
import dev.waspy.middle.dump.PassDumps;
import dev.waspy.middle.pass.PassContext;
import dev.waspy.middle.pass.PassObserver;
import dev.waspy.middle.pass.Passes;
import dev.waspy.middle.pass.Pipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options every compiling command takes. */
final class CompileOptions {
    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--dump-ir", description = "Print the middle-end's IR (after its passes).")
    boolean dumpIr;

    @Option(names = "--dump-layout", description = "Print the linear-memory map.")
    boolean dumpLayout;

    @Option(names = "--time-phases", description = "Print how long each compiler phase took (stderr).")
    boolean timePhases;

    @Option(names = "-O", paramLabel = "LEVEL", description = "Optimization level: -O0 (the required passes only:"
            + " mem2reg), -O1, -O2 (default: " + Pipeline.DEFAULT_LEVEL + ").")
    Integer level;

    @Option(names = "--disable-pass", paramLabel = "NAME", split = ",", description = "Leave a pass out of the"
            + " level's pipeline (repeatable; for ablation). Required passes cannot be disabled.")
    List<String> disabled;

    @Option(names = "--passes", paramLabel = "LIST", split = ",",
            description = "The middle-end's passes to run, in order, instead of a level's pipeline; it must run the"
                    + " required passes and obey the ordering table. Known: ${COMPLETION-CANDIDATES}.",
            completionCandidates = PassNames.class)
    List<String> passes;

    @Option(names = "--dump-after", paramLabel = "STEP",
            description = "Print the IR after a step: 'build' (CFG construction), a pass name, or 'all'.")
    String dumpAfter;

    @Option(names = "--dump-dir", paramLabel = "DIR", description = "With --dump-after: write the dumps into DIR,"
            + " one file per function per step (NN.STEP.FUNCTION.ir), instead of printing them.")
    Path dumpDir;

    @Option(names = "--time-passes", description = "Print how long CFG construction and each pass took, and the"
            + " analyses each pass had computed.")
    boolean timePasses;

    @Option(names = "--one-local-per-value",
            description = "Give every IR value its own Wasm local (default: share locals by interference-graph colouring).")
    boolean oneLocalPerValue;

    @Option(names = "--max-memory", paramLabel = "MIB",
            description = "Largest linear memory the program may grow to, in MiB (default: 4096).")
    Integer maxMemoryMib;

    @Option(names = "--gc-verify", description = "Check the whole heap before and after every garbage collection;"
            + " a corrupt heap stops the program (status 70).")
    boolean gcVerify;

    @Option(names = "--gc-stress", description = "Collect garbage at every safepoint (slow; finds missing roots).")
    boolean gcStress;

    @Option(names = "--gc-stats", description = "At a normal exit, print the number of collections and the"
            + " memory size to stderr.")
    boolean gcStats;

    @Option(names = "--warn-annotations", description = "Print a warning (stderr) where a value's type disagrees with"
            + " its annotation; the value's own type wins either way.")
    boolean warnAnnotations;

    /** The warnings compilation reported, printed by the command on stderr. */
    final StringBuilder warnings = new StringBuilder();

    /** What the pass observer collected: IR dumps and pass times, printed by the command. */
    final StringBuilder passReport = new StringBuilder();

    CompilerOptions toCompilerOptions() {
        CompilerOptions o = CompilerOptions.defaults().withColourLocals(!oneLocalPerValue)
                .withGc(new GcMode(gcVerify, gcStress, gcStats));
        try {
            if (passes != null) {
                if (level != null || disabled != null) {
                    throw new Failures.UserError("--passes replaces -O and --disable-pass; give one or the other");
                }
                o = o.withPasses(Pipeline.check(passes));
            } else {
                o = o.withLevel(level == null ? Pipeline.DEFAULT_LEVEL : level, disabled == null ? List.of() : disabled);
            }
        } catch (Pipeline.InvalidPipeline e) {
            throw new Failures.UserError(e.getMessage());
        }
        if (dumpDir != null) {
            if (dumpAfter == null) {
                throw new Failures.UserError("--dump-dir needs --dump-after=STEP|all");
            }
            try {
                java.nio.file.Files.createDirectories(dumpDir);
            } catch (java.io.IOException e) {
                throw new Failures.UserError("cannot create the dump directory " + dumpDir + ": " + e.getMessage());
            }
        }
        PassObserver observer = PassObserver.NONE;
        if (timePasses) {
            observer = observer.andThen(this::time);
        }
        if (dumpAfter != null) {
            observer = observer.andThen(dumpDir != null ? new PassDumps(dumpDir, this::dumps) : this::dump);
        }
        if (observer != PassObserver.NONE) {
            o = o.withObserver(observer);
        }
        if (warnAnnotations) {
            o = o.withWarnings(w -> warnings.append(w.format("warning")).append('\n'));
        }
        if (maxMemoryMib != null) {
            if (maxMemoryMib < 1 || maxMemoryMib > 4096) {
                throw new Failures.UserError("--max-memory must be between 1 and 4096 MiB");
            }
            o = o.withMaxMemoryPages(maxMemoryMib * 16);
        }
        return o;
    }

    /** Analysis computations seen so far, to show what each step computed. */
    private final java.util.Map<String, Integer> analysesSeen = new java.util.TreeMap<>();

    private void time(String step, PassContext ctx, long nanos) {
        StringBuilder computed = new StringBuilder();
        ctx.analyses().computations().forEach((name, n) -> {
            int before = analysesSeen.getOrDefault(name, 0);
            if (n > before) {
                computed.append(computed.isEmpty() ? "  (computed: " : ", ").append(name).append(" x").append(n - before);
            }
            analysesSeen.put(name, n);
        });
        passReport.append(String.format("pass %-14s %8.2f ms%s%n", step, nanos / 1e6, computed.isEmpty() ? "" : computed + ")"));
    }

    private boolean dumps(String step) {
        return dumpAfter.equals("all") || dumpAfter.equals(step);
    }

    private void dump(String step, PassContext ctx, long nanos) {
        if (dumps(step)) {
            passReport.append("=== IR after ").append(step).append(" ===\n").append(IrPrinter.print(ctx.program()));
        }
    }

    /** The pass names for --help. */
    static final class PassNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Passes.names().iterator();
        }
    }
}
