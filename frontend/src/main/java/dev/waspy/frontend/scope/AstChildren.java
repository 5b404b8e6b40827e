package dev.waspy.frontend.scope;

import dev.waspy.frontend.syntax.ast.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** The children of a syntax tree node, in field order (the order CPython's passes visit them). */
final class AstChildren {
    private AstChildren() {}

    static List<Node> of(Node n) {
        var out = new ArrayList<Node>();
        if (!n.getClass().isRecord()) return out; // operators and contexts are enums
        for (RecordComponent rc : n.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(n);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Node c) out.add(c);
            else if (v instanceof List<?> l) for (Object o : l) if (o instanceof Node c) out.add(c);
        }
        return out;
    }
}
