package dev.waspy.backend;

import dev.waspy.backend.layout.MemoryLayout;

/**
 * What a compilation may be asked to do differently. {@link #defaults()} is what {@code waspy run}
 * and {@code waspy build} use without options.
 *
 * @param optimize         run the middle-end's optimization pipeline (off: only what correctness needs)
 * @param maxMemoryPages   the most 64 KiB pages linear memory may grow to
 * @param shadowStackBytes room for the GC roots of compiled code
 * @param nameSection      give the module a name section (Python function names in traces and tools)
 */
public record CompilerOptions(boolean optimize, int maxMemoryPages, int shadowStackBytes, boolean nameSection) {
    public CompilerOptions {
        if (maxMemoryPages < 1 || maxMemoryPages > MemoryLayout.MAX_PAGES) {
            throw new IllegalArgumentException("maxMemoryPages must be in 1.." + MemoryLayout.MAX_PAGES);
        }
        if (shadowStackBytes < 0 || shadowStackBytes % 16 != 0) {
            throw new IllegalArgumentException("shadowStackBytes must be a non-negative multiple of 16");
        }
    }

    public static CompilerOptions defaults() {
        return new CompilerOptions(true, MemoryLayout.MAX_PAGES, 256 * 1024, true);
    }

    public CompilerOptions withOptimize(boolean on) {
        return new CompilerOptions(on, maxMemoryPages, shadowStackBytes, nameSection);
    }

    public CompilerOptions withMaxMemoryPages(int pages) {
        return new CompilerOptions(optimize, pages, shadowStackBytes, nameSection);
    }
}
