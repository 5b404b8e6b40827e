package dev.waspy.frontend.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs CPython ({@code python3}, or {@code $WASPY_PYTHON}) as the oracle: one process dumps every
 * file through {@code ast_oracle.py} and streams back one record per file.
 */
final class CPythonOracle {
    /** CPython's answer for one file: dumps, or a syntax error's line/offset/message, or a skip reason. */
    record Answer(Path path, String dump, String dumpWithPositions, int errLine, int errOffset, String errMsg,
                  String skip) {
        boolean parsed() {
            return dump != null;
        }

        boolean failed() {
            return errMsg != null;
        }
    }

    private CPythonOracle() {}

    static String python() {
        String p = System.getenv("WASPY_PYTHON");
        return p != null && !p.isBlank() ? p : "python3";
    }

    /** Output of {@code python3 -c CODE}, trimmed. */
    static String eval(String code) throws IOException, InterruptedException {
        return eval(code, "");
    }

    /** Output of {@code python3 -c CODE} given {@code input} on stdin, trimmed. */
    static String eval(String code, String input) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder(python(), "-c", code).redirectErrorStream(true).start();
        try (Writer w = new OutputStreamWriter(proc.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write(input);
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (proc.waitFor() != 0) {
            throw new IOException(python() + " failed: " + out);
        }
        return out;
    }

    /** The oracle must be CPython 3.11: other versions have other trees and messages. */
    private static void checkVersion() throws IOException, InterruptedException {
        String v = eval("import sys; print('%d.%d' % sys.version_info[:2])");
        if (!v.equals("3.11")) {
            throw new IllegalStateException("the syntax tests need CPython 3.11 as " + python() + ", found " + v
                    + " (set WASPY_PYTHON to a python3.11)");
        }
    }

    /** Streams CPython's answers for {@code files}, in order, to {@code sink}. */
    static void answers(List<Path> files, boolean withPositions, Consumer<Answer> sink)
            throws IOException, InterruptedException {
        answers(files, withPositions ? List.of() : List.of("--no-pos"), sink, withPositions);
    }

    /** CPython's answers when it compiles each file with {@code compile()} (symbol table and compiler errors too). */
    static void compileAnswers(List<Path> files, Consumer<Answer> sink) throws IOException, InterruptedException {
        answers(files, List.of("--no-pos", "--compile"), sink, false);
    }

    private static void answers(List<Path> files, List<String> flags, Consumer<Answer> sink, boolean withPositions)
            throws IOException, InterruptedException {
        checkVersion();
        Path script = Files.createTempFile("ast_oracle", ".py");
        try (InputStream in = CPythonOracle.class.getResourceAsStream("/syntax/ast_oracle.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> cmd = new ArrayList<>(List.of(python(), script.toString()));
        cmd.addAll(flags);
        Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (Writer w = new OutputStreamWriter(proc.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Path f : files) {
                    w.write(f.toString());
                    w.write('\n');
                }
            } catch (IOException e) {
                // The reader below reports the broken pipe as missing answers.
            }
        });
        feeder.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8),
                1 << 20)) {
            String line = r.readLine();
            while (line != null) {
                if (!line.startsWith("P ")) {
                    throw new IOException("unexpected oracle output: " + line);
                }
                Path path = Path.of(line.substring(2));
                String l2 = r.readLine();
                Answer a;
                if (l2.startsWith("D ")) {
                    String pos = null;
                    line = r.readLine();
                    if (withPositions && line != null && line.startsWith("A ")) {
                        pos = line.substring(2);
                        line = r.readLine();
                    }
                    a = new Answer(path, l2.substring(2), pos, 0, 0, null, null);
                    sink.accept(a);
                    continue;
                } else if (l2.startsWith("E ")) {
                    String[] parts = l2.substring(2).split(" ", 3);
                    a = new Answer(path, null, null, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                            parts.length > 2 ? parts[2] : "", null);
                } else {
                    a = new Answer(path, null, null, 0, 0, null, l2.substring(2));
                }
                sink.accept(a);
                line = r.readLine();
            }
        } finally {
            feeder.join();
            if (!proc.waitFor(60, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
            }
            Files.deleteIfExists(script);
        }
    }
}
