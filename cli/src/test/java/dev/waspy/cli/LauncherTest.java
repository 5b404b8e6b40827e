package dev.waspy.cli;

import dev.waspy.cli.run.ChicorySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code ./waspy} launcher starts its JVM with the options the Chicory settings chose. */
class LauncherTest {
    /** How the launcher hands the JVM its class-sharing archive (an unusable one must stay silent). */
    private static final List<String> CDS_OPTIONS = List.of("-XX:SharedArchiveFile=", "-Xlog:cds*=off");

    private static String script() throws IOException {
        // Surefire runs with cli/ as the working directory; the launcher is at the repository root.
        return Files.readString(Path.of("..", "waspy"));
    }

    private static String line(String script, String start) {
        return script.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void theLauncherUsesTheChicoryJvmOptions() throws IOException {
        String script = script();
        String options = line(script, "jvm_options=(");
        for (String option : ChicorySettings.JVM_OPTIONS) {
            assertTrue(options.matches(".*[( ]" + java.util.regex.Pattern.quote(option) + "[ )].*"),
                    "./waspy does not start java with " + option + ": " + options);
        }
        String exec = line(script, "exec ");
        assertTrue(exec.contains("\"${jvm_options[@]}\"") && exec.contains("\"${cds_options[@]}\""), exec);
        String cds = line(script, "cds_options=(");
        for (String option : CDS_OPTIONS) {
            assertTrue(cds.contains(option), "./waspy's class-sharing options lack " + option + ": " + cds);
        }
    }

    /**
     * The launcher relies on this: a JVM given an archive it cannot use (here garbage; in practice
     * one made by another JDK or before the jars were rebuilt) runs the program as if there were
     * none, and says nothing on stdout or stderr, which belong to the program.
     */
    @Test
    void anUnusableArchiveIsIgnoredSilently(@TempDir Path dir) throws IOException, InterruptedException {
        Path archive = Files.writeString(dir.resolve("waspy.jsa"), "not an archive");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), CDS_OPTIONS.get(0) + archive, CDS_OPTIONS.get(1),
                "-cp", System.getProperty("java.class.path"), Echo.class.getName())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();
        assertEquals(0, p.waitFor());
        assertEquals("ok\n", Files.readString(dir.resolve("out"), StandardCharsets.UTF_8));
        assertEquals("", Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    /** The program of the test above. */
    public static final class Echo {
        public static void main(String[] args) {
            System.out.print("ok\n");
        }
    }
}
