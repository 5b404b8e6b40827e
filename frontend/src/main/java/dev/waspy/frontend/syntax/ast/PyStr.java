package dev.waspy.frontend.syntax.ast;

import java.util.Arrays;

/**
 * A str constant holding a surrogate pair written as two escapes ({@code '\ud834\udd1e'}). Python
 * keeps those as two code points; a Java String would read them as one character, so such
 * constants (and only those) carry their code points explicitly. Every other str constant is a
 * plain {@link String}.
 */
public record PyStr(int[] codePoints) {
    public PyStr {
        codePoints = codePoints.clone();
    }

    @Override
    public int[] codePoints() {
        return codePoints.clone();
    }

    public int length() {
        return codePoints.length;
    }

    public int get(int i) {
        return codePoints[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && Arrays.equals(codePoints, s.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return "PyStr" + Arrays.toString(codePoints);
    }
}
