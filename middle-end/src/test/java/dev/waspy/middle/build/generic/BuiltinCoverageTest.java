package dev.waspy.middle.build.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The root README's table of covered builtins and methods is the compiler's current answer:
 * regenerated from python3's names and probe compilations ({@link BuiltinCoverage}) and compared.
 * {@code -Dwaspy.bless=true} rewrites it; review the diff like code.
 */
class BuiltinCoverageTest {
    @Test
    void readmeTableIsCurrent() throws Exception {
        List<String> names;
        try {
            names = BuiltinCoverage.cpythonNames();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is not available: " + e.getMessage());
            return;
        }
        assumeTrue(names.get(0).equals("version 3.11"), "the oracle must be CPython 3.11, found " + names.get(0));
        String text = Files.readString(BuiltinCoverage.readme());
        String expected = BuiltinCoverage.splice(text, BuiltinCoverage.render(names));
        if (Boolean.getBoolean("waspy.bless")) {
            Files.writeString(BuiltinCoverage.readme(), expected);
            return;
        }
        assertEquals(expected, text, "README.md's builtin-coverage table is stale: rerun with -Dwaspy.bless=true");
    }
}
