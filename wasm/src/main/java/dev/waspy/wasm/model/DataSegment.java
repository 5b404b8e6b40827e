package dev.waspy.wasm.model;

public record DataSegment(DataMode mode, byte[] bytes) {
}
