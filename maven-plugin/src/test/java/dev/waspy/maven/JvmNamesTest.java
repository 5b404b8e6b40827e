package dev.waspy.maven;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmNamesTest {
    @Test
    void fileNamesBecomeCamelCaseClassesAndDirectoriesSubPackages() {
        assertEquals("com.example.Hello", JvmNames.className("com.example", "hello"));
        assertEquals("com.example.WordCount", JvmNames.className("com.example", "word_count"));
        assertEquals("com.example.tools.WordCount", JvmNames.className("com.example", "tools/word-count"));
        assertEquals("p.deep.er.Main", JvmNames.className("p", "deep/er/main"));
    }

    @Test
    void namesJavaCannotHoldAreMadeIdentifiers() {
        assertEquals("p._2d.Plot", JvmNames.className("p", "2d/plot"));
        assertEquals("p._class.Fast", JvmNames.className("p", "class/fast"));
        assertEquals("p.my_tools._3dView", JvmNames.className("p", "my-tools/3d_view"));
    }

    @Test
    void packageNamesAreChecked() {
        assertTrue(JvmNames.isPackage("com.example.py"));
        assertFalse(JvmNames.isPackage("com.example."));
        assertFalse(JvmNames.isPackage("com.class"));
        assertFalse(JvmNames.isPackage("my-app"));
    }
}
