package dev.waspy.middle.interp;

import dev.waspy.middle.interp.PyValues.PyExc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code o.name} of a built-in value, as the runtime's attr.c answers it: an exception's args, the
 * numbers' and ranges' data attributes, CPython's AttributeError for a name the type lacks (the
 * runtime's table of CPython's dir(), read from attrnames.c); any other attribute is a method as a
 * value, which the runtime does not have (not modelled).
 */
final class BuiltinAttributes {
    private static final Map<String, Set<String>> TYPES_OF = read();

    private BuiltinAttributes() {}

    static Object get(Object o, String name) {
        if (o instanceof PyExc e && name.equals("args")) return e.args();
        if (o instanceof BigInteger || o instanceof Boolean) {
            BigInteger v = PyValues.toInt(o);
            switch (name) {
                case "real", "numerator": return v;
                case "imag": return BigInteger.ZERO;
                case "denominator": return BigInteger.ONE;
                default: break;
            }
        }
        if (o instanceof Double d) {
            if (name.equals("real")) return d;
            if (name.equals("imag")) return 0.0;
        }
        if (o instanceof Iteration.Range r) {
            switch (name) {
                case "start": return r.start();
                case "stop": return r.stop();
                case "step": return r.step();
                default: break;
            }
        }
        String type = o instanceof PyExc ? "T_EXC" : switch (PyValues.typeName(o)) {
            case "NoneType" -> "T_NONE";
            case "bool" -> "T_BOOL";
            case "int" -> "T_INT";
            case "float" -> "T_FLOAT";
            case "str" -> "T_STR";
            case "tuple" -> "T_TUPLE";
            case "list" -> "T_LIST";
            case "dict" -> "T_DICT";
            case "set" -> "T_SET";
            case "range" -> "T_RANGE";
            default -> throw new Interpreter.Unmodelled("an attribute of a " + PyValues.typeName(o));
        };
        if (TYPES_OF.getOrDefault(name, Set.of()).contains(type)) throw new Interpreter.Unmodelled("the attribute " + name + " as a value");
        throw PyValues.exc("AttributeError", "'" + PyValues.typeName(o) + "' object has no attribute '" + name + "'");
    }

    private static Map<String, Set<String>> read() {
        try {
            String src = Files.readString(Path.of("..", "backend", "runtime", "src", "attrnames.c"));
            Map<String, Set<String>> out = new HashMap<>();
            Matcher m = Pattern.compile("\\{ \\\"(\\w+)\\\", ([^}]*) \\}").matcher(src);
            while (m.find()) {
                var types = new java.util.HashSet<String>();
                Matcher t = Pattern.compile("B\\((T_\\w+)\\)").matcher(m.group(2));
                while (t.find()) types.add(t.group(1));
                out.put(m.group(1), types);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
