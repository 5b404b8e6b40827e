package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.MatchCase;
import dev.waspy.frontend.syntax.ast.Pattern;
import dev.waspy.frontend.syntax.ast.Stmt;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import dev.waspy.middle.rt.RuntimeTypeIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code match} statements, as CPython 3.11 compiles them: the subject is evaluated once, the
 * cases are tried in order, each pattern is a chain of tests that jumps to the next case on the
 * first failure. The names a pattern captures are kept in hidden slots and bound only once the
 * whole pattern has matched (before the guard, so a failing guard leaves them bound), as CPython
 * stores them. CPython's compile-time errors of patterns (a name bound twice, an irrefutable
 * pattern before the last case) are the frontend's ({@code PatternChecks}).
 * <pre>
 * match p:                 subject = p
 *     case [x, 0]: ...     isinstance(subject, list|tuple|range) and len == 2, else case2
 *     case _: ...          $m0 = subject[0]; subject[1] == 0, else case2; x = $m0; body; goto end
 *                          case2: body; goto end
 * </pre>
 */
final class Matches {
    /** Sequence patterns match the built-in sequences (collections.abc.Sequence), never str. */
    private static final long SEQUENCES = RuntimeTypeIds.bits(RuntimeTypeIds.TUPLE, RuntimeTypeIds.LIST, RuntimeTypeIds.RANGE);
    private static final long MAPPINGS = RuntimeTypeIds.bits(RuntimeTypeIds.DICT);
    /**
     * The built-in classes a class pattern may name. Those CPython marks {@code _Py_TPFLAGS_MATCH_SELF}
     * take one positional sub-pattern, matched against the subject itself; the others take none.
     */
    private static final Set<String> CLASSES = Set.of("int", "bool", "float", "str", "tuple", "list", "dict", "set", "frozenset", "range", "object");
    private static final Set<String> MATCH_SELF = Set.of("int", "bool", "float", "str", "tuple", "list", "dict", "set", "frozenset");

    private final GenericFunction f;
    private final Emitter em;

    Matches(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    /** The patterns the generic path builds: every kind but classes other than the built-in ones. */
    static void check(Refusals r, Stmt.Match m) {
        r.expr(m.subject());
        for (MatchCase c : m.cases()) {
            pattern(r, c.pattern());
            if (c.guard() != null) r.expr(c.guard());
            r.stmts(c.body());
        }
    }

    private static void pattern(Refusals r, Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> r.expr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchStar s -> { }
            case Pattern.MatchSequence s -> s.patterns().forEach(q -> pattern(r, q));
            case Pattern.MatchAs a -> { if (a.pattern() != null) pattern(r, a.pattern()); }
            case Pattern.MatchOr o -> o.patterns().forEach(q -> pattern(r, q));
            case Pattern.MatchMapping m -> {
                for (Expr k : m.keys()) {
                    // A value key (a dotted name) needs CPython's run-time check for duplicate keys.
                    if (!literal(k)) throw r.refuse(k.pos(), "mapping pattern keys other than literals");
                    r.expr(k);
                }
                m.patterns().forEach(q -> pattern(r, q));
            }
            case Pattern.MatchClass k -> {
                if (!(k.cls() instanceof Expr.Name n) || !CLASSES.contains(n.id()) || r.resolve(n.id()) != Symbol.BUILTIN) {
                    throw r.refuse(k.cls().pos(), "class patterns of classes other than the built-in int, bool, float, str, tuple,"
                            + " list, dict, set, range and object");
                }
                if (!k.kwdPatterns().isEmpty()) throw r.refuse(k.kwdPatterns().get(0).pos(), "keyword sub-patterns of class patterns");
                k.patterns().forEach(q -> pattern(r, q));
            }
        }
    }

    private static boolean literal(Expr k) {
        return k instanceof Expr.Constant || k instanceof Expr.UnaryOp u && u.op() == UnaryOp.USub && u.operand() instanceof Expr.Constant;
    }

    void match(Stmt.Match m) {
        Temp subject = f.ex.value(m.subject());
        Block end = em.block();
        for (MatchCase c : m.cases()) {
            Block next = em.block();
            var captures = new LinkedHashMap<String, Var.Local>();
            pattern(c.pattern(), subject, next, captures);
            for (Map.Entry<String, Var.Local> e : captures.entrySet()) em.store(f.var(e.getKey()), em.load(e.getValue()));
            if (c.guard() != null) test(f.ex.cond(c.guard()), next);
            f.st.stmts(c.body());
            em.jumpTo(end);
            em.at(next);
        }
        em.jumpTo(end);
        em.at(end);
    }

    /** Goes on in a new block if {@code ok}, else to {@code fail}. */
    private void test(Temp ok, Block fail) {
        Block yes = em.block();
        em.branch(ok, yes, fail);
        em.at(yes);
    }

    private void isinstance(Temp v, long bits, Block fail) {
        test(em.rt("rt_obj_isinstance", IrType.BOOL, v, em.smallInt(bits)), fail);
    }

    private void capture(String name, Temp v, Map<String, Var.Local> captures) {
        if (name != null) em.store(captures.computeIfAbsent(name, k -> em.hiddenSlot("m", IrType.OBJ)), v);
    }

