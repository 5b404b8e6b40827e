package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every .py file of the installed CPython's standard library and compares Waspy's
 * {@code ast.dump} with CPython's, without and with positions. CPython dumps on one core while
 * Waspy parses ahead on the other.
 */
class StdlibAstTest {
    private static final int LOOKAHEAD = 256;

    record Mine(String dump, String withPositions) {}

    @Test
    void everyStdlibFileParsesToCPythonsTree() throws Exception {
        Path stdlib = Path.of(CPythonOracle.eval("import sysconfig; print(sysconfig.get_paths()['stdlib'])"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !stdlib.relativize(p).toString().contains("site-packages"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 100, "expected a standard library under " + stdlib);

        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "waspy-parse", 512L << 20);
            t.setDaemon(true);
            return t;
        });
        Semaphore window = new Semaphore(LOOKAHEAD);
        List<Future<Mine>> mine = new ArrayList<>(files.size());
        for (Path f : files) {
            mine.add(pool.submit(() -> {
                window.acquire();
                byte[] src = Files.readAllBytes(f);
                return new Mine(AstDumpTool.dumpLine(f.toString(), src, false),
                        AstDumpTool.dumpLine(f.toString(), src, true));
            }));
        }

        int[] counts = new int[5]; // parsed, same, samePos, cpythonErrors, sameErrors
        List<String> diffs = new ArrayList<>();
        int[] index = {0};
        CPythonOracle.answers(files, true, a -> {
            Mine m;
            try {
                m = mine.get(index[0]++).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                window.release();
            }
            if (a.parsed()) {
                counts[0]++;
                if (a.dump().equals(m.dump())) {
                    counts[1]++;
                } else {
                    diffs.add(describe(a.path(), a.dump(), m.dump()));
                }
                if (a.dumpWithPositions().equals(m.withPositions())) {
                    counts[2]++;
                } else if (a.dump().equals(m.dump())) {
                    diffs.add(describe(a.path(), a.dumpWithPositions(), m.withPositions()));
                }
            } else if (a.failed()) {
                counts[3]++;
                String expected = "error: " + a.errLine() + ":" + a.errOffset() + ": " + a.errMsg();
                if (expected.equals(m.dump())) {
                    counts[4]++;
                } else {
                    diffs.add(describe(a.path(), expected, m.dump()));
                }
            }
        });
        pool.shutdownNow();
        assertEquals(files.size(), index[0], "CPython answered for every file");

        System.out.println("stdlib ast: " + counts[1] + "/" + counts[0] + " identical");
        System.out.println("stdlib ast: " + counts[2] + "/" + counts[0] + " identical (with positions)");
        System.out.println("stdlib syntax errors: " + counts[4] + "/" + counts[3] + " at CPython's line and column");
        String report = String.join("\n", diffs.subList(0, Math.min(10, diffs.size())));
        assertEquals(counts[0], counts[1], "dumps differ:\n" + report);
        assertEquals(counts[0], counts[2], "dumps with positions differ:\n" + report);
        assertEquals(counts[3], counts[4], "syntax errors differ:\n" + report);
    }

    private static String describe(Path path, String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return path + " differs at character " + i + "\n  CPython: ..."
                + expected.substring(from, Math.min(expected.length(), i + 80)) + "\n  Waspy:   ..."
                + actual.substring(from, Math.min(actual.length(), i + 80));
    }

}
