package dev.waspy.corpus;

import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same source gives the same bytes: every corpus program is built in two separate JVMs and the
 * modules must be identical. Two processes are needed because what breaks determinism is iteration
 * over hash-ordered collections whose order depends on identity hash codes (blocks, instructions) or
 * on the per-JVM salt of {@code Set.of}/{@code Map.of}; within one JVM a second build usually
 * repeats the first. The second JVM is also given another identity-hash algorithm (a global
 * sequence instead of the default thread-local xorshift) so orders that happen to agree by luck
 * are unlikely to.
 */
class DeterministicBuildTest {
    private static final Duration LIMIT = Duration.ofSeconds(300);

    @TempDir
    Path work;

    @Test
    void twoJvmsWriteTheSameModules() throws IOException {
        Path a = work.resolve("a");
        Path b = work.resolve("b");
        Processes.Running first = build(a, List.of());
        Processes.Running second = build(b, List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=3"));
        for (Processes.Running side : List.of(first, second)) {
            Outcome o = side.await(LIMIT);
            assertEquals(0, o.status(), () -> "the build failed: " + o.stderrText());
        }
        List<Path> filesA = files(a);
        assertEquals(filesA.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList(),
                "the two builds wrote different sets of files");
        assertTrue(filesA.size() >= BuildEvery.programs().size(), "fewer files than programs");
        List<String> differing = new ArrayList<>();
        for (Path fa : filesA) {
            Path rel = a.relativize(fa);
            if (!Arrays.equals(Files.readAllBytes(fa), Files.readAllBytes(b.resolve(rel)))) {
                differing.add(rel.toString());
            }
        }
        assertEquals(List.of(), differing, "modules that differ between two builds of the same source");
    }

    private static Processes.Running build(Path out, List<String> jvmOptions) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss16m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildEvery.class.getName(), out.toString()));
        return Processes.start(command, Corpus.root());
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
