package dev.waspy.frontend.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waspy.frontend.TestParse;
import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.lower.Lowering;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value whose type disagrees with its annotation compiles (the value's own type wins, as it
 * does in CPython) and is reported as a positioned warning; where they agree, or the hint is not
 * one inference represents, nothing is reported. Each case: source (with \n), then the warnings
 * in source order as LINE:COL MESSAGE joined by " / ", or "-" for none.
 */
class AnnotationWarningsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            def f(x: int):\\n    return x\\nprint(f('a')) => 1:7 parameter 'x' has type str, but its annotation says int (the annotation is ignored)
            def f() -> str:\\n    return 1\\nprint(f()) => 1:12 the return value of 'f' has type int, but its annotation says str (the annotation is ignored)
            def f(n: int) -> str:\\n    v: str = n * 2\\n    return v\\nf(1) => 1:18 the return value of 'f' has type int, but its annotation says str (the annotation is ignored) / 2:14 the value assigned to 'v' has type int, but its annotation says str (the annotation is ignored)
            x: tuple[int, str] = (1, 2.5) => 1:22 the value assigned to 'x' has type tuple[int, float], but its annotation says tuple[int, str] (the annotation is ignored)
            def f(x: float, y: bool | None) -> list[int]:\\n    return [1]\\nf(1, None) => -
            x: float = 1\\ny: object = 'a'\\nz: 'Foo' = 3 => -
            """)
    void disagreementsAreWarningsNotErrors(String src, String expected) {
        var file = SourceFile.of("t.py", src.strip().replace("\\n", "\n") + "\n");
        var warnings = new ArrayList<CompileError>();
        Lowering.lower(file, TestParse.parse(file), warnings);
        String got = warnings.stream().map(w -> w.line() + ":" + w.column() + " " + w.message()).collect(Collectors.joining(" / "));
        assertEquals(expected.equals("-") ? "" : expected, got);
    }
}
