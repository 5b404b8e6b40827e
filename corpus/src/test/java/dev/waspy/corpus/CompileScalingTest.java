package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.frontend.diag.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compile time must grow about linearly with the input: for each generated shape, compiling 4N
 * items may take at most 8 times as long as N items (a quadratic phase makes it 16). Only the
 * phases whose work depends on the program are timed (parse, middle end, lowering), after a
 * warm-up, best of two; no absolute time is asserted.
 */
class CompileScalingTest {
    private static final double MAX_RATIO = 8;

    private static String join(int n, IntFunction<String> item, String sep) {
        return IntStream.range(0, n).mapToObj(item).collect(Collectors.joining(sep));
    }

    /** Shape name, base size N, program of size n. */
    private record Shape(String name, int n, IntFunction<String> program) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("chained comparison", 300, n -> "x = 1\nprint(" + join(n, i -> "x", " < ") + ")\n"),
            new Shape("assignments", 1500, n -> join(n, i -> "v" + i + " = " + i + "\n", "") + "print(v0)\n"),
            new Shape("and chain", 500, n -> "x = 1\nprint(" + join(n, i -> "x", " and ") + ")\n"),
            new Shape("list display", 2500, n -> "xs = [" + join(n, i -> "" + i, ", ") + "]\nprint(len(xs))\n"),
            new Shape("functions", 100, n -> join(n, i -> "def f" + i + "(a):\n    return a + " + i + "\n", "")
                    + "print(" + join(n, i -> "f" + i + "(1)", " + ") + ")\n"),
            // Many variables times many blocks: each assignment is followed by an if, so every
            // block has a different set of definitely bound variables (BindChecks).
            new Shape("assignments across blocks", 500, n -> "def g(c):\n"
                    + join(n, i -> "    v" + i + " = " + i + "\n    if c:\n        print(" + i + ")\n", "")
                    + "    return v0\nprint(g(1))\n"),
            // Every assignment of a try body ends a block with an edge to the handler: phis only
            // for the variables read across blocks (semi-pruned SSA) keep the handler small.
            new Shape("try body", 400, n -> "def f():\n    try:\n"
                    + join(n, i -> "        v" + i + " = int('" + i + "')\n", "")
                    + "    except ValueError:\n        return -1\n    return v0\nprint(f())\n"),
            new Shape("if/elif chain", 400, n -> "x = 5\nif x == -1:\n    print(-1)\n"
                    + join(n, i -> "elif x == " + i + ":\n    print(" + i + ")\n", "")));

    @TestFactory
    List<DynamicTest> compileTimeGrowsAboutLinearly() {
        return SHAPES.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            compileNanos(s.program().apply(s.n()));
            long small = Math.min(compileNanos(s.program().apply(s.n())), compileNanos(s.program().apply(s.n())));
            long large = Math.min(compileNanos(s.program().apply(4 * s.n())), compileNanos(s.program().apply(4 * s.n())));
            double ratio = (double) large / small;
            System.out.printf("CompileScalingTest: %s: %d items %.0f ms, %d items %.0f ms, ratio %.1f%n",
                    s.name(), s.n(), small / 1e6, 4 * s.n(), large / 1e6, ratio);
            assertTrue(ratio <= MAX_RATIO, () -> String.format("%s: 4x the input took %.1fx the time", s.name(), ratio));
        })).toList();
    }

    private static long compileNanos(String program) {
        var source = SourceFile.decode("scaling.py", program.getBytes(StandardCharsets.UTF_8));
        Map<String, Long> phases = Compiler.compile(source, CompilerOptions.defaults()).times().nanos();
        return phases.getOrDefault("parse", 0L) + phases.getOrDefault("middle-end", 0L) + phases.getOrDefault("lower", 0L);
    }
}
