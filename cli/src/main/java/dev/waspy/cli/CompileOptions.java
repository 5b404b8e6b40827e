package dev.waspy.cli;

import dev.waspy.backend.CompilerOptions;
import dev.waspy.backend.gc.GcMode;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.middle.dump.IrPrinter;
import dev.waspy.middle.pass.PassContext;
import dev.waspy.middle.pass.Passes;
import picocli.CommandLine.Option;

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

    @Option(names = "-O0", description = "Skip the middle-end's optimization passes.")
    boolean noOpt;

    @Option(names = "--passes", paramLabel = "LIST", split = ",",
            description = "The middle-end's passes to run, in order (default: the standard pipeline). Known: "
                    + "${COMPLETION-CANDIDATES}.", completionCandidates = PassNames.class)
    List<String> passes;

    @Option(names = "--dump-after", paramLabel = "STEP",
            description = "Print the IR after a step: 'build' (CFG construction), a pass name, or 'all'.")
    String dumpAfter;

    @Option(names = "--time-passes", description = "Print how long CFG construction and each pass took.")
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

    @Option(names = "--frontend", paramLabel = "PATH",
            description = "Which IR builder to use: typed (the frontend's type inference, default) or generic"
                    + " (every value an object; not every construct yet).")
    String frontend = "typed";

    /** What the pass observer collected: IR dumps and pass times, printed by the command. */
    final StringBuilder passReport = new StringBuilder();

    CompilerOptions toCompilerOptions() {
        CompilerOptions o = CompilerOptions.defaults().withOptimize(!noOpt).withColourLocals(!oneLocalPerValue)
                .withGc(new GcMode(gcVerify, gcStress, gcStats));
        if (passes != null) {
            if (noOpt) {
                throw new Failures.UserError("-O0 and --passes contradict each other");
            }
            List<String> known = Passes.names();
            for (String p : passes) {
                if (!known.contains(p)) {
                    throw new Failures.UserError("unknown pass '" + p + "'; known: " + String.join(", ", known));
                }
            }
            o = o.withPasses(passes);
        }
        if (dumpAfter != null || timePasses) {
            o = o.withObserver(this::observe);
        }
        o = o.withFrontend(switch (frontend) {
            case "typed" -> MiddleEnd.Frontend.TYPED;
            case "generic" -> MiddleEnd.Frontend.GENERIC;
            default -> throw new Failures.UserError("--frontend must be 'typed' or 'generic', not '" + frontend + "'");
        });
        if (maxMemoryMib != null) {
            if (maxMemoryMib < 1 || maxMemoryMib > 4096) {
                throw new Failures.UserError("--max-memory must be between 1 and 4096 MiB");
            }
            o = o.withMaxMemoryPages(maxMemoryMib * 16);
        }
        return o;
    }

    private void observe(String step, PassContext ctx, long nanos) {
        if (timePasses) {
            passReport.append(String.format("pass %-14s %8.2f ms%n", step, nanos / 1e6));
        }
        if (dumpAfter != null && (dumpAfter.equals("all") || dumpAfter.equals(step))) {
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
