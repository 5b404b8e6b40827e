package dev.waspy.wasm.model;

public record ElementSegment(ValType type, ElementMode mode, ElementItems items) {
}
