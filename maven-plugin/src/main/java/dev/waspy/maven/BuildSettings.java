package dev.waspy.maven;

import dev.waspy.backend.CompilerOptions;
import dev.waspy.backend.layout.MemoryLayout;

import java.util.List;
import java.util.function.Consumer;

/**
 * The plugin's compiler options, as {@code waspy build} has them: {@code -O} level, passes left
 * out, {@code --max-memory}, {@code --warn-annotations}.
 *
 * @param level          0, 1 or 2
 * @param disabledPasses passes left out of the level's pipeline (none when empty)
 * @param maxMemoryMib   the most linear memory a program may grow to, in MiB; null for the default
 * @param warnings       receives each annotation warning (formatted as the compiler prints it); null for none
 */
record BuildSettings(int level, List<String> disabledPasses, Integer maxMemoryMib, Consumer<String> warnings) {
    /** The largest --max-memory, in MiB (the whole 32-bit address space). */
    static final int MAX_MEMORY_MIB = MemoryLayout.MAX_PAGES / 16;

    /** The compiler's options; a setting the compiler cannot honour is an IllegalArgumentException saying why. */
    CompilerOptions compilerOptions() {
        CompilerOptions o = CompilerOptions.defaults()
                .withLevel(level, disabledPasses == null ? List.of() : disabledPasses);
        if (maxMemoryMib != null) {
            if (maxMemoryMib < 1 || maxMemoryMib > MAX_MEMORY_MIB) {
                throw new IllegalArgumentException("maxMemory must be between 1 and " + MAX_MEMORY_MIB + " MiB, not "
                        + maxMemoryMib);
            }
            o = o.withMaxMemoryPages(maxMemoryMib * 16);
        }
        if (warnings != null) {
            o = o.withWarnings(w -> warnings.accept(w.format("warning")));
        }
        return o;
    }
}
