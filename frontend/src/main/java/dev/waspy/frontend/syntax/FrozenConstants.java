package dev.waspy.frontend.syntax;

import dev.waspy.frontend.syntax.ast.Comprehension;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Node;
import dev.waspy.frontend.syntax.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
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
public final class FrozenConstants {
    private final Map<Set<Object>, List<Expr>> first = new HashMap<>();

    public FrozenConstants(List<Stmt> module) {
        walk(module, false);
    }

    /** The items of the constant an equal display was merged into (its own items if it is the first). */
    public List<Expr> itemsFor(List<Expr> elts) {
        return first.getOrDefault(key(elts), elts);
    }

    private static Set<Object> key(List<Expr> elts) {
        var key = new HashSet<Object>();
        for (Expr e : elts) key.add(folded(e));
        return key;
    }

    private void walk(Object node, boolean loopIterable) {
        if (node instanceof List<?> list) {
            for (Object x : list) walk(x, false);
            return;
        }
        if (!(node instanceof Node) || !node.getClass().isRecord()) return;
        if (node instanceof Expr.Set s && (loopIterable || s.elts().size() > 2) && isConstantSet(s)) {
            first.putIfAbsent(key(s.elts()), s.elts());
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

    /** Whether CPython folds this display into a frozenset constant (where it folds at all). */
    public static boolean isConstantSet(Expr.Set s) {
        return !s.elts().isEmpty() && s.elts().stream().allMatch(FrozenConstants::foldedConstant);
    }

    /**
     * Whether CPython's AST optimizer turns {@code e} into a constant ({@link ConstantFolding}).
     */
    public static boolean foldedConstant(Expr e) { return folded(e) != null; }

    /** The constant's value as a key (ints as BigInteger, tuples as lists), or null when CPython does not fold it. */
    public static Object folded(Expr e) { return ConstantFolding.fold(e); }
}
