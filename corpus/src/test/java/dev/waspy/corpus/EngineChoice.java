package dev.waspy.corpus;

import dev.waspy.cli.run.Chicory;
import dev.waspy.cli.run.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which Chicory engine runs a corpus program. The interpreter starts at once; the compiler pays a
 * few hundred milliseconds to translate the module to JVM bytecode and then runs loops 5-10x faster
 * on these programs. Most corpus programs finish in the interpreter before the compiler would have
 * finished translating, so the interpreter is the default; a program that does real work says so in
 * its header comment with
 * <pre>
 * # corpus-engine: compiler
 * </pre>
 * (chosen by measurement: the programs that ran at least twice as fast compiled as interpreted;
 * the corpus report lists any program over 1.5 s in the interpreter without the header). {@code -Dwaspy.corpus.engine=interpreter|compiler}
 * forces one engine for every program.
 */
final class EngineChoice {
    static final String HEADER = "# corpus-engine:";

    private EngineChoice() {}

    static Engine forProgram(Path program) {
        String forced = System.getProperty("waspy.corpus.engine", "").strip();
        if (!forced.isEmpty()) {
            return Engine.valueOf(forced.toUpperCase(Locale.ROOT));
        }
        return declared(program);
    }

    /** The engine named in the program's leading comment lines, or the interpreter. */
    static Engine declared(Path program) {
        try {
            for (String line : Files.readAllLines(program, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    break;
                }
                if (line.startsWith(HEADER)) {
                    return Engine.valueOf(line.substring(HEADER.length()).strip().toUpperCase(Locale.ROOT));
                }
            }
            return Engine.INTERPRETER;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
