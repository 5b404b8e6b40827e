package dev.waspy.middle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary real-world Python (CPython's standard library, when {@code -Dwaspy.robustness.dir}
 * names it) goes through the whole frontend and middle-end: every file either compiles to valid
 * IR or is refused with a CompileError. Any other exception is a compiler bug.
 */
class RobustnessTest {
    @Test
    void onlyCompileErrorsEscape() throws Exception {
        String dir = System.getProperty("waspy.robustness.dir");
        assumeTrue(dir != null, "set -Dwaspy.robustness.dir to a directory of .py files");
        List<Path> files;
        try (var s = Files.walk(Path.of(dir))) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        var bugs = new ArrayList<String>();
        int compiled = 0;
        int refused = 0;
        for (Path p : files) {
            try {
                var file = SourceFile.read(p);
                MiddleEnd.compile(file, Parse.module(file), MiddleEnd.Options.forTests());
                compiled++;
            } catch (CompileError e) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                bugs.add(p + ": " + e);
            }
        }
        System.out.println("robustness: " + files.size() + " files, " + compiled + " compiled, " + refused + " refused, " + bugs.size() + " bugs");
        assertEquals(List.of(), bugs);
    }
}
