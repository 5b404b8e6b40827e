package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Broken programs as people write them: standard-library files with one random edit (a character
 * deleted, a token or newline inserted, a line indented), cut to a window around the edit.
 * Wherever CPython rejects the result, Waspy must report the same line, column and message; and
 * wherever CPython accepts it, Waspy must too (same tree). Seeded, so the same programs every run.
 */
class MutatedSourcesTest {
    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", ":", ",", "=", ".", "*", "if", "else",
        "for", "in", "lambda", "def", "\"", "'", "\n", "    ", "\\", "@", "->", "not", "yield", "1", "x", "import",
        "return", "pass", "async", "await", "+", "**", ";", "#", "\t", "f'{", "'''"};
    private static final int FILES = 400;

    @Test
    void errorsAgreeWithCPython() throws Exception {
        Path stdlib = Path.of(CPythonOracle.eval("import sysconfig; print(sysconfig.get_paths()['stdlib'])"));
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            sources = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !stdlib.relativize(p).toString().contains("site-packages")).sorted().toList());
        }
        Random rnd = new Random(2024);
        java.util.Collections.shuffle(sources, rnd);
        Path dir = Files.createTempDirectory("waspy-mutated");
        List<Path> cases = new ArrayList<>();
        try {
            for (Path src : sources.subList(0, Math.min(FILES, sources.size()))) {
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(src)))
                            .toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    continue;
                }
                String[] lines = text.split("\n", -1);
                if (lines.length < 5) {
                    continue;
                }
                for (int k = 0; k < 2; k++) {
                    Path out = dir.resolve(String.format("m%04d.py", cases.size()));
                    Files.writeString(out, mutate(lines, rnd));
                    cases.add(out);
                }
            }
            List<CPythonOracle.Answer> answers = new ArrayList<>();
            CPythonOracle.answers(cases, false, answers::add);
            int errors = 0;
            int sameErrors = 0;
            int accepted = 0;
            int sameTrees = 0;
            List<String> diffs = new ArrayList<>();
            for (CPythonOracle.Answer a : answers) {
                String mine = AstDumpTool.dumpLine(a.path().toString(), Files.readAllBytes(a.path()), false);
                String expected;
                if (a.failed()) {
                    errors++;
                    expected = "error: " + a.errLine() + ":" + a.errOffset() + ": " + a.errMsg();
                    if (expected.equals(mine)) {
                        sameErrors++;
                        continue;
                    }
                } else if (a.parsed()) {
                    accepted++;
                    expected = a.dump();
                    if (expected.equals(mine)) {
                        sameTrees++;
                        continue;
                    }
                } else {
                    continue;
                }
                diffs.add(a.path().getFileName() + ": CPython " + cut(expected) + " | Waspy " + cut(mine));
            }
            System.out.println("mutated stdlib: " + sameErrors + "/" + errors
                    + " syntax errors at CPython's line, column and message; " + sameTrees + "/" + accepted
                    + " accepted programs identical");
            String report = String.join("\n", diffs.subList(0, Math.min(10, diffs.size())));
            if (!diffs.isEmpty()) {
                System.out.println("differences:\n" + report);
            }
            assertTrue(sameTrees == accepted, "programs CPython accepts must parse identically:\n" + report);
            assertTrue(sameErrors >= errors * 0.98, "fewer than 98% of errors agree:\n" + report);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String mutate(String[] lines, Random rnd) {
        String[] ls = lines.clone();
        int i = rnd.nextInt(ls.length);
        String l = ls[i];
        double op = rnd.nextDouble();
        if (!l.isEmpty() && op < 0.4) {
            int j = rnd.nextInt(l.length());
            l = l.substring(0, j) + l.substring(j + 1);
        } else if (op < 0.8) {
            int j = rnd.nextInt(l.length() + 1);
            l = l.substring(0, j) + INSERTS[rnd.nextInt(INSERTS.length)] + l.substring(j);
        } else {
            l = " " + l;
        }
        ls[i] = l;
        int hi = Math.min(ls.length, i + 30);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < hi; k++) {
            sb.append(ls[k]).append('\n');
        }
        return sb.toString();
    }

    private static String cut(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
