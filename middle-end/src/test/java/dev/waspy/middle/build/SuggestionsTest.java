package dev.waspy.middle.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
