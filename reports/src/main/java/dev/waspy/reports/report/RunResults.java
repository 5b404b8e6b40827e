package dev.waspy.reports.report;

import dev.waspy.reports.engine.Engine;
import dev.waspy.reports.run.BenchmarkResult;
import dev.waspy.reports.speed.CompilerSpeed;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything one run of the harness measured, from which every report form is written. */
public record RunResults(String command, Instant started, double seconds, int rounds, int roundsPlanned,
                         double timeoutSeconds,
                         Map<String, String> machine, Map<String, String> versions, List<Engine> engines,
                         List<BenchmarkResult> benchmarks, Map<String, Long> peerPayloadBytes,
                         CompilerSpeed compilerSpeed) {
}
