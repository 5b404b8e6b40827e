package dev.waspy.backend;

import dev.waspy.backend.gc.GcMode;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.backend.layout.MemoryLayout;
import dev.waspy.middle.pass.PassObserver;
import dev.waspy.middle.pass.Pipeline;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a compilation may be asked to do differently. {@link #defaults()} is what {@code waspy run}
 * and {@code waspy build} use without options.
 *
 * @param passes           the middle-end's pass pipeline, by pass name ({@link Pipeline#DEFAULT}, -O2, by default)
 * @param maxMemoryPages   the most 64 KiB pages linear memory may grow to
 * @param shadowStackBytes room for the GC roots of compiled code
 * @param nameSection      give the module a name section (Python function names in traces and tools)
 * @param observer         sees the IR after construction and after each pass (dumps, pass timings)
 * @param colourLocals     share Wasm locals between values never live together (else one local per value)
 * @param gc               the collector's debug modes (heap verification, stress, statistics)
 * @param warnings         receives the warnings of --warn-annotations (values that disagree with their annotations)
 */
public record CompilerOptions(List<String> passes, int maxMemoryPages, int shadowStackBytes, boolean nameSection,
                              PassObserver observer, boolean colourLocals, GcMode gc,
                              Consumer<CompileError> warnings) {
    public CompilerOptions {
        passes = List.copyOf(passes);
        if (maxMemoryPages < 1 || maxMemoryPages > MemoryLayout.MAX_PAGES) {
            throw new IllegalArgumentException("maxMemoryPages must be in 1.." + MemoryLayout.MAX_PAGES);
        }
        if (shadowStackBytes < 0 || shadowStackBytes % 16 != 0) {
            throw new IllegalArgumentException("shadowStackBytes must be a non-negative multiple of 16");
        }
    }

    public CompilerOptions(List<String> passes, int maxMemoryPages, int shadowStackBytes, boolean nameSection,
                           PassObserver observer, boolean colourLocals, GcMode gc) {
        this(passes, maxMemoryPages, shadowStackBytes, nameSection, observer, colourLocals, gc, w -> { });
    }

    public static CompilerOptions defaults() {
        return new CompilerOptions(Pipeline.DEFAULT, MemoryLayout.MAX_PAGES, 256 * 1024, true, PassObserver.NONE, true,
                GcMode.NORMAL);
    }

    /**
     * The pipeline of {@code -O<level>} without the passes in {@code disabled}; a pipeline that
     * cannot run is a {@link Pipeline.InvalidPipeline} saying why.
     */
    public CompilerOptions withLevel(int level, java.util.Collection<String> disabled) {
        return withPasses(Pipeline.forLevel(level, disabled));
    }

    public CompilerOptions withPasses(List<String> names) {
        return new CompilerOptions(names, maxMemoryPages, shadowStackBytes, nameSection, observer, colourLocals, gc, warnings);
    }

    public CompilerOptions withMaxMemoryPages(int pages) {
        return new CompilerOptions(passes, pages, shadowStackBytes, nameSection, observer, colourLocals, gc, warnings);
    }

    public CompilerOptions withObserver(PassObserver o) {
        return new CompilerOptions(passes, maxMemoryPages, shadowStackBytes, nameSection, o, colourLocals, gc, warnings);
    }

    public CompilerOptions withColourLocals(boolean on) {
        return new CompilerOptions(passes, maxMemoryPages, shadowStackBytes, nameSection, observer, on, gc, warnings);
    }

    public CompilerOptions withWarnings(Consumer<CompileError> w) {
        return new CompilerOptions(passes, maxMemoryPages, shadowStackBytes, nameSection, observer, colourLocals, gc, w);
    }

    public CompilerOptions withGc(GcMode mode) {
        return new CompilerOptions(passes, maxMemoryPages, shadowStackBytes, nameSection, observer, colourLocals, mode, warnings);
    }
}
