package dev.waspy.wasm.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code producers} custom section of the tool conventions: for each field
 * ({@code language}, {@code processed-by}, {@code sdk}), the tools or languages with their
 * versions, in order.
 */
public record Producers(Map<String, List<Tool>> fields) {
    public static final String SECTION = "producers";

    public record Tool(String name, String version) {}

    public Producers {
        Map<String, List<Tool>> copy = new LinkedHashMap<>();
        fields.forEach((field, tools) -> copy.put(field, List.copyOf(tools)));
        fields = Collections.unmodifiableMap(copy);
    }
}
