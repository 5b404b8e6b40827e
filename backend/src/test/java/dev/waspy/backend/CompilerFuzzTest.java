package dev.waspy.backend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the whole compiler with Jazzer, front to back: any source bytes are either compiled to a
 * Wasm module (which {@link Compiler} has validated on the way) or refused with a
 * {@link CompileError}, as the contract promises; the module is not run. Anything else thrown (an
 * internal error, a StackOverflowError, an invalid module) is a finding, and so is an input taking
 * over 30 s.
 *
 * <p>Under {@code mvn test} this runs in regression mode: the empty input, then every file of
 * {@code CompilerFuzzTestInputs/compile/} in the test resources (seeds, and crash inputs saved with
 * their fix). {@code ./jazzer compiler MINUTES} runs a fuzzing campaign (see the README).
 */
class CompilerFuzzTest {
    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void compile(byte[] source) {
        Compilation compilation;
        try {
            compilation = Compiler.compile(SourceFile.decode("fuzz.py", source), CompilerOptions.defaults());
        } catch (CompileError refused) {
            return;
        }
        byte[] wasm = compilation.wasm();
        assertTrue(wasm.length > 8 && java.util.Arrays.equals(wasm, 0, 4, WASM_MAGIC, 0, 4), "not a Wasm binary");
    }
}
