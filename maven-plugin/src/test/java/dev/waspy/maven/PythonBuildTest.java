package dev.waspy.maven;

import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.PythonOracle;
import dev.waspy.cli.run.WasiRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The plugin's work without Maven: a project's source tree to modules, errors and JVM classes. */
class PythonBuildTest {
    @TempDir
    Path project;

    private Path python(String relative, String text) throws IOException {
        Path file = project.resolve("src/main/python").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private PythonBuild.Result build(BuildSettings settings, PythonBuild.Jvm jvm) throws Exception {
        List<Program> programs = Programs.find(project.resolve("src/main/python"), project);
        return new PythonBuild(settings.compilerOptions(), project.resolve("out"), jvm, line -> { }).run(programs);
    }

    private static BuildSettings defaults() {
        return new BuildSettings(2, null, null, null);
    }

    @Test
    void everyProgramBecomesAModuleAtItsRelativePathThatBehavesAsCPython() throws Exception {
        Path hello = python("hello.py", "print('hello,', sum(range(10)))\n");
        Path squares = python("tools/squares.py", "print([i * i for i in range(5)])\n");
        PythonBuild.Result result = build(defaults(), null);
        assertEquals(new PythonBuild.Result(2, List.of()), result);
        assertSameOutput(hello, project.resolve("out/hello.wasm"));
        assertSameOutput(squares, project.resolve("out/tools/squares.wasm"));
    }

    private static void assertSameOutput(Path program, Path wasm) throws IOException {
        assumeTrue(PythonOracle.unavailableReason().isEmpty(), () -> PythonOracle.unavailableReason().orElseThrow());
        byte[] expected = PythonOracle.start(program).await(Duration.ofSeconds(30)).stdout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = WasiRunner.run(Files.readAllBytes(wasm), program.getFileName().toString(), List.of(),
                new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        assertEquals(0, status);
        assertArrayEquals(expected, out.toByteArray(), out::toString);
    }

    @Test
    void aProgramThatDoesNotCompileIsReportedAsTheCompilerDoesAndTheOthersStillCompile() throws Exception {
        python("a_bad.py", "x = 1\nprint(x +)\n");
        python("b_good.py", "print('fine')\n");
        PythonBuild.Result result = build(defaults(), null);
        assertEquals(1, result.compiled());
        assertEquals(1, result.errors().size());
        String error = result.errors().getFirst();
        assertTrue(error.startsWith("src/main/python/a_bad.py:2:10: error: invalid syntax\n    print(x +)\n"), error);
        assertFalse(Files.exists(project.resolve("out/a_bad.wasm")));
        assertTrue(Files.exists(project.resolve("out/b_good.wasm")));
    }

    @Test
    void anExceptionInsideTheCompilerIsABugReportedOnOneLineWithTheProgramsName() throws IOException {
        python("ok.py", "print(1)\n");
        CompilerOptions failing = defaults().compilerOptions().withObserver((step, ctx, nanos) -> {
            throw new IllegalStateException("broken after " + step + "\n(the IR)");
        });
        List<Program> programs = Programs.find(project.resolve("src/main/python"), project);
        var e = assertThrows(PythonBuild.CompilerBug.class,
                () -> new PythonBuild(failing, project.resolve("out"), null, line -> { }).run(programs));
        assertEquals("src/main/python/ok.py: internal compiler error: java.lang.IllegalStateException: broken after"
                + " build ...\nThis is a bug in Waspy, not in your program: run Maven with -e for the details and report"
                + " them with the program.", e.getMessage());
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void annotationWarningsGoWhereTheSettingsSay() throws Exception {
        python("warn.py", "x: int = 's'\nprint(x)\n");
        List<String> warnings = new ArrayList<>();
        assertEquals(1, build(new BuildSettings(2, null, null, warnings::add), null).compiled());
        assertEquals(1, warnings.size());
        assertTrue(warnings.getFirst().startsWith("src/main/python/warn.py:1:10: warning: "), warnings.getFirst());
    }

    @Test
    void withAJvmPackageEachModuleAlsoBecomesClassesAndTheJavaSourceThatLoadsThem() throws Exception {
        python("word_count.py", "print(len('a b c'.split()))\n");
        Path classes = project.resolve("out");
        Path sources = project.resolve("generated-sources");
        build(defaults(), new PythonBuild.Jvm(new JvmClasses(classes, sources), "com.example"));
        assertTrue(Files.exists(classes.resolve("word_count.wasm")));
        assertTrue(Files.exists(classes.resolve("com/example/WordCountMachine.class")));
        assertTrue(Files.exists(classes.resolve("com/example/WordCount.meta")));
        String source = Files.readString(sources.resolve("com/example/WordCount.java"));
        assertTrue(source.contains("public static Machine create(Instance instance)"), source);
    }

    @Test
    void anUnchangedModuleAndItsClassesAreLeftAsTheyAreAndAChangedOneIsRewritten() throws Exception {
        python("count.py", "print(len('a b c'.split()))\n");
        var jvm = new PythonBuild.Jvm(new JvmClasses(project.resolve("out"), project.resolve("gen")), "p");
        build(defaults(), jvm);
        List<Path> outputs = List.of(project.resolve("out/count.wasm"), project.resolve("out/p/CountMachine.class"),
                project.resolve("out/p/Count.meta"), project.resolve("gen/p/Count.java"));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (Path f : outputs) {
            Files.setLastModifiedTime(f, old);
        }
        build(defaults(), jvm);
        for (Path f : outputs) {
            assertEquals(old, Files.getLastModifiedTime(f), f.toString());
        }
        python("count.py", "print(len('a b c d'.split()))\n");
        build(defaults(), jvm);
        for (Path f : outputs) {
            assertTrue(Files.getLastModifiedTime(f).compareTo(old) > 0, f.toString());
        }
    }

    @Test
    void twoProgramsThatWouldBeOneClassAreRefusedBeforeAnythingIsWritten() throws IOException {
        python("word_count.py", "print(1)\n");
        python("word-count.py", "print(2)\n");
        var jvm = new PythonBuild.Jvm(new JvmClasses(project.resolve("out"), project.resolve("gen")), "p");
        var e = assertThrows(IllegalArgumentException.class, () -> build(defaults(), jvm));
        assertEquals("src/main/python/word-count.py and src/main/python/word_count.py would both become the class"
                + " p.WordCount; rename one of them", e.getMessage());
        assertFalse(Files.exists(project.resolve("out")));
    }

    @Test
    void aMissingSourceDirectoryHasNoPrograms() throws IOException {
        assertEquals(List.of(), Programs.find(project.resolve("src/main/python"), project));
    }
}
