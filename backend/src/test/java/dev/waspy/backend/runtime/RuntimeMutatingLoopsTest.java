package dev.waspy.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dict (or set) changed while a loop walks it: random scenarios, seeded, run by python3 and by
 * runtime.wasm, must produce the same items, the same RuntimeError at the same step ("dictionary
 * changed size during iteration", "dictionary keys changed during iteration", "Set changed size
 * during iteration"), the same behaviour of the iterator after it, and the same final contents.
 *
 * <p>Each scenario builds a container by a random history (inserts, deletions, pop, popitem,
 * clear, update, setdefault) and a way of making it (as is, {@code dict(src)}, {@code src.copy()},
 * {@code {}.update(src)}), since these decide CPython's entry layout and so where its checks fire;
 * then it iterates the dict, a view or {@code reversed()} of them, mutating between steps.
 * -Dwaspy.dictiter.seed and -Dwaspy.dictiter.count pick other or more scenarios.
 */
class RuntimeMutatingLoopsTest {
    private static final int STOP_ITERATION = 6;
    private static final int RUNTIME_ERROR = 26;
    private static final String[] STR_KEYS = {"a", "b", "c"};

    @TempDir
    Path dir;

    /** One mutation: code (s set, p pop, i popitem, c clear, u update, y setdefault), keys, value. */
    record Op(char code, List<Object> keys, int value) {
        String python() {
            StringBuilder sb = new StringBuilder("('").append(code).append("', [");
            for (Object k : keys) sb.append(k instanceof String s ? "'" + s + "'" : k.toString()).append(", ");
            return sb.append("], ").append(value).append(')').toString();
        }
    }

    /** container: 0 dict, 1 set; create: how it is made from the history; kind: what is iterated. */
    record Scenario(int container, List<Op> history, int create, int kind, List<List<Op>> steps) {
        String python() {
            return "(" + container + ", " + ops(history) + ", " + create + ", " + kind + ", ["
                    + String.join(", ", steps.stream().map(RuntimeMutatingLoopsTest::ops).toList()) + "])";
        }
    }

    private static String ops(List<Op> ops) {
        return "[" + String.join(", ", ops.stream().map(Op::python).toList()) + "]";
    }

    /** Keys for one scenario: ints below 12 (small tables) or 40 (tables of 32 and 64), and for dicts a few strs. */
    private static Object key(Random r, boolean strs) {
        if (strs && r.nextInt(5) == 0) return STR_KEYS[r.nextInt(STR_KEYS.length)];
        return r.nextInt(r.nextInt(3) == 0 ? 40 : 12);
    }

    private static Op op(Random r, boolean dict, int[] counter) {
        int v = counter[0]++;
        int p = r.nextInt(100);
        if (p < 40) return new Op('s', List.of(key(r, dict)), v);
        if (p < 65) return new Op('p', List.of(key(r, dict)), v);
        if (p < 75) return new Op('i', List.of(), v);
        if (p < 78) return new Op('c', List.of(), v);
        if (p < 88) {
            List<Object> keys = new ArrayList<>();
            for (int n = r.nextInt(r.nextBoolean() ? 8 : 30); n > 0; n--) keys.add(key(r, dict));
            return new Op('u', keys, v);
        }
        return new Op(dict ? 'y' : 's', List.of(key(r, dict)), v);
    }

    private static Scenario scenario(Random r) {
        int container = r.nextInt(4) == 0 ? 1 : 0;
        boolean dict = container == 0;
        int[] counter = {100};
        List<Op> history = new ArrayList<>();
        for (int n = r.nextInt(r.nextBoolean() ? 16 : 60); n > 0; n--) history.add(op(r, dict, counter));
        List<List<Op>> steps = new ArrayList<>();
        for (int n = 1 + r.nextInt(12); n > 0; n--) {
            List<Op> step = new ArrayList<>();
            int p = r.nextInt(10);
            if (p >= 4 && p < 7) {
                // A deletion and an insertion: the size stays, the keys change.
                step.add(new Op('p', List.of(key(r, dict)), counter[0]++));
                step.add(new Op('s', List.of(key(r, dict)), counter[0]++));
            } else if (p >= 7) {
                for (int k = 1 + r.nextInt(2); k > 0; k--) step.add(op(r, dict, counter));
            }
            steps.add(step);
        }
        return new Scenario(container, history, r.nextInt(4), dict ? r.nextInt(8) : 0, steps);
    }

    private static final String PYTHON_DRIVER = """
            def apply(c, op):
                code, keys, v = op
                if code == 's':
                    if isinstance(c, dict):
                        c[keys[0]] = v
                    else:
                        c.add(keys[0])
                elif code == 'p':
                    if isinstance(c, dict):
                        c.pop(keys[0], None)
                    else:
                        c.discard(keys[0])
                elif code == 'i':
                    if c:
                        c.popitem() if isinstance(c, dict) else c.pop()
                elif code == 'c':
                    c.clear()
                elif code == 'u':
                    if isinstance(c, dict):
                        other = {}
                        for k in keys:
                            other[k] = v
                        c.update(other)
                    else:
                        c.update(keys)
                elif code == 'y':
                    c.setdefault(keys[0], v)

            def run(container, history, create, kind, steps):
                src = {} if container == 0 else set()
                for op in history:
                    apply(src, op)
                if create == 0:
                    c = src
                elif create == 1:
                    c = dict(src) if container == 0 else set(src)
                elif create == 2:
                    c = src.copy()
                else:
                    c = {} if container == 0 else set()
                    c.update(src)
                view = c if container == 1 else [c, c.keys(), c.values(), c.items()][kind % 4]
                it = reversed(view) if kind >= 4 else iter(view)
                out = []
                for ops in steps:
                    try:
                        x = next(it)
                    except StopIteration:
                        out.append('stop')
                        break
                    except RuntimeError as e:
                        out.append('RuntimeError: ' + str(e))
                        for again in range(2):
                            try:
                                out.append('then ' + repr(next(it)))
                            except StopIteration:
                                out.append('then stop')
                            except RuntimeError as e:
                                out.append('then RuntimeError: ' + str(e))
                        break
                    out.append(repr(x))
                    for op in ops:
                        apply(c, op)
                out.append(repr(list(c.items())) if container == 0 else repr(list(c)))
                print(' | '.join(out))

            for s in SCENARIOS:
                run(*s)
            """;

    private final RuntimeInstance rt = new RuntimeInstance();

    private long box(Object key) {
        return key instanceof String s ? rt.str(s) | 1 : ((long) (Integer) key) << 1;
    }

    private void apply(boolean dict, int c, Op op) {
        long none = rt.call("rt_box_none");
        long k = op.keys().isEmpty() ? 0 : box(op.keys().get(0));
        long v = ((long) op.value()) << 1;
        switch (op.code()) {
            case 's' -> rt.call(dict ? "rt_dict_set" : "rt_set_add", c, k, v);
            case 'p' -> rt.call(dict ? "rt_dict_pop_default" : "rt_set_discard", c, k, none);
            case 'i' -> {
                if (rt.call(dict ? "rt_dict_len" : "rt_set_len", c) != 0) rt.call(dict ? "rt_dict_popitem" : "rt_set_pop", c);
            }
            case 'c' -> rt.call(dict ? "rt_dict_clear" : "rt_set_clear", c);
            case 'u' -> {
                if (dict) {
                    int other = (int) rt.call("rt_dict_new");
                    for (Object key : op.keys()) rt.call("rt_dict_set", other, box(key), v);
                    rt.call("rt_dict_update", c, other | 1);
                } else {
                    int t = (int) rt.call("rt_tuple_new", op.keys().size());
                    for (int i = 0; i < op.keys().size(); i++) rt.call("rt_tuple_set", t, i, box(op.keys().get(i)));
                    rt.call("rt_set_update", c, rt.call("rt_list_from_tuple", t) | 1);
                }
            }
            case 'y' -> rt.call("rt_dict_setdefault", c, k, v);
            default -> throw new IllegalStateException("op " + op.code());
        }
        assertTrue(!rt.pending(), "mutation " + op + " raised");
    }

    private String repr(long v) {
        return rt.readStr((int) rt.call("rt_obj_repr", v));
    }

    /** The outcome of next(it) as the driver prints it; null after a RuntimeError (text in err). */
    private String next(long it, StringBuilder err) {
        long x = rt.call("rt_obj_next", it);
        if (!rt.pending()) return repr(x);
        int e = rt.takeException();
        int cls = rt.exceptionClass(e);
        if (cls == STOP_ITERATION) return "stop";
        assertEquals(RUNTIME_ERROR, cls, "next() raised an unexpected exception class");
        err.append("RuntimeError: ").append(rt.exceptionMessage(e));
        return null;
    }

    private String run(Scenario s) {
        boolean dict = s.container() == 0;
        int src = (int) rt.call(dict ? "rt_dict_new" : "rt_set_new");
        for (Op op : s.history()) apply(dict, src, op);
        int c = switch (s.create()) {
            case 0 -> src;
            case 1 -> (int) rt.call(dict ? "rt_obj_to_dict" : "rt_obj_to_set", src | 1);
            case 2 -> (int) rt.call(dict ? "rt_dict_copy" : "rt_set_copy", src);
            default -> {
                int fresh = (int) rt.call(dict ? "rt_dict_new" : "rt_set_new");
                rt.call(dict ? "rt_dict_update" : "rt_set_update", fresh, src | 1);
                yield fresh;
            }
        };
        long view = !dict ? c | 1 : switch (s.kind() % 4) {
            case 0 -> c | 1;
            case 1 -> rt.call("rt_dict_keys_view", c);
            case 2 -> rt.call("rt_dict_values_view", c);
            default -> rt.call("rt_dict_items_view", c);
        };
        long it = rt.call(s.kind() >= 4 ? "rt_obj_reversed" : "rt_obj_iter", view);
        List<String> out = new ArrayList<>();
        for (List<Op> ops : s.steps()) {
            StringBuilder err = new StringBuilder();
            String x = next(it, err);
            if (x == null) {
                out.add(err.toString());
                for (int again = 0; again < 2; again++) {
                    StringBuilder err2 = new StringBuilder();
                    String y = next(it, err2);
                    out.add("then " + (y == null ? err2 : y));
                }
                break;
            }
            out.add(x);
            if (x.equals("stop")) break;
            for (Op op : ops) apply(dict, c, op);
        }
        long last = dict ? rt.call("rt_dict_items", c) : rt.call("rt_obj_to_list", c | 1);
        out.add(repr(last | 1));
        return String.join(" | ", out);
    }

    @Test
    void loopsOverMutatedContainersMatchCPython() throws IOException, InterruptedException {
        long seed = Long.getLong("waspy.dictiter.seed", 20261207L);
        int count = Integer.getInteger("waspy.dictiter.count", 3000);
        Random r = new Random(seed);
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < count; i++) scenarios.add(scenario(r));
        Path py = dir.resolve("scenarios.py");
        Files.writeString(py, "SCENARIOS = [\n" + String.join(",\n", scenarios.stream().map(Scenario::python).toList())
                + "]\n" + PYTHON_DRIVER);
        Process p = new ProcessBuilder("python3", py.toString()).redirectErrorStream(true).start();
        String expectedText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 failed: " + expectedText);
        List<String> expected = expectedText.lines().toList();
        assertEquals(count, expected.size(), "python3 printed one line per scenario");
        List<String> failures = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < count; i++) {
            String got = run(scenarios.get(i));
            if (expected.get(i).contains("RuntimeError")) errors++;
            if (!got.equals(expected.get(i)) && failures.size() < 5) {
                failures.add(scenarios.get(i).python() + "\n  CPython: " + expected.get(i) + "\n  runtime: " + got);
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + "+ scenarios differ, first ones:\n" + String.join("\n", failures));
        // The scenarios must reach the checks: a fair share of them ends in a RuntimeError.
        assertTrue(errors > count / 5, "only " + errors + " scenarios raised");
    }
}
