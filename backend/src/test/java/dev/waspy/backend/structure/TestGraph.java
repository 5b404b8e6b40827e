package dev.waspy.backend.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written CFG over string nodes. One line per node, the first line is the entry:
 * <pre>
 *   A -> B          jump
 *   A -> B | C      branch (true | false)
 *   A -> B C D / E  switch (cases / otherwise)
 *   A -> return
 *   A -> B ! H      jump, and H is a side exit (an exception handler) of A's code
 * </pre>
 */
final class TestGraph implements FlowGraph<String> {
    final Map<String, Exit<String>> exits = new LinkedHashMap<>();
    final Map<String, List<String>> sides = new LinkedHashMap<>();
    private String entry;

    static TestGraph parse(String text) {
        TestGraph g = new TestGraph();
        for (String raw : text.strip().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("->");
            String node = parts[0].strip();
            String rhs = parts[1].strip();
            if (rhs.contains("!")) {
                String[] side = rhs.split("!");
                rhs = side[0].strip();
                g.sides.put(node, Arrays.asList(side[1].strip().split("\\s+")));
            }
            Exit<String> exit;
            if (rhs.equals("return")) {
                exit = new Exit.Leave<>();
            } else if (rhs.contains("|")) {
                String[] arms = rhs.split("\\|");
                exit = new Exit.Branch<>(arms[0].strip(), arms[1].strip());
            } else if (rhs.contains("/")) {
                String[] arms = rhs.split("/");
                exit = new Exit.Switch<>(Arrays.asList(arms[0].strip().split("\\s+")), arms[1].strip());
            } else {
                exit = new Exit.Jump<>(rhs);
            }
            g.put(node, exit);
        }
        return g;
    }

    void put(String node, Exit<String> exit) {
        if (entry == null) {
            entry = node;
        }
        exits.put(node, exit);
    }

    @Override
    public String entry() {
        return entry;
    }

    @Override
    public Exit<String> exit(String node) {
        Exit<String> e = exits.get(node);
        if (e == null) {
            throw new IllegalArgumentException("no exit for " + node);
        }
        return e;
    }

    @Override
    public List<String> sideExits(String node) {
        return sides.getOrDefault(node, List.of());
    }

    List<String> nodes() {
        return new ArrayList<>(exits.keySet());
    }
}
