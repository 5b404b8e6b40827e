package dev.waspy.backend;

import dev.waspy.backend.layout.StaticData;
import dev.waspy.backend.locals.InterferenceColouring;
import dev.waspy.backend.lower.ProgramLowering;
import dev.waspy.frontend.diag.SourceFile;
import dev.waspy.frontend.syntax.Parser;
import dev.waspy.middle.MiddleEnd;
import dev.waspy.wasm.model.Module;
import dev.waspy.wasm.text.WatPrinter;
import dev.waspy.wasm.validate.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden tests of the code generator: each {@code src/test/resources/wat/*.py} is compiled and the
 * WAT of its functions checked against expectations written in comments right after them:
 * <pre>
 *   # wat FUNC: REGEX        some line of FUNC's WAT matches REGEX (Java syntax, find)
 *   # wat-not FUNC: REGEX    no line matches
 *   # wat-exact FUNC:        the whole function, one "# | " line per WAT line;
 *   # | (func $FUNC ...       rewritten from the current output with -Dwaspy.bless=true
 * </pre>
 * The module must also pass the validator. FUNC is the Python name ({@code <module>} for the body;
 * a definition's instance, {@code add[int, int]}, by its definition's name when it is the only one).
 */
class WatGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/wat");
    private static final Pattern CHECK = Pattern.compile("^# (wat|wat-not|wat-exact) (\\S+):\\s?(.*)$");
    private static final boolean BLESS = Boolean.getBoolean("waspy.bless");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    /** The WAT of each compiled function by Python name. */
    static Map<String, List<String>> compile(Path py) throws IOException {
        SourceFile src = SourceFile.read(py);
        var ir = MiddleEnd.compile(src, Parser.parse(src));
        Module m = ProgramLowering.lower(ir, new StaticData(0x10000), new InterferenceColouring(), 0x10000,
                64 * 1024, 1024, true).module();
        assertEquals(List.of(), Validator.validate(m), "the module must be valid");
        Map<String, List<String>> wat = new LinkedHashMap<>();
        int imported = m.functionCount() - m.functions().size();
        for (int i = imported; i < m.functionCount(); i++) {
            String text = WatPrinter.printFunction(m, i, Map.of());
            wat.put(pythonName(m.functionName(i), m), text.lines().map(String::stripTrailing).toList());
        }
        return wat;
    }

    /** A function instance's Python name ({@code add} for {@code add[int, int]}) when it is the definition's only instance. */
    private static String pythonName(String name, Module m) {
        int bracket = name.indexOf('[');
        if (bracket < 0) return name;
        String base = name.substring(0, bracket);
        int imported = m.functionCount() - m.functions().size();
        long instances = java.util.stream.IntStream.range(imported, m.functionCount())
                .filter(i -> m.functionName(i).startsWith(base + "[")).count();
        return instances == 1 ? base : name;
    }

    private static void check(Path py) throws IOException {
        Map<String, List<String>> wat = compile(py);
        List<String> lines = Files.readAllLines(py, StandardCharsets.UTF_8);
        List<String> blessed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            blessed.add(line);
            var m = CHECK.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String kind = m.group(1);
            String fn = m.group(2);
            List<String> body = wat.get(fn);
            if (body == null) {
                failures.add("line " + (i + 1) + ": no function " + fn + " (have " + wat.keySet() + ")");
                continue;
            }
            switch (kind) {
                case "wat", "wat-not" -> {
                    Pattern re = Pattern.compile(m.group(3));
                    boolean found = body.stream().anyMatch(l -> re.matcher(l).find());
                    if (found != kind.equals("wat")) {
                        failures.add("line " + (i + 1) + ": " + line + "\n" + String.join("\n", body));
                    }
                }
                default -> {
                    List<String> expected = new ArrayList<>();
                    int j = i + 1;
                    while (j < lines.size() && lines.get(j).startsWith("# |")) {
                        expected.add(lines.get(j).length() > 4 ? lines.get(j).substring(4) : "");
                        j++;
                    }
                    if (BLESS) {
                        body.forEach(l -> blessed.add(("# | " + l).stripTrailing()));
                    } else if (!expected.equals(body)) {
                        failures.add("line " + (i + 1) + ": WAT of " + fn + " differs (bless with -Dwaspy.bless=true)\n"
                                + "expected:\n" + String.join("\n", expected) + "\nactual:\n" + String.join("\n", body));
                    }
                    if (!BLESS) {
                        expected.forEach(l -> blessed.add(("# | " + l).stripTrailing()));
                    }
                    i = j - 1;
                }
            }
        }
        if (BLESS) {
            Files.write(py, blessed, StandardCharsets.UTF_8);
        }
        if (!failures.isEmpty()) {
            fail(py.getFileName() + ":\n" + String.join("\n\n", failures));
        }
        assertTrue(lines.stream().anyMatch(l -> CHECK.matcher(l).matches()), py + " checks nothing");
    }
}
