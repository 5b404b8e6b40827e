package dev.waspy.backend.link;

import dev.waspy.backend.Version;
import dev.waspy.wasm.binary.ToolSections;
import dev.waspy.wasm.model.FeaturesUsed;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.model.Producers;
import dev.waspy.wasm.model.TargetFeatures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tool-convention custom sections of a finished module: {@code producers} (Python 3.11,
 * processed by Waspy) and {@code target_features}, the features the module really uses (the
 * runtime's bulk memory, sign extension, ...), found by {@link FeaturesUsed}. Tools read the
 * latter to enable those features: Binaryen's {@code wasm-opt} rejects {@code memory.copy} without it.
 */
public final class ToolMetadata {
    public static final String PYTHON_VERSION = "3.11";

    private ToolMetadata() {}

    /** Adds (or replaces) both sections; call once the module's code is final. */
    public static void add(Module module) {
        Map<String, List<Producers.Tool>> fields = new LinkedHashMap<>();
        fields.put("language", List.of(new Producers.Tool("Python", PYTHON_VERSION)));
        fields.put("processed-by", List.of(new Producers.Tool("waspy", Version.NUMBER)));
        ToolSections.put(module, new Producers(fields));
        ToolSections.put(module, TargetFeatures.used(FeaturesUsed.in(module)));
    }
}
