package dev.waspy.middle.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ranking behind a NameError's "Did you mean": CPython takes, among the names bound at the
 * error, the first of minimal distance in dict order, so the ranking must put every candidate
 * within reach in (distance, order) order and leave out the ones too far away.
 */
class SuggestionsTest {
    @Test
    void closerNamesComeFirstAndFarOnesAreLeftOut() {
        // counter -> countr: one deletion (2); -> count: two (4, the most for these lengths).
        assertEquals(List.of("countr", "count"), Suggestions.ranked(List.of("count", "total", "countr"), "counter"));
    }

    @Test
    void tiesKeepTheOrderOfTheDict() {
        assertEquals(List.of("abd", "abe"), Suggestions.ranked(List.of("abd", "abe"), "abc"));
        assertEquals(List.of("abe", "abd"), Suggestions.ranked(List.of("abe", "abd"), "abc"));
    }

    @Test
    void theMissingNameItselfAndRepeatsAreNoCandidates() {
        assertEquals(List.of("valeu"), Suggestions.ranked(List.of("value", "valeu", "valeu"), "value"));
    }

    @Test
    void aCaseChangeCostsLessThanAnyOtherEdit() {
        assertEquals(List.of("Total", "totals"), Suggestions.ranked(List.of("totals", "Total"), "total"));
    }

    /**
     * The first of the ranking is CPython's own suggestion: python3 defines the candidates as
     * module globals in that order and reads the missing name.
     */
    @Test
    void theFirstIsWhatCPythonSuggests() throws Exception {
        List<List<String>> cases = List.of(
                List.of("counter", "count", "total", "countr"),
                List.of("abc", "abd", "abe"),
                List.of("abc", "abe", "abd"),
                List.of("value", "value_", "valeu", "vale"),
                List.of("total", "totals", "Total"),
                List.of("names", "nmaes", "nam", "name"),
                List.of("x", "y", "xx"),
                List.of("result", "resolve", "rest", "reslt"));
        for (List<String> c : cases) {
            String missing = c.get(0);
            List<String> candidates = c.subList(1, c.size());
            StringBuilder program = new StringBuilder();
            for (String n : candidates) program.append(n).append(" = 0\n");
            program.append(missing).append("\n");
            Process p = new ProcessBuilder("python3", "-c", program.toString()).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("Did you mean: '([^']+)'\\?").matcher(err);
            String expected = m.find() ? m.group(1) : null;
            List<String> ranked = Suggestions.ranked(candidates, missing);
            assertEquals(expected, ranked.isEmpty() ? null : ranked.get(0), "suggestion for " + c + ", CPython: " + err);
        }
    }
}
