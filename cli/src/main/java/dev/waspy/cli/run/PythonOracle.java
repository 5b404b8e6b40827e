package dev.waspy.cli.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs CPython, the oracle, exactly as {@code corpus/bless.sh} does: {@code python3 -X utf8 -B NAME.py}
 * in the program's directory with an empty stdin. UTF-8 mode keeps the output bytes independent of
 * the machine's locale.
 */
public final class PythonOracle {
    public static final String REQUIRED_VERSION = "3.11";

    private PythonOracle() {}

    /** Why CPython cannot serve as the oracle here, or empty when it can. */
    public static Optional<String> unavailableReason() {
        if (!Processes.available("python3")) {
            return Optional.of("python3 is not installed");
        }
        Outcome o = Processes.run(List.of("python3", "-c",
                "import sys; print('%d.%d' % sys.version_info[:2])"), Path.of("").toAbsolutePath(), Duration.ofSeconds(20));
        String version = new String(o.stdout()).strip();
        if (!version.equals(REQUIRED_VERSION)) {
            return Optional.of("the oracle is CPython " + REQUIRED_VERSION + ", found python3 " + version);
        }
        return Optional.empty();
    }

    public static Processes.Running start(Path program) {
        return start(program, List.of(), null);
    }

    /** {@code python3 -X utf8 -B NAME.py ARGS...} with stdin read from {@code stdin} (null: empty). */
    public static Processes.Running start(Path program, List<String> args, Path stdin) {
        List<String> command = new java.util.ArrayList<>(List.of("python3", "-X", "utf8", "-B", program.getFileName().toString()));
        command.addAll(args);
        return Processes.start(command, program.toAbsolutePath().getParent(), stdin);
    }
}
