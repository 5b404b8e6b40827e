package dev.waspy.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a WASI module in Node through {@code tools/node/run-wasi.mjs}. */
public final class NodeWasi {
    /** The runner's status for a trap, distinct from any status a Python program exits with here. */
    public static final int TRAP_STATUS = 134;
    private static final String RUNNER = "tools/node/run-wasi.mjs";

    private NodeWasi() {}

    /** The runner script, found in the repository above the working directory. */
    static Path runner() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path script = p.resolve(RUNNER);
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("cannot find " + RUNNER + " above " + here);
    }

    public static boolean available() {
        return Processes.available("node");
    }

    public static Processes.Running start(Path wasm, List<String> args) {
        return start(wasm, null, args, null);
    }

    /**
     * Runs the module with {@code sys.argv == [argv0, *args]} (argv0 null: the module's file name)
     * and stdin read from {@code stdin} (null: empty).
     */
    public static Processes.Running start(Path wasm, String argv0, List<String> args, Path stdin) {
        List<String> command = new ArrayList<>();
        command.add("node");
        // Node 20's V8 sometimes crashes (SIGSEGV) as a WASI program that grew its memory to tens of
        // MiB finishes, when its own garbage collector runs concurrently (binary_trees_gc, anagrams);
        // a single-threaded JS collector avoids it and changes nothing the program can observe.
        command.add("--single-threaded-gc");
        command.add(runner().toString());
        if (argv0 != null) {
            command.add("--argv0");
            command.add(argv0);
        }
        command.add(wasm.toAbsolutePath().toString());
        command.addAll(args);
        return Processes.start(command, wasm.toAbsolutePath().getParent(), stdin);
    }
}
