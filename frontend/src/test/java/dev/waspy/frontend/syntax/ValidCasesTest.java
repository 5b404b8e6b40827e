package dev.waspy.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each file under syntax/valid exercises constructs the standard library uses rarely or not at
 * all (match, except*, parenthesized with, f-string corner cases, encodings, CRLF and tabs); its
 * dump, with positions, must equal CPython's.
 */
class ValidCasesTest {
    @TestFactory
    List<DynamicTest> sameTreeAsCPython() throws Exception {
        Path dir = SyntaxErrorCasesTest.resourceDir("/syntax/valid");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<CPythonOracle.Answer> answers = new ArrayList<>();
        CPythonOracle.answers(files, true, answers::add);
        assertEquals(files.size(), answers.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonOracle.Answer a : answers) {
            tests.add(DynamicTest.dynamicTest(a.path().getFileName().toString(), () -> {
                assertTrue(a.parsed(), "CPython rejects " + a.path() + ": " + a.errMsg());
                byte[] src = Files.readAllBytes(a.path());
                assertEquals(a.dump(), AstDumpTool.dumpLine(a.path().toString(), src, false));
                assertEquals(a.dumpWithPositions(), AstDumpTool.dumpLine(a.path().toString(), src, true));
            }));
        }
        return tests;
    }
}
