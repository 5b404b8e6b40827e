package dev.waspy.backend.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.backend.Compilation;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.backend.link.WasiRun;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.wasm.model.Module;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated program whose {@code work} is far over {@link Outlining#MAX_INSTRUCTIONS}: loops with
 * {@code break}, {@code continue}, a {@code return} from inside, calls and list reads that may raise,
 * values carried from one loop to the next, and at last an uncaught IndexError.
 * Compiled with both IR builders, it must print what python3 prints, and every function of the
 * program must be within the bound, some of them parts of {@code work}.
 */
class OutliningTest {
    /** One section of {@code work}; {@code %1$d} is its number. */
    private static final String SECTION = """
                for i in range(n):
                    for j in range(i + %1$d):
                        if j == 9:
                            break
                        if (i + j) %% 5 == %1$d %% 5:
                            continue
                        total += i * j + %1$d
                        acc = acc * 1.0001 + j / (i + 1)
                    total += xs[i %% len(xs)] + step(i, %1$d)
                    if total > limit:
                        return total * 1000 + %1$d
                words.append(str(total %% 97) + "-" + str(round(acc, 3)))
            """;

    private static String program(int sections) {
        StringBuilder sb = new StringBuilder("def step(a, b):\n    return a * 3 - b\n\n\ndef work(n, xs, limit):\n    total = 0\n    acc = 1.5\n    words = []\n");
        for (int k = 0; k < sections; k++) {
            sb.append(SECTION.formatted(k));
        }
        sb.append("""
                    print(" ".join(words))
                    if n > 30:
                        total += xs[n]
                    return total + int(acc)


                print(work(12, [1, 2, 3], 10 ** 9))
                print(work(20, [4, 5, 6, 7, 8], 5000))
                print(work(31, [1], 10 ** 9))
                """);
        return sb.toString();
    }

    @Test
    void hugeFunctionIsSplitAndBehavesAsInCPython() throws Exception {
        String source = program(14);
        Compilation c = Compiler.compile(SourceFile.of("huge.py", source), CompilerOptions.defaults());
        Module program = c.programModule();
        int imported = program.functionCount() - program.functions().size();
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < program.functions().size(); k++) {
            String name = program.names().functionNames().get(imported + k);
            int size = program.functions().get(k).body().size();
            assertTrue(size <= Outlining.MAX_INSTRUCTIONS, name + " has " + size + " instructions");
            if (name.startsWith("work") && name.contains("#")) {
                parts.add(name);
            }
        }
        assertTrue(parts.size() >= 2, "parts of work: " + parts);

        WasiRun run = WasiRun.run(c.module());
        WasiRun cpython = WasiRun.python3(source);
        assertEquals(cpython.stdout(), run.stdout());
        assertEquals(cpython.exitCode(), run.exitCode());
        String[] lines = cpython.stderr().strip().split("\n");
        assertTrue(run.stderr().endsWith(lines[lines.length - 1] + "\n"), run.stderr());
    }
}
