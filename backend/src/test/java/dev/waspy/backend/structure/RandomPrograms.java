package dev.waspy.backend.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random structured programs (if/else, while with break/continue/else, switch, return) translated to
 * CFGs the way a front end translates Python: the graphs a structurer meets in practice.
 */
final class RandomPrograms {
    private final Random random;
    private final TestGraph graph = new TestGraph();
    private int counter;

    /** A loop's header and (lazily created) exit, and the handler in force around the loop. */
    private record LoopLabels(String header, String[] exit, String handler) {}

    private RandomPrograms(long seed) {
        this.random = new Random(seed);
    }

    static TestGraph generate(long seed) {
        RandomPrograms p = new RandomPrograms(seed);
        String entry = p.fresh();
        p.graph.put(entry, null);
        String end = p.statements(entry, 3, null);
        if (end != null) {
            p.graph.put(end, new Exit.Leave<>());
        }
        return p.graph;
    }

    private String fresh() {
        return "n" + counter++;
    }

    /** Innermost try's handler first: nodes created inside a try body may raise to it. */
    private final java.util.Deque<String> handlers = new java.util.ArrayDeque<>();

    private String newNode() {
        String n = fresh();
        graph.exits.put(n, null);
        if (!handlers.isEmpty()) {
            graph.sides.put(n, List.of(handlers.peek()));
        }
        return n;
    }

    /** Emits a statement list starting in {@code cur}; returns the open node control continues in, or null. */
    private String statements(String cur, int depth, LoopLabels loop) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && cur != null; i++) {
            cur = statement(cur, depth, loop);
        }
        return cur;
    }

    private String statement(String cur, int depth, LoopLabels loop) {
        int kind = depth <= 0 ? 0 : random.nextInt(loop == null ? 8 : 11);
        if (depth > 0 && random.nextInt(6) == 0) {
            // try: body  except: handler  -- every node of the body may raise to the handler.
            String handler = fresh();
            graph.exits.put(handler, null);
            String body = newNode();
            graph.put(cur, new Exit.Jump<>(body));
            handlers.push(handler);
            String bodyEnd = statements(body, depth - 1, loop);
            handlers.pop();
            String handlerEnd = statements(handler, depth - 1, loop);
            return join(List.of(bodyEnd == null ? "" : bodyEnd, handlerEnd == null ? "" : handlerEnd));
        }
        switch (kind) {
            case 0, 1 -> {
                String next = newNode();
                graph.put(cur, new Exit.Jump<>(next));
                return next;
            }
            case 2, 3 -> {
                String t = newNode();
                String f = newNode();
                graph.put(cur, new Exit.Branch<>(t, f));
                String tEnd = statements(t, depth - 1, loop);
                String fEnd = random.nextBoolean() ? statements(f, depth - 1, loop) : f;
                return join(List.of(tEnd == null ? "" : tEnd, fEnd == null ? "" : fEnd));
            }
            case 4, 5 -> {
                String header = newNode();
                graph.put(cur, new Exit.Jump<>(header));
                String body = newNode();
                String orElse = newNode();
                graph.put(header, new Exit.Branch<>(body, orElse));
                LoopLabels labels = new LoopLabels(header, new String[1], handlers.peek());
                String bodyEnd = statements(body, depth - 1, labels);
                if (bodyEnd != null) {
                    graph.put(bodyEnd, new Exit.Jump<>(header));
                }
                String elseEnd = random.nextBoolean() ? statements(orElse, depth - 1, loop) : orElse;
                if (elseEnd != null) {
                    graph.put(elseEnd, new Exit.Jump<>(exitOf(labels)));
                }
                return labels.exit()[0];
            }
            case 6 -> {
                int n = 1 + random.nextInt(3);
                List<String> cases = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    cases.add(random.nextInt(4) == 0 && !cases.isEmpty() ? cases.getLast() : newNode());
                }
                String otherwise = newNode();
                graph.put(cur, new Exit.Switch<>(cases, otherwise));
                List<String> ends = new ArrayList<>();
                for (String c : new java.util.LinkedHashSet<>(cases)) {
                    String e = statements(c, depth - 1, loop);
                    ends.add(e == null ? "" : e);
                }
                String e = statements(otherwise, depth - 1, loop);
                ends.add(e == null ? "" : e);
                return join(ends);
            }
            case 7 -> {
                graph.put(cur, new Exit.Leave<>());
                return null;
            }
            case 8 -> {
                graph.put(cur, new Exit.Jump<>(exitOf(loop)));
                return null;
            }
            case 9 -> {
                graph.put(cur, new Exit.Jump<>(loop.header()));
                return null;
            }
            default -> {
                String t = newNode();
                String f = newNode();
                graph.put(cur, new Exit.Branch<>(t, f));
                graph.put(t, new Exit.Jump<>(exitOf(loop)));
                return f;
            }
        }
    }

    private String exitOf(LoopLabels loop) {
        if (loop.exit()[0] == null) {
            // The exit is after the loop: only the handler around the loop covers it.
            String n = fresh();
            graph.exits.put(n, null);
            if (loop.handler() != null) {
                graph.sides.put(n, List.of(loop.handler()));
            }
            loop.exit()[0] = n;
        }
        return loop.exit()[0];
    }

    private String join(List<String> ends) {
        List<String> live = ends.stream().filter(e -> !e.isEmpty()).toList();
        if (live.isEmpty()) {
            return null;
        }
        String j = newNode();
        for (String e : live) {
            graph.put(e, new Exit.Jump<>(j));
        }
        return j;
    }
}
