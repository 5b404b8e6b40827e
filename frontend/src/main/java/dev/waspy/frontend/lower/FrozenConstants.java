package dev.waspy.frontend.lower;

import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frozenset constants CPython makes of set displays, merged as its compiler merges equal
 * constants: across the whole module (one constant cache per compilation), into the first one
 * compiled. That one's items, in its source order, fix the table order of every equal display.
 * A display becomes a constant when it has three or more constant items, or when it is the
 * iterable of a for loop or a comprehension (fold_iter). The first is taken in source order, which
 * is CPython's compile order for everything Waspy compiles except a comprehension's first iterable
 * (compiled after its body).
 */
final class FrozenConstants {
    private final Map<Set<Object>, List<Expr>> first = new HashMap<>();

    FrozenConstants(List<Stmt> module) {
        walk(module, false);
    }

    /** The items of the constant an equal display was merged into (its own items if it is the first). */
    List<Expr> itemsFor(Expr.Set s) {
        return first.getOrDefault(key(s), s.elts());
    }

    static Set<Object> key(Expr.Set s) {
        var key = new HashSet<Object>();
        for (Expr e : s.elts()) key.add(Containers.folded(e));
        return key;
    }

    private void walk(Object node, boolean loopIterable) {
        if (node instanceof List<?> list) {
            for (Object x : list) walk(x, false);
            return;
        }
        if (!(node instanceof Node) || !node.getClass().isRecord()) return;
        if (node instanceof Expr.Set s && (loopIterable || s.elts().size() > 2) && Containers.isConstantSet(s)) {
            first.putIfAbsent(key(s), s.elts());
        }
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            Object child;
            try {
                child = c.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("AST record " + node.getClass().getSimpleName(), e);
            }
            boolean iter = c.getName().equals("iter") && (node instanceof Stmt.For || node instanceof Comprehension);
            walk(child, iter);
        }
    }
}
