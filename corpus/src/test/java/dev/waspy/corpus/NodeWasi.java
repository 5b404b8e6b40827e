package dev.waspy.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a WASI module in Node through {@code tools/node/run-wasi.mjs}. */
final class NodeWasi {
    /** The runner's status for a trap, distinct from any status a Python program exits with here. */
    static final int TRAP_STATUS = 134;

    private NodeWasi() {}

    static boolean available() {
        return Processes.available("node");
    }

    static Processes.Running start(Path wasm, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("node");
        // Node 20's V8 sometimes crashes (SIGSEGV) as a WASI program that grew its memory to tens of
        // MiB finishes, when its own garbage collector runs concurrently (binary_trees_gc, anagrams);
        // a single-threaded JS collector avoids it and changes nothing the program can observe.
        command.add("--single-threaded-gc");
        command.add(Corpus.root().resolve("tools/node/run-wasi.mjs").toString());
        command.add(wasm.toAbsolutePath().toString());
        command.addAll(args);
        return Processes.start(command, wasm.toAbsolutePath().getParent());
    }
}
