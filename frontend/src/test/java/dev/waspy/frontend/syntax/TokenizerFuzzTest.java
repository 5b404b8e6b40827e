package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.diag.SyntaxError;
import dev.waspy.frontend.syntax.Token.Kind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the tokenizer with Jazzer: any bytes, decoded as CPython decodes source, give a token
 * stream that ends with ENDMARKER or with the one ERROR token that carries the first error, every
 * token inside the text; decoding may refuse the bytes with a {@link SyntaxError}. Anything else
 * thrown (a StackOverflowError included) is a finding, and so is an input taking over 10 s.
 *
 * <p>Under {@code mvn test} this runs in regression mode: the empty input, then every file of
 * {@code TokenizerFuzzTestInputs/tokenize/} in the test resources (seeds, and crash inputs saved
 * with their fix). {@code ./jazzer tokenizer MINUTES} runs a fuzzing campaign (see the README).
 */
class TokenizerFuzzTest {
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void tokenize(byte[] source) {
        SourceFile file;
        try {
            file = SourceFile.decode("fuzz.py", source);
        } catch (SyntaxError refused) {
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(file);
        Token last = tokens.get(tokens.size() - 1);
        assertTrue(last.kind() == Kind.ENDMARKER || last.kind() == Kind.ERROR, () -> "the stream ends with " + last);
        int length = file.text().length();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int at = i;
            assertTrue(t.kind() != Kind.ERROR || at == tokens.size() - 1, () -> "an ERROR token before the end: " + t);
            assertTrue(0 <= t.start() && t.start() <= t.end() && t.end() <= length,
                    () -> t + " spans " + t.start() + ".." + t.end() + " in a text of " + length + " characters");
        }
    }
}
