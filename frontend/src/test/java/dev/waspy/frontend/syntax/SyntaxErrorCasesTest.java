package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each file under syntax/errors is a program CPython rejects; Waspy must reject it at the same
 * line and column (SyntaxError.lineno and .offset) with the same message. CPython is asked at
 * test time, once for all files.
 */
class SyntaxErrorCasesTest {
    @TestFactory
    List<DynamicTest> sameErrorAsCPython() throws Exception {
        Path dir = resourceDir("/syntax/errors");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() >= 60, "at least 60 error cases, found " + files.size());
        List<CPythonOracle.Answer> answers = new ArrayList<>();
        CPythonOracle.answers(files, false, answers::add);
        assertEquals(files.size(), answers.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonOracle.Answer a : answers) {
            tests.add(DynamicTest.dynamicTest(a.path().getFileName().toString(), () -> {
                assertTrue(a.failed(), "CPython accepts " + a.path() + "; the case is not an error case");
                String expected = "error: " + a.errLine() + ":" + a.errOffset() + ": " + a.errMsg();
                String actual = AstDumpTool.dumpLine(a.path().toString(), Files.readAllBytes(a.path()), false);
                assertEquals(expected, actual);
            }));
        }
        return tests;
    }

    static Path resourceDir(String name) throws URISyntaxException {
        return Path.of(SyntaxErrorCasesTest.class.getResource(name).toURI());
    }
}
