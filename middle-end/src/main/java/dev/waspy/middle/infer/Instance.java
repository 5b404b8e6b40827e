package dev.waspy.middle.infer;

import dev.waspy.middle.ir.Inst;
import dev.waspy.middle.ir.IrFunction;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.types.PyType;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A function definition specialized to a tuple of parameter types, with what inference found
 * inside it: a type per SSA value (flow-sensitive, since each assignment is its own value), the
 * return type, and which instance each direct call calls.
 */
public final class Instance {
    private final IrFunction def;
    /** Fixed, except for a definition's shared instance, whose parameters grow as calls join it. */
    private List<PyType> params;
    final PyType[] types;
    PyType returns = PyType.BOTTOM;
    String name;
    final Map<Inst.Call, Instance> callees = new IdentityHashMap<>();
    final Set<Instance> callers = new LinkedHashSet<>();

    Instance(IrFunction def, List<PyType> params) {
        this.def = def;
        this.params = List.copyOf(params);
        this.types = new PyType[def.tempCount()];
        Arrays.fill(types, PyType.BOTTOM);
    }

    /** The definition (the function as built) this instance specializes. */
    public IrFunction def() { return def; }

    public List<PyType> params() { return params; }

    void widen(List<PyType> joined) { params = List.copyOf(joined); }

    /**
     * The name of the specialized function: the definition's when every parameter is
     * {@code object} (or there are none), else {@code h[int]}, {@code f[int, str]}.
     */
    public String name() { return name != null ? name : baseName(); }

    /**
     * The name from the parameters' kinds: two instances may share it (one per set of list sites
     * of a parameter); {@link Infer} numbers the later ones ({@code f[list]#2}).
     */
    String baseName() {
        if (params.stream().allMatch(p -> p.kind() == PyType.Kind.OBJECT)) return def.name();
        return params.stream().map(p -> p.kind().show())
                .collect(Collectors.joining(", ", def.name() + "[", "]"));
    }

    /** The type of a value of the definition in this instance. */
    public PyType type(Temp t) { return types[t.id()]; }

    /** The join of every returned value's type (bottom: never returns). */
    public PyType returns() { return returns; }

    /** The instance a direct call of the definition calls here, or null when the call is never reached. */
    public Instance callee(Inst.Call call) { return callees.get(call); }

    @Override public String toString() { return name(); }
}
