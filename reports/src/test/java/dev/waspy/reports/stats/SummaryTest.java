package dev.waspy.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void sixSamplesGiveTheMinMaxIntervalAtNinetySevenPercent() {
        Summary s = Summary.of(new double[] {5, 1, 4, 2, 6, 3});
        assertEquals(3.5, s.median());
        assertEquals(1, s.low());
        assertEquals(6, s.high());
        assertEquals(1 - 2.0 / 64, s.coverage(), 1e-12);
    }

    @Test
    void fiveSamplesCannotReachNinetyFivePercentAndSaySo() {
        Summary s = Summary.of(new double[] {10, 30, 20, 50, 40});
        assertEquals(30, s.median());
        assertEquals(10, s.low());
        assertEquals(50, s.high());
        assertEquals(0.9375, s.coverage(), 1e-12);
    }

    @Test
    void tenSamplesDropOneFromEachEnd() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Summary s = Summary.of(x);
        assertEquals(2, s.low());
        assertEquals(9, s.high());
        assertTrue(s.coverage() >= Summary.TARGET, "coverage " + s.coverage());
    }

    @Test
    void speedupDividesBaselineByEngineAndBoundsConservatively() {
        Summary cpython = new Summary(6, 1000, 900, 1100, 0.97);
        Summary fast = new Summary(6, 100, 90, 125, 0.97);
        Ratio r = Ratio.speedup(cpython, fast);
        assertEquals(10, r.value(), 1e-12);
        assertEquals(900 / 125.0, r.low(), 1e-12);
        assertEquals(1100 / 90.0, r.high(), 1e-12);
    }

    @Test
    void geometricMeanTreatsFasterAndSlowerSymmetrically() {
        assertEquals(1.0, Ratio.geometricMean(List.of(new Ratio(4, 4, 4), new Ratio(0.25, 0.25, 0.25))), 1e-12);
    }
}
