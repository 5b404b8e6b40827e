package dev.waspy.corpus;

import dev.waspy.cli.run.Engine;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which Chicory engine runs a corpus program. The interpreter starts at once; the compiler pays a
 * few hundred milliseconds to translate the module to JVM bytecode and then runs loops far faster.
 * {@code -Dwaspy.corpus.engine=interpreter|compiler} forces one for every program.
 */
final class EngineChoice {
    private EngineChoice() {}

    static Engine forProgram(Path program) {
        String forced = System.getProperty("waspy.corpus.engine", "").strip();
        if (!forced.isEmpty()) {
            return Engine.valueOf(forced.toUpperCase(Locale.ROOT));
        }
        return Engine.INTERPRETER;
    }
}
