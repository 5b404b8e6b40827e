package dev.waspy.frontend.scope;

import dev.waspy.frontend.syntax.PyRepr;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pattern;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyComplex;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The compile errors of one {@code case} pattern, as CPython 3.11's compiler finds them while it
 * compiles the pattern: a name bound twice, alternatives binding different names, an irrefutable
 * pattern before the last case or alternative, two starred names in a sequence, a repeated
 * literal key or keyword attribute, {@code __debug__} as a capture. Like CPython, an error is
 * reported at the last pattern the compiler has entered ({@code loc}), which is not always the
 * pattern at fault: {@code case [a] | [b]} reports at {@code b}.
 */
final class PatternChecks {
    private final CompilerChecks c;
    private Pos loc;
    private boolean allowIrrefutable;
    private List<String> stores;

    PatternChecks(CompilerChecks c) { this.c = c; }

    /** Checks one case's pattern; {@code allowIrrefutable}: it has a guard or is the last case. */
    void check(Pattern p, boolean allowIrrefutable, CompilerChecks.Context cx) {
        this.allowIrrefutable = allowIrrefutable;
        this.stores = new ArrayList<>();
        pattern(p, cx);
    }

    private void store(String name) {
        if (name == null) return;
        c.store(name, loc);
        if (stores.contains(name)) throw c.error(loc, "multiple assignments to name " + PyRepr.repr(name) + " in pattern");
        stores.add(name);
    }

    /** A sub-pattern may be irrefutable whatever its parent allows. */
    private void sub(Pattern p, CompilerChecks.Context cx) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p, cx);
        allowIrrefutable = saved;
    }

    private void pattern(Pattern p, CompilerChecks.Context cx) {
        loc = p.pos();
        switch (p) {
            case Pattern.MatchValue v -> c.expr(v.value(), cx);
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> {
                boolean star = false;
                for (Pattern q : s.patterns()) {
                    if (q instanceof Pattern.MatchStar) {
                        if (star) throw c.error(loc, "multiple starred names in sequence pattern");
                        star = true;
                    }
                }
                for (Pattern q : s.patterns()) sub(q, cx);
            }
            case Pattern.MatchStar s -> store(s.name());
            case Pattern.MatchMapping m -> {
                Set<Object> seen = new HashSet<>();
                for (Expr k : m.keys()) {
                    Object key = constantKey(k);
                    if (key != null && !seen.add(key)) {
                        throw c.error(loc, "mapping pattern checks duplicate key (" + PyRepr.repr(folded(k)) + ")");
                    }
                    c.expr(k, cx);
                }
                for (Pattern q : m.patterns()) sub(q, cx);
                store(m.rest());
            }
            case Pattern.MatchClass k -> {
                for (int i = 0; i < k.kwdAttrs().size(); i++) {
                    String attr = k.kwdAttrs().get(i);
                    loc = k.kwdPatterns().get(i).pos();
                    c.store(attr, loc);
                    for (int j = i + 1; j < k.kwdAttrs().size(); j++) {
                        if (attr.equals(k.kwdAttrs().get(j))) {
                            throw c.error(k.kwdPatterns().get(j).pos(), "attribute name repeated in class pattern: " + attr);
                        }
                    }
                }
                loc = p.pos();
                c.expr(k.cls(), cx);
                for (Pattern q : k.patterns()) sub(q, cx);
                for (Pattern q : k.kwdPatterns()) sub(q, cx);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        if (a.name() != null) throw c.error(loc, "name capture " + PyRepr.repr(a.name()) + " makes remaining patterns unreachable");
                        throw c.error(loc, "wildcard makes remaining patterns unreachable");
                    }
                    store(a.name());
                } else {
                    pattern(a.pattern(), cx);
                    store(a.name());
                }
            }
            case Pattern.MatchOr o -> alternatives(o, cx);
        }
    }

    /** Each alternative binds its own names; all must bind the same set, then join the outer ones. */
    private void alternatives(Pattern.MatchOr o, CompilerChecks.Context cx) {
        List<String> outer = stores;
        boolean outerAllow = allowIrrefutable;
        List<String> control = null;
        for (int i = 0; i < o.patterns().size(); i++) {
            Pattern alt = o.patterns().get(i);
            loc = alt.pos();
            stores = new ArrayList<>();
            allowIrrefutable = i == o.patterns().size() - 1 && outerAllow;
            pattern(alt, cx);
            if (control == null) control = stores;
            else if (!new HashSet<>(stores).equals(new HashSet<>(control)) || stores.size() != control.size()) {
                throw c.error(loc, "alternative patterns bind different names");
            }
        }
        stores = outer;
        allowIrrefutable = outerAllow;
        for (String name : control) {
            if (stores.contains(name)) throw c.error(loc, "multiple assignments to name " + PyRepr.repr(name) + " in pattern");
            stores.add(name);
        }
    }

    /** A literal key after CPython's constant folding (-1, 1+2j), or null for an attribute lookup. */
    private static Object folded(Expr k) {
        return switch (k) {
            case Expr.Constant c -> c.value();
            case Expr.UnaryOp u when u.op() == UnaryOp.USub && folded(u.operand()) instanceof Object v -> negate(v);
            case Expr.BinOp b when folded(b.left()) instanceof Object l && folded(b.right()) instanceof PyComplex r -> {
                double re = real(l) + r.real() * (b.op() == Operator.Sub ? -1 : 1);
                double im = r.imag() * (b.op() == Operator.Sub ? -1 : 1) + (l instanceof PyComplex lc ? lc.imag() : 0);
                yield new PyComplex(re, im);
            }
            default -> null;
        };
    }

    private static Object negate(Object v) {
        return switch (v) {
            case BigInteger i -> i.negate();
            case Double d -> -d;
            case PyComplex z -> new PyComplex(-z.real(), -z.imag());
            default -> null;
        };
    }

    private static double real(Object v) {
        return switch (v) {
            case BigInteger i -> i.doubleValue();
            case Double d -> d;
            case PyComplex z -> z.real();
            default -> 0;
        };
    }

    /** The key as a Python set sees it: 1, 1.0, True and 1+0j are one key. */
    private static Object constantKey(Expr k) {
        Object v = folded(k);
        if (v == null) return null;
        BigDecimal number = switch (v) {
            case Boolean b -> BigDecimal.valueOf(b ? 1 : 0);
            case BigInteger i -> new BigDecimal(i);
            case Double d when Double.isFinite(d) -> new BigDecimal(d);
            case PyComplex z when z.imag() == 0 && Double.isFinite(z.real()) -> new BigDecimal(z.real());
            default -> null;
        };
        return number != null ? number.stripTrailingZeros() : List.of(v.getClass(), Objects.toString(v));
    }
}