    /** Matches {@code v} against {@code p}: goes on in the current block on success, to {@code fail} otherwise. */
    private void pattern(Pattern p, Temp v, Block fail, Map<String, Var.Local> captures) {
        switch (p) {
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern(), v, fail, captures);
                capture(a.name(), v, captures);
            }
            // == with the subject on the left, as COMPARE_OP does
            case Pattern.MatchValue x -> test(em.prim(Prim.OBJ_EQ, v, f.ex.value(x.value())), fail);
            case Pattern.MatchSingleton s when s.value() instanceof Boolean b -> {
                // v is True: a bool (no subclass exists) of that truth
                isinstance(v, RuntimeTypeIds.bits(RuntimeTypeIds.BOOL), fail);
                Temp truth = em.prim(Prim.OBJ_TRUTHY, v);
                test(b ? truth : em.prim(Prim.BOOL_NOT, truth), fail);
            }
            case Pattern.MatchSingleton s -> test(em.prim(Prim.OBJ_IS_NONE, v), fail);
            case Pattern.MatchOr o -> {
                Block matched = em.block();
                for (int i = 0; i < o.patterns().size(); i++) {
                    boolean last = i == o.patterns().size() - 1;
                    Block other = last ? fail : em.block();
                    pattern(o.patterns().get(i), v, other, captures);
                    em.jumpTo(matched);
                    if (!last) em.at(other);
                }
                em.at(matched);
            }
            case Pattern.MatchSequence s -> sequence(s.patterns(), v, fail, captures);
            case Pattern.MatchMapping m -> mapping(m, v, fail, captures);
            case Pattern.MatchClass k -> classPattern(k, v, fail, captures);
            case Pattern.MatchStar s -> throw new IllegalStateException("a star pattern outside a sequence pattern");
        }
    }

    /**
     * {@code [a, *rest, b]}: a list, tuple or range of the right length (at least the plain
     * patterns' with a star), each item matched in turn; the star captures the items between as
     * a list.
     */
    private void sequence(List<Pattern> items, Temp v, Block fail, Map<String, Var.Local> captures) {
        isinstance(v, SEQUENCES, fail);
        int star = -1;
        for (int i = 0; i < items.size(); i++) if (items.get(i) instanceof Pattern.MatchStar) star = i;
        if (star >= 0 && items.size() == 1 && ((Pattern.MatchStar) items.get(0)).name() == null) return; // [*_]
        Temp n = em.rt("rt_obj_len", IrType.INT, v);
        int plain = star < 0 ? items.size() : items.size() - 1;
        test(em.prim(star < 0 ? Prim.INT_EQ : Prim.INT_GE, n, em.smallInt(plain)), fail);
        for (int i = 0; i < items.size(); i++) {
            Pattern q = items.get(i);
            if (q instanceof Pattern.MatchStar st) {
                if (st.name() == null) continue;
                int after = items.size() - 1 - i;
                Temp stop = after == 0 ? em.none() : em.box(em.smallInt(-after));
                Temp slice = em.rt("rt_obj_getslice", IrType.OBJ, v, em.box(em.smallInt(i)), stop, em.none());
                capture(st.name(), em.box(em.rt("rt_obj_to_list", IrType.LIST, slice)), captures);
                continue;
            }
            if (q instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null) continue; // _
            long index = star < 0 || i < star ? i : i - items.size();
            pattern(q, em.rt("rt_obj_getitem", IrType.OBJ, v, em.box(em.smallInt(index))), fail, captures);
        }
    }

    /**
     * {@code {"k": p, **rest}}: a dict with at least as many items as keys, holding every key
     * (looked up as {@code get} does, all before any value is matched); {@code rest} is a copy
     * without those keys.
     */
    private void mapping(Pattern.MatchMapping m, Temp v, Block fail, Map<String, Var.Local> captures) {
        isinstance(v, MAPPINGS, fail);
        int size = m.keys().size();
        if (size == 0 && m.rest() == null) return;
        test(em.prim(Prim.INT_GE, em.rt("rt_obj_len", IrType.INT, v), em.smallInt(size)), fail);
        List<Temp> keys = f.ex.values(m.keys());
        var values = new java.util.ArrayList<Temp>();
        for (Temp k : keys) {
            test(em.prim(Prim.OBJ_CONTAINS, k, v), fail);
            values.add(em.rt("rt_obj_getitem", IrType.OBJ, v, k));
        }
        for (int i = 0; i < size; i++) pattern(m.patterns().get(i), values.get(i), fail, captures);
        if (m.rest() != null) {
            Temp rest = em.box(em.rt("rt_obj_to_dict", IrType.DICT, v));
            for (Temp k : keys) em.rt("rt_obj_delitem", IrType.NONE, rest, k);
            capture(m.rest(), rest, captures);
        }
    }

    /**
     * {@code int()}, {@code str(x)}: an isinstance test; a class of {@link #MATCH_SELF} matches its
     * one positional sub-pattern against the subject itself. More sub-patterns than the class
     * takes is CPython's TypeError, raised once the isinstance test has passed.
     */
    private void classPattern(Pattern.MatchClass k, Temp v, Block fail, Map<String, Var.Local> captures) {
        String cls = ((Expr.Name) k.cls()).id();
        long bits = Calls.classBits(k.cls());
        if (bits != Calls.ALL_CLASSES) isinstance(v, bits, fail);
        int allowed = MATCH_SELF.contains(cls) ? 1 : 0;
        int given = k.patterns().size();
        if (given > allowed) {
            em.raise("TypeError", cls + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s")
                    + " (" + given + " given)");
            return;
        }
        if (given == 1) pattern(k.patterns().get(0), v, fail, captures);
    }
}
