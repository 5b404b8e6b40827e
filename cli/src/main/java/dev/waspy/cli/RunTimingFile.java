package dev.waspy.cli;

import dev.waspy.backend.PhaseTimes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code waspy run --timing-file=FILE}: the module's load and run times as one JSON object,
 * {@code {"loadMs": 12.345, "runMs": 678.901}}, the form every runner of the benchmark harness
 * writes (reports/README.md): the {@code load (ENGINE)} and {@code run (ENGINE)} phases WasiRunner
 * recorded; the compiler's own phases are left out.
 */
final class RunTimingFile {
    private RunTimingFile() {}

    static void write(Path file, PhaseTimes times, PrintStream err) {
        double load = 0;
        double run = 0;
        for (Map.Entry<String, Long> phase : times.nanos().entrySet()) {
            if (phase.getKey().startsWith("load (")) {
                load += phase.getValue() / 1e6;
            } else if (phase.getKey().startsWith("run (")) {
                run += phase.getValue() / 1e6;
            }
        }
        try {
            Files.writeString(file, String.format(Locale.ROOT, "{\"loadMs\": %.3f, \"runMs\": %.3f}%n", load, run));
        } catch (IOException e) {
            // The program's own status stands; the harness then reports that no timing was written.
            err.println("waspy: cannot write the timing file " + file + ": " + e.getMessage());
        }
    }
}
