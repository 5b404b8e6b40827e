package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files {@code python3 FILE} refuses although {@code ast.parse} of their bytes accepts them (a NUL
 * byte or a byte that is not UTF-8 in a comment), and the same with a syntax error on an earlier
 * line, which wins: RunnableSource must give the line and message CPython prints when running
 * the file (its last stderr line and the "line N" of its traceback).
 */
class RunnableSourceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "x = 1\\n# a NUL \\0 here\\nprint(x)\\n",
        "x = 1\\nprint(x)\\0\\n",
        "x = 1\\n# caf\\xe9\\nprint(x)\\n",
        "x = (1\\n# caf\\xe9\\nprint(x)\\n",
        "x = 1 +\\n# a NUL \\0 here\\n",
        "x = 1\\nx = = 2\\n# caf\\xe9\\n",
    })
    void sameLineAndMessageAsRunningTheFile(String escaped) throws Exception {
        byte[] bytes = unescape(escaped);
        Path file = dir.resolve("prog.py");
        Files.write(file, bytes);
        Process p = new ProcessBuilder(CPythonOracle.python(), file.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        p.waitFor();
        String last = lines.getLast();
        Matcher line = Pattern.compile("line (\\d+)").matcher(String.join("\n", lines));
        assertNotNull(line.find() ? line.group(1) : null, "no line in CPython's report: " + lines);
        CompileError e = null;
        try {
            RunnableSource.parse(SourceFile.decode(file.toString(), bytes));
        } catch (CompileError x) {
            e = x;
        }
        assertNotNull(e, "accepted, CPython says " + last);
        assertEquals(last, "SyntaxError: " + e.getMessage());
        assertEquals(Integer.parseInt(line.group(1)), e.line());
    }

    private static byte[] unescape(String s) {
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
            } else if (s.charAt(i + 1) == 'n') {
                out.write('\n');
                i++;
            } else if (s.charAt(i + 1) == '0') {
                out.write(0);
                i++;
            } else {
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            }
        }
        return out.toByteArray();
    }
}
