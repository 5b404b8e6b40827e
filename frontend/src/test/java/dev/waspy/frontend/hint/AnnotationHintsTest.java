package dev.waspy.frontend.hint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.scope.Scopes;
import dev.waspy.frontend.syntax.CPythonOracleAccess;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Annotations are read, never refused for what they say; one CPython evaluates is accepted only
 * when evaluating it cannot fail. Each accepted annotation is checked against CPython: evaluating
 * it after the same imports raises nothing. Each refused one must raise in CPython the exception
 * Waspy's message names (or, for a form Waspy merely does not read, nothing), and is accepted
 * where CPython does not evaluate it (a local variable's annotation, the future import).
 */
class AnnotationHintsTest {
    static final String IMPORTS = "import typing\nfrom typing import "
            + String.join(", ", new TreeSet<>(TypingNames.FORMS.keySet())) + "\n";

    /** Annotation, then the hint as {@link TypeHint#show} writes it. */
    private static final String ACCEPTED = """
            int => int
            list[int] => list[int]
            dict[str, float] => dict[str, float]
            set[str] => set[str]
            tuple[int, ...] => tuple[int, ...]
            tuple[str, int] => tuple[str, int]
            tuple[()] => tuple[]
            list[Final[int]] => list[int]
            Optional[int] => int | None
            int | None => int | None
            None | int => None | int
            list[int] | None => list[int] | None
            List[int] => list[int]
            Dict[str, List[int]] => dict[str, list[int]]
            Set[str] => set[str]
            FrozenSet[int] => frozenset[int]
            Tuple[int, ...] => tuple[int, ...]
            Tuple[()] => tuple[]
            Tuple[int, str] => tuple[int, str]
            Union[int, str, None] => int | str | None
            Union[int, Union[str, int]] => int | str
            Callable[[int], str] => Callable[[int], str]
            Callable[..., int] => Callable[..., int]
            Callable[[int], str] | None => Callable[[int], str] | None
            Any => Any
            Any | None => Any | None
            List | None => list | None
            Iterable[int] => Iterable[int]
            Iterator[str] => Iterator[str]
            Sequence[float] => Sequence[float]
            Mapping[str, int] => Mapping[str, int]
            Generator[int, None, None] => Generator[int, None, None]
            Type[int] => type[int]
            type[int] => type[int]
            Final => Final
            Final[int] => int
            ClassVar[int] => int
            Optional => Optional
            'Foo' => 'Foo'
            Optional['Foo'] => 'Foo' | None
            List['Foo'] => list['Foo']
            typing.List[typing.Optional[int]] => list[int | None]
            Text => str
            Literal[1, 'a', None, -2] => Literal[1, 'a', None, -2]
            None => None
            3 => ?
            (int, str) => ?
            len => ?
            list[3] => list[?]
            """;

    /** Annotation, a fragment of Waspy's message, the exception CPython raises evaluating it ("-": none). */
    private static final String REFUSED = """
            Foo => name 'Foo' is not defined => NameError
            int[int] => type 'int' is not subscriptable => TypeError
            Dict[str] => typing.Dict takes 2 arguments => TypeError
            int | 'Foo' => '|' of a string annotation => TypeError
            'Foo' | None => '|' of a string annotation => TypeError
            None | None => 'None | None' => TypeError
            Optional[int, str] => typing.Optional requires a single type => TypeError
            List[Final[int]] => typing.Final[...] is not valid as type argument => TypeError
            Optional | None => plain typing.Optional is not valid as type argument => TypeError
            Any[int] => typing.Any is not subscriptable => TypeError
            List[int][int] => this kind of annotation => TypeError
            typing.Nope => module 'typing' has no attribute 'Nope' => AttributeError
            len(3) => this kind of annotation => TypeError
            Callable[int, str] => Callable annotations other than => -
            """;

    private static List<String[]> rows(String table) {
        var out = new ArrayList<String[]>();
        for (String line : table.strip().split("\n")) out.add(line.strip().split(" => "));
        return out;
    }

    private static Scopes analyze(String src) {
        var file = SourceFile.of("t.py", src);
        return ScopeAnalysis.analyze(file, Parser.parse(file));
    }

    /** The hint of the first parameter of the program's last statement, a def. */
    private static TypeHint parameterHint(String annotation) {
        Scopes scopes = analyze(IMPORTS + "def f(x: " + annotation + "):\n    pass\n");
        Expr ann = scopes.functions().iterator().next().def().args().args().get(0).annotation();
        return scopes.hint(ann);
    }

    /** CPython's verdict on evaluating each annotation after IMPORTS: "ok" or the exception's name. */
    static List<String> cpython(List<String> annotations) throws Exception {
        String code = IMPORTS + """
                import sys, warnings
                warnings.simplefilter("ignore")
                for line in sys.stdin.read().splitlines():
                    try:
                        eval(line)
                        print("ok")
                    except Exception as e:
                        print(type(e).__name__)
                """;
        return List.of(CPythonOracleAccess.eval(code, String.join("\n", annotations) + "\n").split("\n"));
    }

    @Test
    void acceptedFormsAreReadAndCannotFailInCPython() throws Exception {
        var rows = rows(ACCEPTED);
        var verdicts = cpython(rows.stream().map(r -> r[0]).toList());
        for (int i = 0; i < rows.size(); i++) {
            String ann = rows.get(i)[0];
            assertEquals("ok", verdicts.get(i), "CPython fails evaluating " + ann);
            assertEquals(rows.get(i)[1], parameterHint(ann).show(), ann);
        }
    }

    @Test
    void refusedFormsAreThoseCPythonCannotEvaluateAndAreFineWhereNotEvaluated() throws Exception {
        var rows = rows(REFUSED);
        var verdicts = cpython(rows.stream().map(r -> r[0]).toList());
        for (int i = 0; i < rows.size(); i++) {
            String ann = rows.get(i)[0];
            String expected = rows.get(i)[2].equals("-") ? "ok" : rows.get(i)[2];
            assertEquals(expected, verdicts.get(i), "CPython evaluating " + ann);
            CompileError e = null;
            try {
                parameterHint(ann);
            } catch (CompileError x) {
                e = x;
            }
            assertTrue(e != null && e.message().contains(rows.get(i)[1]), ann + ": " + (e == null ? "accepted" : e.message()));
            assertEquals(IMPORTS.split("\n").length + 1, e.line(), ann);
            // A local variable's annotation and every one under the future import are never evaluated.
            analyze(IMPORTS + "def f():\n    x: " + ann + " = 1\n    return x\n");
            analyze("from __future__ import annotations\n" + IMPORTS + "def f(x: " + ann + "):\n    pass\ny: " + ann + " = 2\n");
        }
    }

    @Test
    void aValueOfTheProgramIsNotATypeButAStringIs() {
        CompileError e = org.junit.jupiter.api.Assertions.assertThrows(CompileError.class,
                () -> analyze("T = int\ndef f(x: T):\n    pass\n"));
        assertEquals("2:10", e.line() + ":" + e.column());
        assertTrue(e.message().startsWith("an annotation naming 'T', a name of the program"), e.message());
        Scopes s = analyze("def f(x: 'T'):\n    pass\nT = int\n");
        assertEquals("'T'", s.hint(s.functions().iterator().next().def().args().args().get(0).annotation()).show());
    }

    @Test
    void aLocalAnnotationWithoutValueBindsTheNameAsALocal() {
        Scopes s = analyze("def f():\n    n: int\n    return 1\n");
        assertTrue(s.functions().iterator().next().locals().contains("n"));
        assertTrue(((Stmt.AnnAssign) s.functions().iterator().next().def().body().get(0)).value() == null);
    }
}
