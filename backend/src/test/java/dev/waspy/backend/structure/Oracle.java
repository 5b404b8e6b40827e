package dev.waspy.backend.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Walks a CFG and its structured form side by side under the same decisions (the k-th visit of a
 * node always takes the same arm), recording the nodes visited. Equal traces mean the structured
 * code goes where the graph goes.
 */
final class Oracle {
    private final long seed;
    private final int maxSteps;

    Oracle(long seed, int maxSteps) {
        this.seed = seed;
        this.maxSteps = maxSteps;
    }

    private int decide(String node, int visit, int arms) {
        return new Random(seed * 1_000_003L + node.hashCode() * 7919L + visit).nextInt(arms);
    }

    /** The trace of the graph itself. */
    List<String> walk(FlowGraph<String> g) {
        List<String> trace = new java.util.ArrayList<>();
        Map<String, Integer> visits = new HashMap<>();
        String n = g.entry();
        while (trace.size() < maxSteps) {
            trace.add(n);
            int v = visits.merge(n, 1, Integer::sum);
            List<String> sides = g.sideExits(n);
            if (!sides.isEmpty()) {
                int k = decide(n + "#side", v, sides.size() + 1);
                if (k < sides.size()) {
                    n = sides.get(k);
                    continue;
                }
            }
            List<String> succ = g.exit(n).successors();
            if (succ.isEmpty()) {
                break;
            }
            n = succ.get(succ.size() == 1 ? 0 : pick(g.exit(n), n, v));
        }
        return trace;
    }

    private int pick(Exit<String> exit, String n, int visit) {
        return switch (exit) {
            case Exit.Branch<String> b -> decide(n, visit, 2);
            case Exit.Switch<String> s -> decide(n, visit, s.cases().size() + 2) % (s.cases().size() + 1);
            default -> 0;
        };
    }

    /** The trace of the structured code, run like Wasm would run it. */
    List<String> run(FlowGraph<String> g, Shape<String> shape) {
        Machine m = new Machine(g);
        Signal end = m.exec(shape);
        if (end instanceof Branch b) {
            throw new AssertionError("a branch of depth " + b.depth + " left the function");
        }
        if (end == Signal.NORMAL) {
            throw new AssertionError("control fell off the end of the function");
        }
        return m.trace;
    }

    private sealed interface Signal {
        Signal NORMAL = new Normal();
        Signal STOP = new Stop();
    }

    private record Normal() implements Signal {}

    private record Stop() implements Signal {}

    private record Branch(int depth) implements Signal {}

    private final class Machine {
        final FlowGraph<String> g;
        final List<String> trace = new java.util.ArrayList<>();
        final Map<String, Integer> visits = new HashMap<>();
        String current;
        String pendingEdge;

        Machine(FlowGraph<String> g) {
            this.g = g;
        }

        Signal exec(Shape<String> shape) {
            return switch (shape) {
                case Shape.Seq<String> seq -> {
                    for (Shape<String> item : seq.items()) {
                        Signal s = exec(item);
                        if (s != Signal.NORMAL) {
                            yield s;
                        }
                    }
                    yield Signal.NORMAL;
                }
                case Shape.Block<String> b -> outOfLabel(exec(b.body()));
                case Shape.Loop<String> l -> {
                    while (true) {
                        Signal s = exec(l.body());
                        if (!(s instanceof Branch br && br.depth == 0)) {
                            yield s instanceof Branch br ? new Branch(br.depth - 1) : s;
                        }
                    }
                }
                case Shape.Code<String> c -> {
                    if (trace.size() >= maxSteps) {
                        yield Signal.STOP;
                    }
                    // Every jump or branch must have announced its edge (where phi copies go).
                    if (current != null && !(g.exit(current) instanceof Exit.Switch<String>)
                            && !c.node().equals(pendingEdge)) {
                        throw new AssertionError("control reached " + c.node() + " from " + current
                                + " without passing the edge marker (pending: " + pendingEdge + ")");
                    }
                    pendingEdge = null;
                    trace.add(c.node());
                    current = c.node();
                    int v = visits.merge(c.node(), 1, Integer::sum);
                    List<String> sides = g.sideExits(c.node());
                    if (sides.size() != c.sideExitDepths().size()) {
                        throw new AssertionError("side exit depths of " + c.node() + ": " + c.sideExitDepths());
                    }
                    if (!sides.isEmpty()) {
                        int k = decide(c.node() + "#side", v, sides.size() + 1);
                        if (k < sides.size()) {
                            pendingEdge = sides.get(k);
                            yield new Branch(c.sideExitDepths().get(k));
                        }
                    }
                    yield Signal.NORMAL;
                }
                case Shape.If<String> i -> {
                    requireCurrent(i.node());
                    int arm = pick(g.exit(i.node()), i.node(), visits.get(i.node()));
                    yield outOfLabel(exec(arm == 0 ? i.then() : i.otherwise()));
                }
                case Shape.BrTable<String> t -> {
                    requireCurrent(t.node());
                    int arm = pick(g.exit(t.node()), t.node(), visits.get(t.node()));
                    yield new Branch(arm < t.depths().size() ? t.depths().get(arm) : t.otherwise());
                }
                case Shape.Edge<String> e -> {
                    requireCurrent(e.from());
                    pendingEdge = e.to();
                    yield Signal.NORMAL;
                }
                case Shape.Br<String> br -> new Branch(br.depth());
                case Shape.Leave<String> l -> {
                    requireCurrent(l.node());
                    yield Signal.STOP;
                }
            };
        }

        private void requireCurrent(String node) {
            if (!node.equals(current)) {
                throw new AssertionError("the exit of " + node + " runs after the code of " + current);
            }
        }

        private Signal outOfLabel(Signal s) {
            if (s instanceof Branch br) {
                return br.depth == 0 ? Signal.NORMAL : new Branch(br.depth - 1);
            }
            return s;
        }
    }
}
