package dev.waspy.frontend.hint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waspy.frontend.diag.CompileError;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.scope.ScopeAnalysis;
import dev.waspy.frontend.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The claim the hint reader rests on, over random annotations built from type names, typing's
 * forms, strings, constants and undefined names: every annotation accepted where CPython evaluates
 * it evaluates in CPython without raising, and every refusal that names CPython's exception
 * ("CPython raises TypeError ...") is one CPython raises. Seeded, so a failure repeats.
 */
class RandomAnnotationsTest {
    private static final String IMPORTS = AnnotationHintsTest.IMPORTS;
    private static final String[] ATOMS = {"int", "str", "float", "None", "list", "dict", "tuple", "set", "type",
        "object", "'Foo'", "List", "Dict", "Set", "Tuple", "Optional", "Union", "Callable", "Any", "Final",
        "ClassVar", "Iterable", "Mapping", "Literal", "Text", "NoReturn", "typing.List", "typing.Optional",
        "Undefined", "3", "...", "()", "len", "typing.Nope"};

    private static String gen(Random r, int depth) {
        int k = depth <= 0 ? 0 : r.nextInt(6);
        return switch (k) {
            case 0, 1 -> ATOMS[r.nextInt(ATOMS.length)];
            case 2, 3 -> {
                var args = new ArrayList<String>();
                for (int i = r.nextInt(3) + 1; i > 0; i--) args.add(gen(r, depth - 1));
                yield gen(r, 0) + "[" + String.join(", ", args) + "]";
            }
            case 4 -> gen(r, depth - 1) + " | " + gen(r, depth - 1);
            default -> "[" + gen(r, depth - 1) + "]";
        };
    }

    @Test
    void acceptedNeverFailsInCPythonAndNamedExceptionsAreCPythons() throws Exception {
        var r = new Random(11);
        var annotations = new ArrayList<String>();
        var verdicts = new ArrayList<String>();
        for (int i = 0; i < 1000; i++) {
            String ann = gen(r, 3);
            var file = SourceFile.of("t.py", IMPORTS + "def f(x: " + ann + "):\n    pass\n");
            String verdict;
            try {
                ScopeAnalysis.analyze(file, Parser.parse(file));
                verdict = "ok";
            } catch (CompileError e) {
                var m = java.util.regex.Pattern.compile("CPython raises (\\w+)").matcher(e.message());
                verdict = m.find() ? m.group(1) : "refused";
            }
            annotations.add(ann);
            verdicts.add(verdict);
        }
        List<String> cpython = AnnotationHintsTest.cpython(annotations);
        assertEquals(annotations.size(), cpython.size());
        int accepted = 0;
        int named = 0;
        int overRefused = 0;
        for (int i = 0; i < annotations.size(); i++) {
            String ours = verdicts.get(i);
            if (ours.equals("refused")) {
                if (cpython.get(i).equals("ok")) overRefused++;
                continue;
            }
            if (ours.equals("ok")) accepted++;
            else named++;
            assertEquals(ours, cpython.get(i), annotations.get(i));
        }
        System.out.println("random annotations: " + accepted + " accepted, " + named + " refused naming CPython's exception, "
                + (annotations.size() - accepted - named) + " refused otherwise (" + overRefused + " of which CPython evaluates), of "
                + annotations.size());
        assertTrue(accepted > 100, "too few accepted annotations to mean anything: " + accepted);
    }
}
