package dev.waspy.cli;

import dev.waspy.backend.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code waspy} command. Exit statuses: 0 success (or, for {@code run}, the program's own
 * status), 2 an error in the program or on the command line, 3 a bug in Waspy.
 */
@Command(name = "waspy", mixinStandardHelpOptions = true, version = "waspy " + Version.NUMBER,
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
        // Options are recognized anywhere before "--" (picocli's default), also after the file:
        // an unknown one is an error with a hint, never silently passed to the program.
        cl.addSubcommand("run", new RunCommand(io));
        cl.addSubcommand("build", new BuildCommand(io));
        cl.addSubcommand("dump-ast", new DumpAstCommand());
        cl.setOut(new PrintWriter(io.outPrinter(), true));
        cl.setErr(new PrintWriter(io.errPrinter(), true));
        cl.setParameterExceptionHandler(Main::badCommandLine);
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

    /**
     * Picocli's report of a command-line mistake (the message, then a suggestion or the usage),
     * with a hint for {@code run}, whose program arguments may themselves look like options.
     */
    private static int badCommandLine(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getCommand() instanceof RunCommand
                && u.getUnmatched().stream().anyMatch(a -> a.startsWith("-"))) {
            err.println("Arguments for the program that start with '-' go after '--': waspy run FILE.py -- ARGS...");
        }
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            cmd.usage(err);
        }
        return ExitStatus.COMPILE_ERROR;
    }

    /** {@code waspy} without a command: the usage, as for any other command-line mistake. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.COMPILE_ERROR;
    }
}
