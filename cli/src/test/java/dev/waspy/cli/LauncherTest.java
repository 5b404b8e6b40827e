package dev.waspy.cli;

import dev.waspy.cli.run.ChicorySettings;
import dev.waspy.cli.run.JitChoice;
import dev.waspy.cli.run.JitChoice.Mode;
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
        assertTrue(exec.contains("\"${jvm_options[@]}\" ${jit_options[@]+\"${jit_options[@]}\"}") && exec.contains("\"${cds_options[@]}\""),
                exec);
        String tiered = line(script, "      jit_options=(");
        assertEquals("      jit_options=(" + String.join(" ", ChicorySettings.TIERED_OPTIONS) + ")", tiered);
        String cds = line(script, "cds_options=(");
        for (String option : CDS_OPTIONS) {
            assertTrue(cds.contains(option), "./waspy's class-sharing options lack " + option + ": " + cds);
        }
    }

    /**
     * The launcher relies on this: a JVM given an archive it cannot use (here garbage; in practice
     * one made by another JDK or before the jars were rebuilt) runs the program as if there were
     * none, and says nothing on stdout or stderr, which belong to the program; nor do the JIT
     * options of either configuration.
     */
    @Test
    void theJvmSaysNothingOnTheProgramsStreams(@TempDir Path dir) throws IOException, InterruptedException {
        Path archive = Files.writeString(dir.resolve("waspy.jsa"), "not an archive");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString()));
        command.addAll(ChicorySettings.JVM_OPTIONS);
        command.addAll(ChicorySettings.TIERED_OPTIONS);
        command.addAll(List.of(CDS_OPTIONS.get(0) + archive, CDS_OPTIONS.get(1),
                "-cp", System.getProperty("java.class.path"), Echo.class.getName()));
        Process p = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();
        assertEquals(0, p.waitFor());
        assertEquals("ok\n", Files.readString(dir.resolve("out"), StandardCharsets.UTF_8));
        assertEquals("", Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    /**
     * The launcher's JIT choice reads the state a run wrote ({@link JitChoice#update}): the block of
     * the script, run by bash as the launcher runs it, for a program with no state, with a state
     * that says C1 and with one that says tiered, and with the program after other options.
     */
    @Test
    void theLauncherFollowsTheStateTheRunsWrite(@TempDir Path dir) throws IOException, InterruptedException {
        String script = script();
        String block = script.substring(script.indexOf("# JIT choice"), script.indexOf("\nexec ") + 1);
        Path program = Files.writeString(dir.resolve("prog.py"), "print(1)\n");
        Path cache = dir.resolve("cache");
        Path state = cache.resolve("waspy/jit/" + sha256(Files.readAllBytes(program)));

        assertEquals("c1 - " + state, choice(block, cache, "run", "--engine=compiler", program.toString()));
        JitChoice.update(state, Mode.C1, 50);
        assertEquals("c1 - " + state, choice(block, cache, "run", program.toString(), "arg.py"));
        JitChoice.update(state, Mode.C1, 344);
        assertEquals("tiered " + String.join(" ", ChicorySettings.TIERED_OPTIONS) + " " + state,
                choice(block, cache, "run", "--timing-file=t.json", program.toString()));
        JitChoice.update(state, Mode.TIERED, 422);
        assertEquals("c1 - " + state, choice(block, cache, "run", program.toString()));
        // Other commands, and a file after --, choose nothing.
        assertEquals("- - -", choice(block, cache, "build", program.toString()));
        assertEquals("- - -", choice(block, cache, "run", "--", program.toString()));
    }

    /**
     * The launcher puts picocli's jar on the boot class path (Java 5 class files, which the JVM then
     * does not verify): the command line parses, runs and reports errors from there as from the
     * class path.
     */
    @Test
    void theCommandLineRunsWithPicocliOnTheBootClassPath(@TempDir Path dir) throws Exception {
        String script = script();
        assertTrue(script.contains("*/picocli-*.jar) boot_path="), "./waspy no longer moves picocli to the boot class path");
        String picocli = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String rest = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.equals(picocli)).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path hello = Path.of("..", "corpus", "examples", "hello.py").toAbsolutePath();
        for (List<String> args : List.of(List.of("run", "--no-cache", hello.toString()), List.of("run", "--bogus", hello.toString()))) {
            List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xbootclasspath/a:" + picocli,
                    "-cp", rest, Main.class.getName()));
            command.addAll(args);
            Process p = new ProcessBuilder(command)
                    .redirectOutput(dir.resolve("out").toFile())
                    .redirectError(dir.resolve("err").toFile())
                    .start();
            int status = p.waitFor();
            String out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
            String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
            if (args.contains("--bogus")) {
                assertEquals(2, status, err);
                assertTrue(err.startsWith("Unknown option: '--bogus'"), err);
            } else {
                assertEquals(0, status, err);
                assertEquals("Hello, world!\n", out);
                assertEquals("", err);
            }
        }
    }

    /**
     * The launcher's JDK check ({@code scripts/env.sh}) reads the feature version from a JDK's
     * {@code release} file without starting it, and asks the JVM only when the file says nothing.
     */
    @Test
    void theJdkVersionComesFromTheReleaseFile(@TempDir Path dir) throws IOException, InterruptedException {
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = Files.writeString(jdk.resolve("java"),
                "#!/bin/sh\necho '    java.specification.version = 17' >&2\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"21.0.2\"\nOS_ARCH=\"x\"");
        assertEquals("21.0.2", javaMajor(java));
        Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"x\"\n");
        assertEquals("17", javaMajor(java));
    }

    private static String javaMajor(Path java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "source ../scripts/env.sh && waspy_java_major \"$1\"", "test",
                java.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** What the block chose: WASPY_JIT, the JIT options and WASPY_JIT_STATE ("-" for none). */
    private static String choice(String block, Path cache, String... args) throws IOException, InterruptedException {
        String report = "echo \"${WASPY_JIT:--} ${jit_options[*]:--} ${WASPY_JIT_STATE:--}\"";
        var command = new java.util.ArrayList<>(List.of("bash", "-c", "set -euo pipefail\n" + block + report, "waspy"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove(JitChoice.STATE_VARIABLE);
        pb.environment().remove(JitChoice.MODE_VARIABLE);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The program of {@link #theJvmSaysNothingOnTheProgramsStreams}. */
    public static final class Echo {
        public static void main(String[] args) {
            System.out.print("ok\n");
        }
    }
}
