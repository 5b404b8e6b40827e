package dev.waspy.frontend.syntax;

import dev.waspy.frontend.syntax.ast.Located;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.NodeSchema;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyEllipsis;
import dev.waspy.frontend.syntax.ast.PyNone;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * CPython's {@code ast.dump(node, include_attributes=...)}, character for character: fields in
 * order, an absent optional field left out, enum-like nodes as {@code Load()}, constants by repr,
 * and with attributes the four position fields after the others.
 */
public final class AstDump {
    private AstDump() {}

    /** How to read one record class: its schema and an accessor per component. */
    private record Shape(NodeSchema schema, MethodHandle[] getters, boolean hasPos) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            NodeSchema schema = NodeSchema.of(type);
            RecordComponent[] comps = type.getRecordComponents();
            MethodHandle[] getters = new MethodHandle[schema.fields().length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < getters.length; i++) {
                    getters[i] = lookup.unreflect(comps[i].getAccessor());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return new Shape(schema, getters, schema.located());
        }
    };

    public static String dump(Node node, boolean includeAttributes) {
        try {
            StringBuilder sb = new StringBuilder(4096);
            format(sb, node, includeAttributes);
            return sb.toString();
        } catch (StackOverflowError e) {
            return BigStack.call(() -> {
                StringBuilder sb = new StringBuilder(4096);
                format(sb, node, includeAttributes);
                return sb.toString();
            });
        }
    }

    private static void format(StringBuilder sb, Object value, boolean attrs) {
        switch (value) {
            case null -> sb.append("None");
            case Enum<?> e when e instanceof Node -> sb.append(e.name()).append("()");
            case PyNone n -> sb.append("None");
            case PyEllipsis e -> sb.append("Ellipsis");
            case Node n -> node(sb, n, attrs);
            case List<?> l -> {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    format(sb, l.get(i), attrs);
                }
                sb.append(']');
            }
            default -> PyRepr.append(sb, value);
        }
    }

    private static void node(StringBuilder sb, Node n, boolean attrs) {
        Shape shape = SHAPES.get(n.getClass());
        NodeSchema schema = shape.schema;
        sb.append(schema.pythonName()).append('(');
        boolean first = true;
        String[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            Object v;
            try {
                v = shape.getters[i].invoke(n);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            if (v == null && schema.optional()[i]) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(fields[i]).append('=');
            format(sb, v, attrs);
        }
        if (attrs && shape.hasPos) {
            Pos p = ((Located) n).pos();
            if (!first) {
                sb.append(", ");
            }
            sb.append("lineno=").append(p.lineno()).append(", col_offset=").append(p.colOffset())
                    .append(", end_lineno=").append(p.endLineno()).append(", end_col_offset=").append(p.endColOffset());
        }
        sb.append(')');
    }
}
