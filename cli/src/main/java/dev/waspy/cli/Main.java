package dev.waspy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code waspy} command. Exit statuses: 0 success (or, for {@code run}, the program's own
 * status), 2 an error in the program or on the command line, 3 a bug in Waspy.
 */
@Command(name = "waspy", mixinStandardHelpOptions = true, version = "waspy 0.1.0",
        description = "An ahead-of-time compiler from Python 3.11 to WebAssembly.",
        subcommands = CommandLine.HelpCommand.class)
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Timing.mainEnteredMillis = System.currentTimeMillis();
        System.exit(execute(args, Streams.system()));
    }

    /** Runs the command line with explicit streams; the result is the exit status. */
    public static int execute(String[] args, Streams io) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("run", new CommandLine(new RunCommand(io)).setStopAtPositional(true));
        cl.addSubcommand("build", new BuildCommand(io));
        cl.addSubcommand("dump-ast", new DumpAstCommand());
        cl.setOut(new PrintWriter(io.outPrinter(), true));
        cl.setErr(new PrintWriter(io.errPrinter(), true));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // Commands report their own failures; this catches what escapes them anyway.
            return Failures.report(ex, "waspy", false, io.errPrinter());
        });
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            return Failures.report(t, "waspy", false, io.errPrinter());
        }
    }

    /** {@code waspy} without a command: the usage, as for any other command-line mistake. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.COMPILE_ERROR;
    }
}
