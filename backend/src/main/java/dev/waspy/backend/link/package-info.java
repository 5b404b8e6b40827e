/**
 * The linker: merges a compiled program with the runtime (runtime.wasm) into one self-contained
 * WASI module that holds only what is used: the runtime functions the program reaches
 * ({@link dev.waspy.backend.link.Reachability}), the static data they reach (read from the
 * runtime's relocations: {@link dev.waspy.backend.link.DataReferences},
 * {@link dev.waspy.backend.link.DataShaking}), and the types and globals still named.
 * {@link dev.waspy.backend.link.WholeProgram} first removes what only the whole program shows
 * dead. {@link dev.waspy.backend.link.Linker} is the entry point; {@code backend/runtime/README.md}
 * tours the runtime and describes the linking steps.
 */
package dev.waspy.backend.link;
