package dev.waspy.backend.link;

import dev.waspy.wasm.model.Module;
import java.util.BitSet;

/**
 * Simplifications of the program that need the whole linked program to be sound: the program
 * alone cannot know that no runtime function it reaches ever raises.
 *
 * <ol>
 *   <li>Optimistically fold every pending-exception check to "none pending"
 *       ({@link ExceptionFolding}) and drop a dead {@code rt_init} call ({@link InitCall}).</li>
 *   <li>Keep that version only if it proves its own assumption: no runtime function it still
 *       reaches can reach the exception slot ({@code rt_exc}: by a relocation in its code or in
 *       data it reaches), so the slot keeps
 *       its initial 0 and every folded load would have read 0. Otherwise the checks stay.</li>
 * </ol>
 *
 * Before either, constant ASCII strings are written by address and length ({@link AsciiWrites}).
 * For {@code print("Hello, world!")} this removes the uncaught-exception report, the exception
 * classes, the allocator and its initialisation: what remains writes and exits.
 */
final class WholeProgram {
    private WholeProgram() {
    }

    static Module simplify(Module input, Module runtime, DataReferences refs) {
        Module program = AsciiWrites.rewrite(input, runtime);
        int slot = refs.segmentOf("rt_exc_addr");
        Module folded = ExceptionFolding.fold(program);
        if (folded != null && slot >= 0) {
            Module candidate = InitCall.drop(folded, runtime, refs);
            BitSet reached = Reachability.from(runtime, ProgramUses.runtimeRoots(candidate, runtime));
            boolean slotUntouched = !refs.reachableObjects(reached).get(slot);
            if (slotUntouched) {
                return candidate;
            }
        }
        return InitCall.drop(program, runtime, refs);
    }
}
