package dev.waspy.middle.build.generic;

import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.BoolOp;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.syntax.ast.UnaryOp;
import dev.waspy.middle.ir.Block;
import dev.waspy.middle.ir.Constant;
import dev.waspy.middle.ir.IrType;
import dev.waspy.middle.ir.Prim;
import dev.waspy.middle.ir.Temp;
import dev.waspy.middle.ir.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Expressions, in two forms: {@link #value} gives the Python value as an {@code object};
 * {@link #cond} gives its truth as a {@code bool}, without boxing the result of a comparison,
 * {@code not}, {@code and} or {@code or} that only steers a branch. Values that meet after a
 * branch ({@code and}/{@code or}, conditional expressions, chained comparisons) go through a
 * hidden slot, which mem2reg turns into a phi.
 */
final class Expressions {
    private final GenericFunction f;
    private final Emitter em;

    Expressions(GenericFunction f) {
        this.f = f;
        this.em = f.em;
    }

    Temp value(Expr e) {
        return switch (e) {
            case Expr.Constant c -> em.box(em.constant(constant(c.value())));
            case Expr.Name n when f.classBody != null && f.classBody.bound().contains(n.id()) && f.inner.isEmpty() ->
                    f.classes.load(f.classBody, n.id());
            case Expr.Name n when n.id().equals("NotImplemented") && f.resolve(n.id()) == Symbol.BUILTIN ->
                    em.rt("rt_notimplemented", IrType.OBJ);
            case Expr.Name n when f.resolve(n.id()) == Symbol.MODULE_MEMBER -> StdModules.value(em, f.program.scopes.stdImport(n.id()));
            case Expr.Name n when f.resolve(n.id()) == Symbol.FUNCTION -> em.load(f.program.global(GenericBuilder.functionSlot(n.id())));
            case Expr.Name n -> em.load(f.var(n.id()));
            case Expr.BinOp b -> {
                Temp l = value(b.left());
                Temp r = value(b.right());
                yield em.prim(Operators.binary(b.op()), l, r);
            }
            case Expr.UnaryOp u when u.op() == UnaryOp.Not -> em.box(cond(e));
            case Expr.UnaryOp u -> em.prim(Operators.unary(u.op()), value(u.operand()));
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> em.box(compare(c));
            case Expr.IfExp i -> {
                Var.Local slot = em.hiddenSlot("j", IrType.OBJ);
                Temp c = cond(i.test());
                Block a = em.block();
                Block b = em.block();
                Block after = em.block();
                em.branch(c, a, b);
                em.at(a);
                em.store(slot, value(i.body()));
                em.jumpTo(after);
                em.at(b);
                em.store(slot, value(i.orelse()));
                em.jumpTo(after);
                em.at(after);
                yield em.load(slot);
            }
            case Expr.NamedExpr n -> {
                // x := v binds where the symbol table says: a comprehension's target is never one
                Temp v = value(n.value());
                em.store(f.var(((Expr.Name) n.target()).id()), v);
                yield v;
            }
            case Expr.Call c -> f.calls.call(c);
            case Expr.Attribute a when TypeErrors.nameOfTypeOf(a, f::resolve) != null ->
                    em.box(em.rt("rt_obj_type_name", IrType.STR, value(TypeErrors.nameOfTypeOf(a, f::resolve))));
            case Expr.Attribute a when "argv".equals(SysStreams.sysAttribute(a, f::resolve)) -> SysStreams.argv(em);
            case Expr.Attribute a when StdModules.member(a, f::resolve, f.program.scopes) != null ->
                    StdModules.value(em, StdModules.member(a, f::resolve, f.program.scopes));
            case Expr.Attribute a -> em.rt("rt_obj_getattr", IrType.OBJ, value(a.value()), em.str(a.attr()));
            case Expr.JoinedStr j -> em.box(Strings.joined(f, j));
            case Expr.Subscript s when s.slice() instanceof Expr.Slice sl -> {
                Temp c = value(s.value());
                Temp[] b = bounds(sl);
                yield em.rt("rt_obj_getslice", IrType.OBJ, c, b[0], b[1], b[2]);
            }
            case Expr.Subscript s -> {
                Temp c = value(s.value());
                Temp k = value(s.slice());
                yield em.rt("rt_obj_getitem", IrType.OBJ, c, k);
            }
            case Expr.List l -> em.box(Displays.list(f, l.elts()));
            case Expr.Tuple t -> Displays.tuple(f, t.elts());
            case Expr.Dict d -> em.box(Displays.dict(f, d));
            case Expr.Set s -> em.box(Displays.set(f, s.elts()));
            case Expr.ListComp c -> f.comps.build(c);
            case Expr.SetComp c -> f.comps.build(c);
            case Expr.DictComp c -> f.comps.build(c);
            default -> throw new IllegalStateException("Refusals let through " + e.getClass().getSimpleName());
        };
    }

    /** A slice bound: None when absent. */
    private Temp optional(Expr e) { return e == null ? em.none() : value(e); }

    /** A slice's lower bound, upper bound and step, in that order, None where absent. */
    Temp[] bounds(Expr.Slice sl) {
        Temp lo = optional(sl.lower());
        Temp hi = optional(sl.upper());
        return new Temp[] {lo, hi, optional(sl.step())};
    }

    /** The truth of {@code e} as a bool. */
    Temp cond(Expr e) {
        return switch (e) {
            case Expr.Compare c -> compare(c);
            case Expr.UnaryOp u when u.op() == UnaryOp.Not -> em.prim(Prim.BOOL_NOT, cond(u.operand()));
            // Only the truth of the operands matters here: short-circuit on bools.
            case Expr.BoolOp b -> shortCircuit(b, IrType.BOOL, this::cond, c -> c);
            default -> em.prim(Prim.OBJ_TRUTHY, value(e));
        };
    }

    /** {@code a and b}, {@code a or b}: the first operand that decides, itself. */
    private Temp boolOp(Expr.BoolOp b) {
        return shortCircuit(b, IrType.OBJ, this::value, v -> em.prim(Prim.OBJ_TRUTHY, v));
    }

    /**
     * Evaluates the operands in order into a join slot of {@code type}, stopping at the first whose
     * {@code truth} decides ({@code and}: false, {@code or}: true).
     */
    private Temp shortCircuit(Expr.BoolOp b, IrType type, Function<Expr, Temp> operand, Function<Temp, Temp> truth) {
        Var.Local slot = em.hiddenSlot("j", type);
        Block after = em.block();
        boolean and = b.op() == BoolOp.And;
        for (int i = 0; i < b.values().size(); i++) {
            Temp v = operand.apply(b.values().get(i));
            em.store(slot, v);
            if (i == b.values().size() - 1) break;
            Temp c = truth.apply(v);
            Block next = em.block();
            if (and) em.branch(c, next, after);
            else em.branch(c, after, next);
            em.at(next);
        }
        em.jumpTo(after);
        em.at(after);
        return em.load(slot);
    }

    /**
     * {@code a < b < c}: each operand evaluated once, left to right, stopping at the first false
     * comparison (whose result, a bool, is the value).
     */
    private Temp compare(Expr.Compare c) {
        Temp left = value(c.left());
        int n = c.ops().size();
        if (n == 1) return compareOne(c.ops().get(0), left, c.comparators().get(0));
        Var.Local slot = em.hiddenSlot("j", IrType.BOOL);
        Block after = em.block();
        for (int i = 0; i < n; i++) {
            Expr rightExpr = c.comparators().get(i);
            Temp right = value(rightExpr);
            Temp r = compareOne(c.ops().get(i), left, right, rightExpr);
            em.store(slot, r);
            if (i == n - 1) break;
            Block next = em.block();
            em.branch(r, next, after);
            em.at(next);
            left = right;
        }
        em.jumpTo(after);
        em.at(after);
        return em.load(slot);
    }

    private Temp compareOne(CmpOp op, Temp left, Expr rightExpr) {
        return compareOne(op, left, value(rightExpr), rightExpr);
    }

    private Temp compareOne(CmpOp op, Temp left, Temp right, Expr rightExpr) {
        Temp r;
        if (op == CmpOp.Is || op == CmpOp.IsNot) {
            // With None on one side a test of the singleton; else the runtime decides (rt_obj_is).
            r = isNone(rightExpr) ? em.prim(Prim.OBJ_IS_NONE, left) : em.rt("rt_obj_is", IrType.BOOL, left, right);
        } else if (op == CmpOp.In || op == CmpOp.NotIn) {
            r = em.prim(Prim.OBJ_CONTAINS, left, right);
        } else {
            r = em.prim(Operators.compare(op), left, right);
        }
        return Operators.negated(op) ? em.prim(Prim.BOOL_NOT, r) : r;
    }

    static boolean isNone(Expr e) { return e instanceof Expr.Constant c && c.value() instanceof PyNone; }

    /** A literal's value as an IR constant (Refusals let only these kinds through). */
    static Constant constant(Object v) {
        return switch (v) {
            case BigInteger b -> new Constant.IntC(b);
            case Long l -> Constant.of(l);
            case Integer i -> Constant.of(i);
            case Double d -> new Constant.FloatC(d);
            case Boolean b -> new Constant.BoolC(b);
            case String s -> new Constant.StrC(s);
            case PyNone n -> new Constant.NoneC();
            default -> throw new IllegalStateException("Refusals let through constant " + v);
        };
    }

    /** Evaluates each expression in order. */
    List<Temp> values(List<Expr> es) {
        var out = new ArrayList<Temp>();
        for (Expr e : es) out.add(value(e));
        return out;
    }
}
