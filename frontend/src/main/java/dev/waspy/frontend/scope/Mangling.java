package dev.waspy.frontend.scope;

/** CPython's private name mangling ({@code _Py_Mangle}): {@code __x} inside {@code class C} is {@code _C__x}. */
final class Mangling {
    private Mangling() {}

    static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__")) return name;
        // Dunder names and dotted (import) names are left alone.
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') i++;
        if (i == className.length()) return name; // a class named only with underscores
        return "_" + className.substring(i) + name;
    }
}
