package dev.waspy.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.BigStack;
import dev.waspy.frontend.syntax.CPythonOracleAccess;
import dev.waspy.frontend.syntax.Parser;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The symbol table against CPython's own: {@code scope/symtable_oracle.py} prints what Python's
 * {@code symtable} module says about each file (every block, every name's flags, scope and
 * {@code is_*} answers) and {@link SymbolTableDump} must print the same, for every corpus
 * program, every program under {@code scope/cases/} (closures, class scopes, comprehensions,
 * walrus, annotations, ...) and every fourth file of CPython's standard library.
 */
class SymbolTableTest {
    /** Every STDLIB_STRIDE-th standard library file, sorted by path: about 500 files, a few seconds each side. */
    private static final int STDLIB_STRIDE = 4;

    @TestFactory
    List<DynamicTest> corpusAndCasesMatchCPython() throws Exception {
        List<Path> files = new ArrayList<>(pyFiles(repoRoot().resolve("corpus/examples")));
        files.addAll(pyFiles(Path.of(SymbolTableTest.class.getResource("/scope/cases").toURI())));
        Map<Path, String> expected = oracle(files);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                String cpython = expected.get(f);
                assertTrue(cpython != null && !cpython.startsWith("E "), "CPython rejects " + f + ": " + cpython);
                assertEquals(cpython, dump(f));
            }));
        }
        return tests;
    }

    @Test
    void stdlibSampleMatchesCPython() throws Exception {
        String python = CPythonOracleAccess.python();
        Path stdlib = Path.of(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").trim());
        List<Path> all;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            all = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !stdlib.relativize(p).toString().contains("site-packages"))
                    .sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i += STDLIB_STRIDE) files.add(all.get(i));
        Map<Path, String> expected = oracle(files);
        int compared = 0;
        List<String> diffs = new ArrayList<>();
        for (Path f : files) {
            String cpython = expected.get(f);
            if (cpython == null || cpython.startsWith("E ")) continue; // Python 2 examples, bad encodings
            compared++;
            String mine;
            try {
                mine = dump(f);
            } catch (RuntimeException e) {
                mine = "exception: " + e;
            }
            if (!cpython.equals(mine)) diffs.add(firstDifference(f, cpython, mine));
        }
        System.out.println("stdlib symtable: " + (compared - diffs.size()) + "/" + compared + " identical");
        assertTrue(compared > 100, "expected a standard library sample under " + stdlib);
        assertTrue(diffs.isEmpty(), diffs.size() + " files differ; first: " + String.join("\n", diffs.subList(0, Math.min(5, diffs.size()))));
    }

    private static String dump(Path f) throws IOException {
        SourceFile src = SourceFile.decode(f.toString(), Files.readAllBytes(f));
        return BigStack.run(() -> SymbolTableDump.dump(SymbolTable.build(src, Parser.parse(src))));
    }

    private static String firstDifference(Path f, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) return f + " line " + (i + 1) + ":\n  CPython: " + el + "\n  Waspy:   " + al;
        }
        return f + ": identical?";
    }

    /** CPython's dump of each file (or "E message" when it rejects it), from one python3 process. */
    private static Map<Path, String> oracle(List<Path> files) throws Exception {
        String python = CPythonOracleAccess.python();
        String version;
        try {
            version = run(python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").trim();
        } catch (IOException e) {
            version = null;
        }
        Assumptions.assumeTrue(version != null, "no " + python + " to compare the symbol table with");
        assertEquals("3.11", version, "the symbol table follows CPython 3.11 (set WASPY_PYTHON to a python3.11)");
        Path script = Files.createTempFile("symtable_oracle", ".py");
        try (InputStream in = SymbolTableTest.class.getResourceAsStream("/scope/symtable_oracle.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process proc = new ProcessBuilder(python, script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Thread feeder = new Thread(() -> {
                try (Writer w = new OutputStreamWriter(proc.getOutputStream(), StandardCharsets.UTF_8)) {
                    for (Path f : files) w.write(f + "\n");
                } catch (IOException e) {
                    // missing answers show as failures below
                }
            });
            feeder.start();
            Map<Path, String> out = new LinkedHashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Path path = Path.of(line.substring(2));
                    StringBuilder sb = new StringBuilder();
                    String l;
                    while ((l = r.readLine()) != null && !l.equals("END")) {
                        sb.append(l).append('\n');
                        if (l.startsWith("E ")) break;
                    }
                    out.put(path, sb.toString().startsWith("E ") ? sb.toString().trim() : sb.toString());
                }
            }
            feeder.join();
            proc.waitFor();
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static List<Path> pyFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("corpus/examples"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no corpus/examples above " + Path.of("").toAbsolutePath());
        return p;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (proc.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed: " + out);
        return out;
    }
}
