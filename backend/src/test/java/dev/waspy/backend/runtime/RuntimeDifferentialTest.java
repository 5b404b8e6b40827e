package dev.waspy.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of runtime_cases.py and runtime_container_cases.py (ints, floats, format specs, parsing, repr, containers, str methods; CPython computes
 * each expectation at test time) against runtime.wasm's exports, one dynamic test per operation.
 * -Dwaspy.runtime.seed and -Dwaspy.runtime.scale pick other or more random cases;
 * -Dwaspy.runtime.only=TEXT runs only the operations whose name contains TEXT.
 */
class RuntimeDifferentialTest {
    private static final String[] EXC_NAMES = {null, "BaseException", "SystemExit", "KeyboardInterrupt",
        "GeneratorExit", "Exception", "StopIteration", "StopAsyncIteration", "ArithmeticError",
        "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
        "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
        "MemoryError", "NameError", "UnboundLocalError", "OSError", "ReferenceError", "RuntimeError",
        "NotImplementedError", "RecursionError", "SyntaxError", "SystemError", "TypeError", "ValueError"};

    @TestFactory
    Stream<DynamicTest> runtimeMatchesCPython() throws Exception {
        long seed = Long.getLong("waspy.runtime.seed", 20241124L);
        double scale = Double.parseDouble(System.getProperty("waspy.runtime.scale", "1"));
        RuntimeCases all = RuntimeCases.generate(seed, scale);
        assertTrue(all.cases().size() > 10_000, "the generator produced too few cases");
        Map<String, List<RuntimeCases.Case>> byOp = new LinkedHashMap<>();
        String only = System.getProperty("waspy.runtime.only", "");
        for (RuntimeCases.Case c : all.cases()) {
            if (!c.op().contains(only)) {
                continue;
            }
            byOp.computeIfAbsent(c.op(), k -> new ArrayList<>()).add(c);
        }
        RuntimeInstance rt = new RuntimeInstance();
        return byOp.entrySet().stream().map(e -> DynamicTest.dynamicTest(
                e.getKey() + " (" + e.getValue().size() + " cases)", () -> check(rt, e.getKey(), e.getValue())));
    }

    private static void check(RuntimeInstance rt, String op, List<RuntimeCases.Case> cases) {
        var fn = RuntimeOps.OPS.get(op);
        if (fn == null && !RuntimeCalls.handles(op)) {
            fail("no runtime binding for operation " + op);
        }
        List<String> failures = new ArrayList<>();
        for (RuntimeCases.Case c : cases) {
            String got;
            try {
                int result;
                if (fn == null) {
                    result = RuntimeCalls.run(rt, op, c.args().stream().map(a -> a.substring(2)).toArray(String[]::new));
                } else {
                    long[] args = new long[c.args().size()];
                    for (int i = 0; i < args.length; i++) {
                        String a = c.args().get(i);
                        args[i] = RuntimeOps.boxes(op, i) ? RuntimeCases.boxed(rt, a) : RuntimeCases.arg(rt, a);
                    }
                    result = fn.apply(rt, args);
                }
                int exc = rt.takeException();
                got = exc != 0
                        ? "E:" + name(rt.exceptionClass(exc)) + ":" + hex(rt.exceptionMessage(exc))
                        : "s:" + hex(rt.readStr(result));
            } catch (RuntimeInstance.Exit e) {
                got = "exit " + e.code + ": " + rt.stderrText();
                rt.stderr.reset();
            }
            // "unsupported" accepts the runtime's explicit refusal (RT_EXIT_UNSUPPORTED) instead.
            boolean refused = got.startsWith("exit 3: waspy: unsupported at run time: ")
                    && c.accepted().contains("unsupported");
            if (!c.accepted().contains(got) && !refused) {
                failures.add(op + " " + c.args().stream().map(RuntimeCases::show).toList() + "\n    want "
                        + RuntimeCases.show(c.accepted().get(0)) + "\n    got  " + RuntimeCases.show(got));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " cases differ from CPython:\n"
                    + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
        }
    }

    private static String name(int cls) {
        return cls > 0 && cls < EXC_NAMES.length ? EXC_NAMES[cls] : "class#" + cls;
    }

    private static String hex(String s) {
        return java.util.HexFormat.of().formatHex(Wtf8.encode(s));
    }
}
