package dev.waspy.wasm.model;

public record GlobalType(ValType type, boolean mutable) {
}
