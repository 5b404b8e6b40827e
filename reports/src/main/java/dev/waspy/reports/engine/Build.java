package dev.waspy.reports.engine;

import java.nio.file.Path;

/** The result of turning a benchmark into a WebAssembly module (by Waspy, or by clang from C). */
public sealed interface Build permits Build.Module, Build.Failed, Build.Absent {

    /** A module on disk, and the wall-clock time the compiler command took to make it. */
    record Module(Path wasm, long bytes, double compileMs) implements Build {
    }

    /** The compiler refused or crashed; {@code error} is what it said. */
    record Failed(String error) implements Build {
    }

    /** Nothing to build: no C version of this benchmark, or the compiler is not installed. */
    record Absent(String reason) implements Build {
    }
}
