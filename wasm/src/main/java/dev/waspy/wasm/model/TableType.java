package dev.waspy.wasm.model;

/** A table of references of {@code elemType} (funcref or externref). */
public record TableType(ValType elemType, Limits limits) {
}
