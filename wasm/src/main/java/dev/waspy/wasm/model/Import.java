package dev.waspy.wasm.model;

public record Import(String module, String name, ImportDesc desc) {
}
