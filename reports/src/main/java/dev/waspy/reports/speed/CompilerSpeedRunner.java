package dev.waspy.reports.speed;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Measures the compiler's own speed (JMH throughput and the scaling curve). */
public final class CompilerSpeedRunner {
    private CompilerSpeedRunner() {
    }

    public static CompilerSpeed measure(Path root, Consumer<String> log) {
        return CompilerSpeed.unavailable("Compiler speed is not measured yet: the compiler API"
                + " (Parser.parse, Compiler.compile) is not available in this build.");
    }
}
