package dev.waspy.maven;

import javax.lang.model.SourceVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM class a program's module becomes: {@code jvmPackage}, then the program's directories
 * under the source directory as sub-packages, then its file name in CamelCase
 * ({@code tools/word_count.py} with {@code com.example} is {@code com.example.tools.WordCount}).
 */
final class JvmNames {
    private JvmNames() {}

    static String className(String jvmPackage, String relative) {
        List<String> parts = new ArrayList<>(List.of(relative.split("/")));
        String stem = parts.removeLast();
        StringBuilder name = new StringBuilder(jvmPackage);
        for (String dir : parts) {
            name.append('.').append(identifier(dir));
        }
        return name.append('.').append(identifier(camelCase(stem))).toString();
    }

    /** {@code word_count} and {@code word-count} are {@code WordCount}. */
    static String camelCase(String stem) {
        StringBuilder out = new StringBuilder();
        for (String word : stem.split("[^\\p{Alnum}]+")) {
            if (!word.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word.substring(word.offsetByCodePoints(0, 1)));
            }
        }
        return out.toString();
    }

    /** {@code s} with every character a Java identifier cannot hold as {@code _}, and {@code _} before a digit or keyword. */
    static String identifier(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.appendCodePoint(Character.isJavaIdentifierPart(c) ? c : '_'));
        if (out.isEmpty() || !Character.isJavaIdentifierStart(out.codePointAt(0)) || SourceVersion.isKeyword(out)) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    /** Whether {@code name} is a dotted Java package name ({@code com.example.py}). */
    static boolean isPackage(String name) {
        return SourceVersion.isName(name);
    }
}
