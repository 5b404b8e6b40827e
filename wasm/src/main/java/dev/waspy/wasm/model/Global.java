package dev.waspy.wasm.model;

public record Global(GlobalType type, ConstExpr init) {
}
