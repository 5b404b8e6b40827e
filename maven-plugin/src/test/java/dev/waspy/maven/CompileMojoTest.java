package dev.waspy.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goal as Maven sees it: which exception, with which message, and what it adds to the project. */
class CompileMojoTest {
    @TempDir
    Path dir;

    private CompileMojo mojo() {
        CompileMojo mojo = new CompileMojo();
        mojo.project = new MavenProject();
        mojo.project.setFile(dir.resolve("pom.xml").toFile());
        mojo.sourceDirectory = dir.resolve("src/main/python").toFile();
        mojo.outputDirectory = dir.resolve("target/classes").toFile();
        mojo.generatedSourcesDirectory = dir.resolve("target/generated-sources/waspy").toFile();
        mojo.optimizationLevel = 2;
        return mojo;
    }

    private void python(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("src/main/python"));
        Files.writeString(dir.resolve("src/main/python").resolve(name), text);
    }

    @Test
    void programsThatDoNotCompileFailTheBuildWithTheCompilersReportsAndNoCause() throws IOException {
        python("one.py", "print(1\n");
        python("two.py", "x = = 2\n");
        var e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(e.getMessage().startsWith("2 Python programs do not compile:\nsrc/main/python/one.py:1:6: error: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("\nsrc/main/python/two.py:1:5: error: invalid syntax\n    x = = 2\n"),
                e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void aWrongSettingIsAConfigurationErrorThatSaysWhy() throws IOException {
        python("ok.py", "print(1)\n");
        CompileMojo level = mojo();
        level.optimizationLevel = 3;
        assertEquals("Waspy: unknown optimization level -O3; known: -O0, -O1, -O2",
                assertThrows(MojoExecutionException.class, level::execute).getMessage());
        CompileMojo pkg = mojo();
        pkg.jvmPackage = "com.example.";
        assertEquals("Waspy: jvmPackage 'com.example.' is not a Java package name",
                assertThrows(MojoExecutionException.class, pkg::execute).getMessage());
    }

    @Test
    void withAJvmPackageTheGeneratedSourcesAreCompiledWithTheProject() throws Exception {
        python("ok.py", "print(1)\n");
        CompileMojo mojo = mojo();
        mojo.jvmPackage = "com.example";
        mojo.execute();
        assertTrue(Files.exists(dir.resolve("target/classes/ok.wasm")));
        assertTrue(Files.exists(dir.resolve("target/generated-sources/waspy/com/example/Ok.java")));
        assertEquals(List.of(mojo.generatedSourcesDirectory.getPath()), mojo.project.getCompileSourceRoots());
    }

    @Test
    void skipAndAnEmptySourceTreeWriteNothing() throws Exception {
        CompileMojo empty = mojo();
        empty.execute();
        python("ok.py", "print(1)\n");
        CompileMojo skipped = mojo();
        skipped.skip = true;
        skipped.execute();
        assertFalse(Files.exists(dir.resolve("target")));
    }
}
