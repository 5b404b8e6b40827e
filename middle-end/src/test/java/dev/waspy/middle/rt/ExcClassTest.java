package dev.waspy.middle.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.frontend.scope.Builtins;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The frontend's list of built-in exception names and the runtime's classes are the same set. */
class ExcClassTest {
    @Test
    void frontendNamesEveryRuntimeClass() {
        Set<String> runtime = Arrays.stream(ExcClass.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(runtime, Builtins.EXCEPTIONS);
    }

    /** Each class's parent is its base in python3's own hierarchy ({@code __bases__[0]}). */
    @Test
    void parentsFollowCPython() throws Exception {
        String names = Arrays.stream(ExcClass.values()).map(Enum::name).collect(Collectors.joining(","));
        Process p = new ProcessBuilder("python3", "-c",
                "import builtins\nfor n in '" + names + "'.split(','):\n"
                        + "    b = getattr(builtins, n).__bases__[0].__name__\n"
                        + "    print(n, '-' if b == 'object' else b)").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        StringBuilder ours = new StringBuilder();
        for (ExcClass c : ExcClass.values()) ours.append(c.name()).append(' ').append(c.parent() == null ? "-" : c.parent().name()).append('\n');
        assertEquals(out, ours.toString());
    }
}
