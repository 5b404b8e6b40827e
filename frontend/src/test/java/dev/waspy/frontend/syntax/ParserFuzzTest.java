package dev.waspy.frontend.syntax;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.ast.Mod;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the parser with Jazzer: {@link Parser#parse} on any bytes, decoded as CPython decodes
 * source, either gives a tree that {@link AstDump} can print (what {@code waspy dump-ast} does) or
 * refuses the input with a {@link SyntaxError}. Anything else thrown (a StackOverflowError
 * included) is a finding, and so is an input taking over 10 s.
 *
 * <p>Under {@code mvn test} this runs in regression mode: the empty input, then every file of
 * {@code ParserFuzzTestInputs/parse/} in the test resources (seeds, and crash inputs saved with
 * their fix). {@code ./jazzer parser MINUTES} runs a fuzzing campaign (see the README).
 */
class ParserFuzzTest {
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void parse(byte[] source) {
        Mod.Module tree;
        try {
            tree = Parser.parse(SourceFile.decode("fuzz.py", source));
        } catch (SyntaxError refused) {
            return;
        }
        AstDump.dump(tree, true);
    }
}
