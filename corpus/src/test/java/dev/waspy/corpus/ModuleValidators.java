package dev.waspy.corpus;

import dev.waspy.cli.run.Processes;
import dev.waspy.cli.run.Outcome;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import dev.waspy.backend.Compilation;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.validate.ValidationError;
import dev.waspy.wasm.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every module a test compiles is checked by three validators written independently of each other:
 * Waspy's own ({@link Validator}, over the module model before it is encoded), Chicory's (its
 * parser validates the bytes it decodes) and wabt's {@code wasm-validate} (a separate process on the
 * file). A module one of them rejects is a test failure carrying that validator's message, so a
 * validator that is too lenient in one of them is caught by the other two.
 *
 * <p>{@code wasm-validate}'s default features are Wasm 2.0 (mutable globals, saturating
 * conversions, sign extension, multi-value, bulk memory, reference types, SIMD), so no
 * {@code --enable-*} flag is needed. SIMD is turned off ({@code --disable-simd}): Waspy targets
 * Wasm 2.0 without it, so a SIMD instruction in a module would be a bug.
 */
final class ModuleValidators {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final boolean WABT_AVAILABLE = Processes.available("wasm-validate");

    private ModuleValidators() {}

    /**
     * What the validators say against the compiled module, whose bytes are already written to
     * {@code file}; empty when all three accept it. The {@code wasm-validate} process runs while the
     * other two validate in this JVM.
     */
    static Optional<String> problems(Compilation compilation, Path file) {
        return problems(compilation.module(), compilation.wasm(), file);
    }

    /** What the validators say against a module, given as Waspy's model and as the bytes written to {@code file}. */
    static Optional<String> problems(Module model, byte[] wasm, Path file) {
        if (!WABT_AVAILABLE) {
            return Optional.of("wasm-validate (Debian package wabt) is not installed; it is a required test tool, "
                    + "which ./run-tests installs (scripts/requirements.tsv)");
        }
        Processes.Running wabt = Processes.start(List.of("wasm-validate", "--disable-simd", file.toAbsolutePath().toString()),
                file.toAbsolutePath().getParent());
        List<String> problems = new ArrayList<>();
        List<ValidationError> waspy = Validator.validate(model);
        if (!waspy.isEmpty()) {
            problems.add("Waspy's validator: " + waspy.size() + " errors, first: " + waspy.get(0));
        }
        try {
            Parser.parse(wasm);
        } catch (ChicoryException e) {
            problems.add("Chicory's validator: " + e.getMessage());
        }
        Outcome o = wabt.await(LIMIT);
        if (o.status() != 0) {
            String said = (o.stderrText() + new String(o.stdout(), StandardCharsets.UTF_8)).strip();
            problems.add("wabt's wasm-validate (status " + o.status() + "): " + said);
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
    }
}
