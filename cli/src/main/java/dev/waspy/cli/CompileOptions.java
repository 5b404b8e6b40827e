package dev.waspy.cli;

import dev.waspy.backend.CompilerOptions;
import picocli.CommandLine.Option;

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

    @Option(names = "--max-memory", paramLabel = "MIB",
            description = "Largest linear memory the program may grow to, in MiB (default: 4096).")
    Integer maxMemoryMib;

    CompilerOptions toCompilerOptions() {
        CompilerOptions o = CompilerOptions.defaults().withOptimize(!noOpt);
        if (maxMemoryMib != null) {
            if (maxMemoryMib < 1 || maxMemoryMib > 4096) {
                throw new Failures.UserError("--max-memory must be between 1 and 4096 MiB");
            }
            o = o.withMaxMemoryPages(maxMemoryMib * 16);
        }
        return o;
    }
}
