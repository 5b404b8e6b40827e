package dev.waspy.frontend.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A golden file: Python source whose expectations sit in comments right after the function they
 * belong to, introduced by {@code # TAG:} (the function above) or {@code # TAG NAME:} (the function named,
 * {@code <module>} or an instance such as {@code h[int]}), each
 * expected line prefixed by {@code "# "}. {@link #check} compares them with what the compiler
 * produces; with {@code -Dwaspy.bless=true} it rewrites the file with the actual output instead.
 * Shared by the golden tests of the frontend (typed IR) and the middle-end (CFG IR) through the
 * frontend's test jar.
 */
public final class GoldenFile {
    private static final Pattern DEF = Pattern.compile("^def (\\w+)");

    public record Expectation(String function, int headerLine, List<String> expected) {}

    private final Path path;
    private final List<String> lines;
    private final String tag;

    public GoldenFile(Path path, String tag) throws IOException {
        this.path = path;
        this.lines = Files.readAllLines(path);
        this.tag = tag;
    }

    public static boolean blessing() { return Boolean.getBoolean("waspy.bless"); }

    public String header() { return lines.isEmpty() ? "" : lines.get(0); }

    public List<Expectation> expectations() {
        var out = new ArrayList<Expectation>();
        String lastDef = "<module>";
        Pattern head = Pattern.compile("^# " + Pattern.quote(tag) + "(?: ([^:]+))?:\\s*$");
        for (int i = 0; i < lines.size(); i++) {
            Matcher d = DEF.matcher(lines.get(i));
            if (d.find()) lastDef = d.group(1);
            Matcher h = head.matcher(lines.get(i));
            if (!h.matches()) continue;
            String fn = h.group(1) != null ? h.group(1) : lastDef;
            var exp = new ArrayList<String>();
            int j = i + 1;
            while (j < lines.size() && lines.get(j).startsWith("# ")) exp.add(lines.get(j++).substring(2));
            out.add(new Expectation(fn, i, exp));
            i = j - 1;
        }
        return out;
    }

    /** Compares each expectation with {@code actual.apply(function)}; returns the mismatches, or blesses. */
    public List<String> check(Function<String, String> actual) throws IOException {
        var problems = new ArrayList<String>();
        var rewritten = new ArrayList<String>();
        var exps = expectations();
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            rewritten.add(lines.get(i));
            if (next < exps.size() && exps.get(next).headerLine() == i) {
                Expectation e = exps.get(next++);
                List<String> got = actual.apply(e.function()).lines().toList();
                if (!got.equals(e.expected())) {
                    problems.add(path.getFileName() + ", " + e.function() + ":\n--- expected\n" + String.join("\n", e.expected())
                            + "\n--- actual\n" + String.join("\n", got));
                }
                for (String g : got) rewritten.add("# " + g);
                i += e.expected().size();
            }
        }
        if (blessing() && !problems.isEmpty()) {
            Files.writeString(path, String.join("\n", rewritten) + "\n");
            return List.of();
        }
        return problems;
    }
}
