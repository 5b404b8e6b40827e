package dev.waspy.middle.pass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The registry: every pass by its kebab-case name. */
public final class Passes {
    private Passes() {}

    private static final Map<String, Supplier<Pass>> ALL = new LinkedHashMap<>();

    static {
        register(DeadBlocks::new);
        register(ConstFold::new);
        register(DeadCode::new);
        register(Mem2Reg::new);
        register(Specialize::new);
        register(RangeLoops::new);
        register(ListLoops::new);
        register(SinkBoxes::new);
    }

    private static void register(Supplier<Pass> make) {
        ALL.put(make.get().name(), make);
    }

    /** A fresh instance of the pass called {@code name}. */
    public static Pass byName(String name) {
        var make = ALL.get(name);
        if (make == null) throw new IllegalArgumentException("unknown pass '" + name + "'; known: " + String.join(", ", ALL.keySet()));
        return make.get();
    }

    public static List<String> names() { return List.copyOf(ALL.keySet()); }
}
