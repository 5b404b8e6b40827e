package dev.waspy.reports.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run is timed only when it exited normally with exactly CPython's output. */
class JudgeTest {
    @TempDir
    Path dir;

    private final byte[] expected = "a\nb\n".getBytes(StandardCharsets.UTF_8);

    private Outcome judge(int exit, String stdout, boolean timedOut) throws Exception {
        Path timing = dir.resolve("timing.json");
        Files.writeString(timing, "{\"loadMs\": 12.5, \"runMs\": 3.25e2}");
        return Session.judge(new ProcessResult(exit, stdout.getBytes(StandardCharsets.UTF_8), "boom\nValueError: x",
                400, timedOut), expected, timing, Duration.ofSeconds(9));
    }

    @Test
    void correctOutputIsTimedWithTheRunnersFigures() throws Exception {
        Outcome.Timed t = assertInstanceOf(Outcome.Timed.class, judge(0, "a\nb\n", false));
        assertEquals(325, t.runMs());
        assertEquals(12.5, t.loadMs());
        assertEquals(400, t.wallMs());
    }

    @Test
    void wrongOutputIsNeverTimedAndNamesTheLine() throws Exception {
        Outcome.WrongOutput w = assertInstanceOf(Outcome.WrongOutput.class, judge(0, "a\nc\n", false));
        assertEquals("line 2: expected \"b\", got \"c\"", w.firstDifference());
    }

    @Test
    void missingTrailingOutputIsWrong() throws Exception {
        assertInstanceOf(Outcome.WrongOutput.class, judge(0, "a\n", false));
    }

    @Test
    void nonZeroExitIsAFailureWithStderr() throws Exception {
        Outcome.Crashed c = assertInstanceOf(Outcome.Crashed.class, judge(1, "a\nb\n", false));
        assertEquals("exit status 1: ValueError: x", c.detail());
    }

    @Test
    void theErrorLineSkipsTheRuntimesTrailer() {
        ProcessResult node = new ProcessResult(1, new byte[0], "file:///x.mjs:14\n    ^\n\nTypeError: Import #0 module=\"waspy_rt\"\n"
                + "    at async x.mjs:14:3\n\nNode.js v20.20.2\n", 50, false);
        assertEquals("TypeError: Import #0 module=\"waspy_rt\"", node.errorLine());
    }

    @Test
    void timeoutWins() throws Exception {
        Outcome.TimedOut t = assertInstanceOf(Outcome.TimedOut.class, judge(-1, "", true));
        assertEquals(9, t.limitSeconds());
    }

    @Test
    void aClosedCellTakesNoMoreRuns() {
        Cell cell = new Cell();
        cell.add(new Outcome.Timed(1, 1, 1));
        cell.add(new Outcome.TimedOut(5));
        assertEquals("timeout", cell.closing().orElseThrow().status());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> cell.add(new Outcome.Timed(1, 1, 1)));
    }
}
