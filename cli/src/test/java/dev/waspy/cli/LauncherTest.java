package dev.waspy.cli;

import dev.waspy.cli.run.ChicorySettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code ./waspy} launcher starts its JVM with the options the Chicory settings chose. */
class LauncherTest {
    @Test
    void theLauncherUsesTheChicoryJvmOptions() throws IOException {
        // Surefire runs with cli/ as the working directory; the launcher is at the repository root.
        String script = Files.readString(Path.of("..", "waspy"));
        String exec = script.lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        for (String option : ChicorySettings.JVM_OPTIONS) {
            assertTrue(exec.contains(" " + option + " "), "./waspy does not start java with " + option + ": " + exec);
        }
    }
}
