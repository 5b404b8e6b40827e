package dev.waspy.middle.analysis;

import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.IrProgram;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Analyses computed on demand and kept until a pass changes what they describe. The pass manager
 * calls {@link #changed} after a pass reports a change, with what the pass preserves; everything
 * else about that function, and every module analysis not preserved, is dropped (with whatever
 * was computed from it). One cache per compilation.
 */
public final class AnalysisCache {
    private final IrProgram program;
    private final Map<IrFunction, Map<Analysis<?>, Object>> perFunction = new IdentityHashMap<>();
    private final Map<Analysis<?>, Object> perModule = new HashMap<>();
    private final Map<String, Integer> computed = new TreeMap<>();

    public AnalysisCache(IrProgram program) { this.program = program; }

    public <T> T get(Analysis.OfFunction<T> a, IrFunction f) {
        return cached(perFunction.computeIfAbsent(f, k -> new HashMap<>()), a, () -> a.compute().apply(f, this));
    }

    public <T> T get(Analysis.OfModule<T> a) {
        return cached(perModule, a, () -> a.compute().apply(program, this));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Map<Analysis<?>, Object> cache, Analysis<T> a, java.util.function.Supplier<T> compute) {
        Object v = cache.get(a);
        if (v == null) {
            // Not computeIfAbsent: computing one analysis may ask the cache for another.
            v = compute.get();
            cache.put(a, v);
            computed.merge(a.name(), 1, Integer::sum);
        }
        return (T) v;
    }

    /** Whether {@code a} is cached for {@code f} (null for a module analysis). */
    public boolean isCached(Analysis<?> a, IrFunction f) {
        return switch (a) {
            case Analysis.OfFunction<?> x -> perFunction.getOrDefault(f, Map.of()).containsKey(a);
            case Analysis.OfModule<?> x -> perModule.containsKey(a);
        };
    }

    /** A pass changed {@code f}: drop what it does not preserve. */
    public void changed(IrFunction f, Preserved kept) {
        var cached = perFunction.get(f);
        if (cached != null) cached.keySet().removeIf(a -> dropped(a, kept));
        perModule.keySet().removeIf(a -> dropped(a, kept));
    }

    /** A module pass changed the program (any function): drop what it does not preserve, everywhere. */
    public void changedAll(Preserved kept) {
        for (var cached : perFunction.values()) cached.keySet().removeIf(a -> dropped(a, kept));
        perModule.keySet().removeIf(a -> dropped(a, kept));
    }

    /** How many times each analysis was computed (for reports and tests). */
    public Map<String, Integer> computations() { return computed; }

    private static boolean dropped(Analysis<?> a, Preserved kept) {
        return !kept.keeps(a) || a.dependsOn().stream().anyMatch(d -> dropped(d, kept));
    }
}
