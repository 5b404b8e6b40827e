package dev.waspy.cli.bindings;

import dev.waspy.backend.library.ExportedFunction;
import dev.waspy.backend.library.HostType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Java class over Chicory: the fixed part ({@code Library.java.txt}: loading, the error check,
 * the marshalling helpers) and one typed method per exported function. Python ints are
 * {@code long}, floats {@code double}, bools {@code boolean}, strs {@code String}, lists
 * {@code List<Long>}, {@code List<Double>}, {@code List<String>}.
 */
final class JavaBindings {
    /** The Chicory version the project builds with, which the generated class is written against. */
    static final String CHICORY = "1.7.5";

    private JavaBindings() {}

    /** {@code prog} -> {@code Prog}, {@code my-lib} -> {@code MyLib}: a Java class name for the stem. */
    static String className(String stem) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : stem.toCharArray()) {
            if (!Character.isJavaIdentifierPart(c) || c == '_' && sb.isEmpty()) {
                upper = true;
                continue;
            }
            sb.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        if (sb.isEmpty() || !Character.isJavaIdentifierStart(sb.charAt(0))) {
            sb.insert(0, "Module");
        }
        return sb.toString();
    }

    static String source(String cls, String stem, List<ExportedFunction> exports) {
        StringBuilder methods = new StringBuilder();
        for (ExportedFunction x : exports) {
            methods.append(method(x));
        }
        return JsBindings.resource("Library.java.txt").replace("@CLASS@", cls).replace("@STEM@", stem)
                .replace("@CHICORY@", CHICORY).replace("@METHODS@", methods);
    }

    private static String method(ExportedFunction x) {
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (ExportedFunction.Param p : x.params()) {
            String name = p.name() + "_";
            params.add(javaType(p.type()) + " " + name);
            args.add(switch (p.type()) {
                case INT -> "new long[] {" + name + "}";
                case FLOAT -> "new long[] {Double.doubleToRawLongBits(" + name + ")}";
                case BOOL -> "new long[] {" + name + " ? 1 : 0}";
                case STR -> "str$(" + name + ")";
                case LIST_INT -> "listInt$(" + name + ")";
                case LIST_FLOAT -> "listFloat$(" + name + ")";
                case LIST_STR -> "listStr$(" + name + ")";
                case NONE -> throw new IllegalArgumentException("None is no parameter type");
            });
        }
        String call = "call$(() -> instance.export(\"" + x.name() + "\").apply(concat$(" + String.join(", ", args) + ")))";
        String result = switch (x.result()) {
            case NONE -> call + ";";
            case INT -> "return " + call + "[0];";
            case FLOAT -> "return Double.longBitsToDouble(" + call + "[0]);";
            case BOOL -> "return " + call + "[0] != 0;";
            case STR -> "return readStr$((int) " + call + "[0]);";
            case LIST_INT -> "return readListInt$((int) " + call + "[0]);";
            case LIST_FLOAT -> "return readListFloat$((int) " + call + "[0]);";
            case LIST_STR -> "return readListStr$((int) " + call + "[0]);";
        };
        return "\n    /** " + x.name() + "(" + String.join(", ", x.params().stream()
                .map(p -> p.name() + ": " + p.type().python()).toList()) + ") -> " + x.result().python() + " */\n"
                + "    public " + javaType(x.result()) + " " + methodName(x.name()) + "(" + String.join(", ", params)
                + ") {\n"
                + "        " + result + "\n    }\n";
    }

    /** Java's reserved words, and the one method every instance has already. */
    private static final Set<String> TAKEN = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "close", "_");

    /** The Python name, with '_' after it where Java reserves it ({@code default_}). */
    static String methodName(String python) {
        return TAKEN.contains(python) ? python + "_" : python;
    }

    private static String javaType(HostType t) {
        return switch (t) {
            case INT -> "long";
            case FLOAT -> "double";
            case BOOL -> "boolean";
            case STR -> "String";
            case LIST_INT -> "List<Long>";
            case LIST_FLOAT -> "List<Double>";
            case LIST_STR -> "List<String>";
            case NONE -> "void";
        };
    }
}
