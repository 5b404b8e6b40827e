package dev.waspy.difftest.reduce;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing program while a predicate (the same failure persists) holds, in two passes
 * repeated until neither changes anything:
 * <ol>
 * <li>statements: delta debugging over the program's statements, a statement being a line with
 * the lines indented below it; chunks of consecutive statements are removed, halving the chunk
 * size down to one, and a compound statement is also tried replaced by its own body;</li>
 * <li>expressions: {@link Simplifier} replaces parenthesized sub-expressions by an operand, and
 * literals by small ones.</li>
 * </ol>
 * The predicate is given whole candidate programs; it must reject programs CPython rejects.
 */
public final class Reducer {
    private final Predicate<String> stillFails;
    private int tests;

    public Reducer(Predicate<String> stillFails) {
        this.stillFails = stillFails;
    }

    /** How many candidates the predicate judged. */
    public int tests() {
        return tests;
    }

    public String reduce(String program) {
        List<String> lines = new ArrayList<>(program.lines().toList());
        boolean changed = true;
        while (changed) {
            changed = removeStatements(lines);
            changed |= unwrapBlocks(lines);
            changed |= simplifyExpressions(lines);
        }
        return join(lines);
    }

    private boolean removeStatements(List<String> lines) {
        boolean any = false;
        for (int chunk = Math.max(1, Statements.starts(lines).size() / 2); chunk >= 1; chunk /= 2) {
            boolean progress = true;
            while (progress) {
                progress = false;
                List<Integer> starts = Statements.starts(lines);
                for (int i = starts.size() - chunk; i >= 0; i--) {
                    starts = Statements.starts(lines);
                    if (i + chunk > starts.size()) {
                        continue;
                    }
                    List<String> candidate = Statements.removeRange(lines, starts.get(i), chunk);
                    if (candidate != null && test(candidate)) {
                        replace(lines, candidate);
                        progress = true;
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    private boolean unwrapBlocks(List<String> lines) {
        boolean any = false;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (i >= lines.size()) {
                continue;
            }
            List<String> candidate = Statements.unwrap(lines, i);
            if (candidate != null && test(candidate)) {
                replace(lines, candidate);
                any = true;
            }
        }
        return any;
    }

    private boolean simplifyExpressions(List<String> lines) {
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            boolean progress = !lines.get(i).strip().startsWith("#");  // the seed in the header stays
            while (progress) {
                progress = false;
                for (String simpler : Simplifier.candidates(lines.get(i))) {
                    List<String> candidate = new ArrayList<>(lines);
                    candidate.set(i, simpler);
                    if (test(candidate)) {
                        lines.set(i, simpler);
                        progress = true;
                        any = true;
                        break;
                    }
                }
            }
        }
        return any;
    }

    private boolean test(List<String> candidate) {
        tests++;
        return stillFails.test(join(candidate));
    }

    private static void replace(List<String> lines, List<String> with) {
        lines.clear();
        lines.addAll(with);
    }

    static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
