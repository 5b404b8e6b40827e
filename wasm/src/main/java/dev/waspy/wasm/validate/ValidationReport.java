package dev.waspy.wasm.validate;

import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.text.WatPrinter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats validation errors for people: each error, then the WAT of every offending function
 * with the error written under the instruction it is about.
 */
public final class ValidationReport {
    private ValidationReport() {
    }

    public static String format(Module module, List<ValidationError> errors) {
        StringBuilder sb = new StringBuilder();
        Map<Integer, Map<Integer, String>> byFunction = new LinkedHashMap<>();
        for (ValidationError e : errors) {
            sb.append("error: ").append(e).append('\n');
            if (e.function() >= 0) {
                byFunction.computeIfAbsent(e.function(), f -> new TreeMap<>()).put(e.instruction(), e.message());
            }
        }
        for (Map.Entry<Integer, Map<Integer, String>> f : byFunction.entrySet()) {
            sb.append('\n').append(WatPrinter.printFunction(module, f.getKey(), f.getValue()));
        }
        return sb.toString();
    }

    /** Throws {@link IllegalStateException} with the report unless the module is valid. */
    public static void requireValid(Module module) {
        List<ValidationError> errors = Validator.validate(module);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid WebAssembly module:\n" + format(module, errors));
        }
    }
}
