/**
 * The linker: merges a compiled program with the runtime (runtime.wasm) into one self-contained
 * WASI module, keeping only the runtime functions the program reaches. {@link
 * dev.waspy.backend.link.Linker} is the entry point; {@code backend/runtime/README.md} tours the
 * runtime and describes the linking steps.
 */
package dev.waspy.backend.link;
