package dev.waspy.wasm.model;

/** An export of the entity at {@code index} in the index space of {@code kind} (imports first). */
public record Export(String name, ExternKind kind, int index) {
}
