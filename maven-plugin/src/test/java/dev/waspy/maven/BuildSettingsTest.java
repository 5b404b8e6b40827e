package dev.waspy.maven;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin's settings become the options `waspy build` would give, and wrong ones say why. */
class BuildSettingsTest {
    @Test
    void levelsAndDisabledPassesChooseThePipeline() {
        assertEquals(List.of("mem2reg"), new BuildSettings(0, null, null, null).compilerOptions().passes());
        List<String> o2 = new BuildSettings(2, List.of(), null, null).compilerOptions().passes();
        List<String> without = new BuildSettings(2, List.of("const-fold"), null, null).compilerOptions().passes();
        List<String> expected = new ArrayList<>(o2);
        expected.remove("const-fold");
        assertEquals(expected, without);
    }

    @Test
    void maxMemoryIsInMebibytes() {
        assertEquals(16 * 64, new BuildSettings(2, null, 64, null).compilerOptions().maxMemoryPages());
    }

    @Test
    void settingsTheCompilerCannotHonourAreErrorsThatSayWhy() {
        assertMessage("unknown optimization level -O3", new BuildSettings(3, null, null, null));
        assertMessage("pass 'mem2reg' cannot be disabled", new BuildSettings(2, List.of("mem2reg"), null, null));
        assertMessage("unknown pass 'inline-everything'", new BuildSettings(2, List.of("inline-everything"), null, null));
        assertMessage("maxMemory must be between 1 and 4096 MiB, not 0", new BuildSettings(2, null, 0, null));
        assertMessage("maxMemory must be between 1 and 4096 MiB, not 4097", new BuildSettings(2, null, 4097, null));
    }

    private static void assertMessage(String start, BuildSettings settings) {
        var e = assertThrows(IllegalArgumentException.class, settings::compilerOptions);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
