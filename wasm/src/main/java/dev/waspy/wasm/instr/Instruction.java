package dev.waspy.wasm.instr;

/**
 * One instruction of a function body or constant expression, exactly as it appears in the binary
 * format: structured instructions open with {@link Control.Block}, {@link Control.Loop} or
 * {@link Control.If} and close with a separate {@link Control.End}, so bodies are flat lists and
 * reading and writing are 1:1.
 */
public sealed interface Instruction
        permits Control, Parametric, Variable, MemoryAccess, Numeric, Reference, TableAccess, BulkMemory {
}
