package dev.waspy.middle.analysis;

import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A named fact about the IR that passes ask the {@link AnalysisCache} for and that stays valid
 * until a pass changes what it was computed from. An analysis of one function or of the whole
 * module; it may be computed from other analyses ({@code dependsOn}), and is dropped whenever one
 * of them is. The standard ones are in {@link Analyses}.
 */
public sealed interface Analysis<T> {
    String name();

    List<Analysis<?>> dependsOn();

    /** Computed per function, on demand. */
    record OfFunction<T>(String name, List<Analysis<?>> dependsOn, BiFunction<IrFunction, AnalysisCache, T> compute)
            implements Analysis<T> {
        public OfFunction { dependsOn = List.copyOf(dependsOn); }
    }

    /** Computed once for the whole program, on demand (call graph). */
    record OfModule<T>(String name, List<Analysis<?>> dependsOn, BiFunction<IrProgram, AnalysisCache, T> compute)
            implements Analysis<T> {
        public OfModule { dependsOn = List.copyOf(dependsOn); }
    }
}
