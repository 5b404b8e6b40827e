package dev.waspy.cli.run;

import dev.waspy.cli.run.JitChoice.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JitChoiceTest {
    @Test
    void aProgramNeverRunStartsWithC1() {
        assertEquals(Mode.C1, JitChoice.none().next());
    }

    @Test
    void aShortRunNeverTriesTiering() {
        assertEquals(Mode.C1, JitChoice.none().record(Mode.C1, JitChoice.EXPLORE_MS - 1).next());
    }

    @Test
    void aLongerRunTriesTieringOnce() {
        assertEquals(Mode.TIERED, JitChoice.none().record(Mode.C1, JitChoice.EXPLORE_MS).next());
    }

    @Test
    void tieringMustBeClearlyFaster() {
        JitChoice state = JitChoice.none().record(Mode.C1, 400);
        assertEquals(Mode.C1, state.record(Mode.TIERED, 400 * JitChoice.TIERED_MARGIN + 1).next());
        assertEquals(Mode.TIERED, state.record(Mode.TIERED, 400 * JitChoice.TIERED_MARGIN).next());
        // integrate on a busy machine: tiering 250 ms against C1's 312 is no reason to switch.
        assertEquals(Mode.C1, JitChoice.none().record(Mode.C1, 311.7).record(Mode.TIERED, 249.6).next());
    }

    @Test
    void thenTheFasterConfigurationWinsAndKeepsBeingMeasured() {
        JitChoice afterBoth = JitChoice.none().record(Mode.C1, 344).record(Mode.TIERED, 134);
        assertEquals(Mode.TIERED, afterBoth.next());
        // Tiering turned out slower this time than C1 last did: back to C1.
        assertEquals(Mode.C1, afterBoth.record(Mode.TIERED, 400).next());
        JitChoice c1Faster = JitChoice.none().record(Mode.C1, 275).record(Mode.TIERED, 422);
        assertEquals(Mode.C1, c1Faster.next());
        // A slower C1 run later sends the program to tiering again.
        assertEquals(Mode.TIERED, c1Faster.record(Mode.C1, 600).next());
    }

    @Test
    void theStateLineRoundTrips() {
        JitChoice state = JitChoice.none().record(Mode.C1, 344.04).record(Mode.TIERED, 134.5);
        assertEquals("c1=344.0 tiered=134.5 next=tiered\n", state.format());
        assertEquals(Map.of(Mode.C1, 344.0, Mode.TIERED, 134.5), JitChoice.parse(state.format()).lastRunMs());
        assertEquals("next=c1\n", JitChoice.none().format());
    }

    @Test
    void anUnreadableStateCountsAsNoRun() {
        assertEquals(JitChoice.none(), JitChoice.parse("garbage c1=x tiered=-5 c2=1 =3 next=tiered"));
        assertEquals(Mode.C1, JitChoice.parse("\0\0\0").next());
    }

    @Test
    void afterRunRecordsTheCompiledRunForTheLauncher(@TempDir Path dir) throws IOException {
        Path state = dir.resolve("jit").resolve("key");
        Map<String, Long> phases = Map.of("load (compiler)", 90_000_000L, "run (compiler)", 344_000_000L);
        JitChoice.afterRun(Map.of(JitChoice.STATE_VARIABLE, state.toString(), JitChoice.MODE_VARIABLE, "c1"), phases);
        assertEquals("c1=344.0 next=tiered\n", Files.readString(state));
        JitChoice.afterRun(Map.of(JitChoice.STATE_VARIABLE, state.toString(), JitChoice.MODE_VARIABLE, "tiered"),
                Map.of("run (compiler)", 134_000_000L));
        assertEquals("c1=344.0 tiered=134.0 next=tiered\n", Files.readString(state));
    }

    @Test
    void afterRunRecordsNothingWithoutTheLauncherOrACompiledRun(@TempDir Path dir) {
        Path state = dir.resolve("key");
        JitChoice.afterRun(Map.of(), Map.of("run (compiler)", 1_000_000_000L));
        JitChoice.afterRun(Map.of(JitChoice.STATE_VARIABLE, state.toString(), JitChoice.MODE_VARIABLE, "c1"),
                Map.of("run (interpreter)", 1_000_000_000L));
        JitChoice.afterRun(Map.of(JitChoice.STATE_VARIABLE, state.toString(), JitChoice.MODE_VARIABLE, "c2"),
                Map.of("run (compiler)", 1_000_000_000L));
        assertFalse(Files.exists(state));
    }
}
