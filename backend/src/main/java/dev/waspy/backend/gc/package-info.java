/**
 * Compiled code's side of the garbage collector (ABI.md, "Garbage collection"): which IR values are
 * heap references ({@link dev.waspy.backend.gc.GcRoots}), which of them live across each safepoint
 * ({@link dev.waspy.backend.gc.RootLiveness}), and which shadow-stack slot holds each
 * ({@link dev.waspy.backend.gc.FrameSlots}). The lowering emits the stores, the frame and the polls.
 */
package dev.waspy.backend.gc;
