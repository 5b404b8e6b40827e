package dev.waspy.frontend.lower;

import dev.waspy.frontend.hir.BinOp;
import dev.waspy.frontend.hir.BuiltinOp;
import dev.waspy.frontend.hir.CmpKind;
import dev.waspy.frontend.hir.HExpr;
import dev.waspy.frontend.hir.HVar;
import dev.waspy.frontend.hir.UnOp;
import dev.waspy.frontend.scope.Symbol;
import dev.waspy.frontend.syntax.ast.CmpOp;
import dev.waspy.frontend.syntax.ast.Expr;
import dev.waspy.frontend.syntax.ast.Operator;
import dev.waspy.frontend.syntax.ast.Pos;
import dev.waspy.frontend.syntax.ast.PyNone;
import dev.waspy.frontend.types.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Types and lowers expressions by Python's rules: bool arithmetic is int arithmetic; int with
 * float is float; {@code int / int} is float; {@code int ** int} is int only for a non-negative
 * constant exponent (else it may be a float: object); anything involving an object, or mixing
 * types whose exact comparison needs care (int with float), goes through the boxed operations.
 */
final class ExprLowerer {
    private final FunctionLowerer f;
    private final CallLowerer calls;

    ExprLowerer(FunctionLowerer f) {
        this.f = f;
        this.calls = new CallLowerer(f, this);
    }

    HExpr lower(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> name(n);
            case Expr.BinOp b -> binary(b.op(), lower(b.left()), lower(b.right()), b.right(), b.pos());
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> boolOp(b.op() == dev.waspy.frontend.syntax.ast.BoolOp.And, b.values(), 0);
            case Expr.IfExp i -> {
                HExpr cond = truthy(lower(i.test()));
                HExpr a = lower(i.body());
                HExpr b = lower(i.orelse());
                Type t = Type.join(a.type(), b.type());
                yield new HExpr.IfExp(cond, f.conv(a, t), f.conv(b, t), t);
            }
            case Expr.Compare c -> compareChain(c);
            case Expr.Call c -> calls.call(c);
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue v -> formatted(v);
            case Expr.Tuple t -> {
                var items = new ArrayList<HExpr>();
                for (Expr x : t.elts()) items.add(lower(x));
                yield new HExpr.MakeTuple(items, Type.tuple(items.stream().map(HExpr::type).toList()));
            }
            default -> throw dev.waspy.frontend.scope.Errors.unsupported(f.file, e.pos(), "this expression");
        };
    }

    private HExpr constant(Expr.Constant c) {
        Object v = c.value();
        BigInteger i = Literals.asInt(v);
        if (i != null) return new HExpr.Const(i, Type.INT);
        return switch (v) {
            case Double d -> new HExpr.Const(d, Type.FLOAT);
            case Boolean b -> new HExpr.Const(b, Type.BOOL);
            case String s -> new HExpr.Const(s, Type.STR);
            case PyNone n -> new HExpr.Const(null, Type.NONE);
            default -> throw dev.waspy.frontend.scope.Errors.unsupported(f.file, c.pos(), "this constant");
        };
    }

    private HExpr name(Expr.Name n) {
        Symbol s = f.scopes.resolve(f.fs, n.id());
        if (s != Symbol.LOCAL && s != Symbol.GLOBAL) {
            throw dev.waspy.frontend.scope.Errors.unsupported(f.file, n.pos(), "using '" + n.id() + "' as a value");
        }
        return new HExpr.Load(f.var(n.id(), n.pos()));
    }

    /** A placeholder while inference has not reached a type yet; never survives to the final HIR. */
    static HExpr unknown() { return new HExpr.Const(null, Type.BOTTOM); }

    private HExpr typeError(Pos pos, String msg) {
        if (f.infer) return unknown();
        throw f.error(pos, msg);
    }

    static boolean isUnknown(HExpr e) { return e.type().hasBottom(); }

    // ---- truth values ----

    HExpr truthy(HExpr e) {
        if (e.type() instanceof Type.Bool) return e;
        return new HExpr.Truthy(e);
    }

    // ---- arithmetic ----

    private static BinOp binOp(Operator op) {
        return switch (op) {
            case Add -> BinOp.ADD;
            case Sub -> BinOp.SUB;
            case Mult -> BinOp.MUL;
            case Div -> BinOp.DIV;
            case FloorDiv -> BinOp.FLOORDIV;
            case Mod -> BinOp.MOD;
            case Pow -> BinOp.POW;
            case LShift -> BinOp.LSHIFT;
            case RShift -> BinOp.RSHIFT;
            case BitAnd -> BinOp.AND;
            case BitOr -> BinOp.OR;
            case BitXor -> BinOp.XOR;
            case MatMult -> throw new IllegalArgumentException("@");
        };
    }

    /** {@code l op r}; {@code rightSyntax} lets {@code **} see a constant exponent. */
    HExpr binary(Operator operator, HExpr l, HExpr r, Expr rightSyntax, Pos pos) {
        BinOp op = binOp(operator);
        if (isUnknown(l) || isUnknown(r)) return f.infer ? unknown() : typeError(pos, "internal: unknown operand type");
        Type lt = l.type();
        Type rt = r.type();
        if (lt instanceof Type.Obj || rt instanceof Type.Obj) return boxed(op, l, r);
        boolean bitwise = op == BinOp.AND || op == BinOp.OR || op == BinOp.XOR;
        if (lt instanceof Type.Bool && rt instanceof Type.Bool && bitwise) {
            return new HExpr.Binary(op, l, r, Type.BOOL);
        }
        if (lt.isIntLike() && rt.isIntLike()) {
            HExpr a = f.conv(l, Type.INT);
            HExpr b = f.conv(r, Type.INT);
            if (op == BinOp.DIV) return new HExpr.Binary(op, a, b, Type.FLOAT);
            if (op == BinOp.POW && !nonNegativeIntConstant(rightSyntax)) return boxed(op, a, b);
            return new HExpr.Binary(op, a, b, Type.INT);
        }
        if (lt.isNumeric() && rt.isNumeric()) {
            if (bitwise || op == BinOp.LSHIFT || op == BinOp.RSHIFT) return unsupportedOperands(op, lt, rt, pos);
            return new HExpr.Binary(op, f.conv(l, Type.FLOAT), f.conv(r, Type.FLOAT), Type.FLOAT);
        }
        if (lt instanceof Type.Str && rt instanceof Type.Str && op == BinOp.ADD) {
            return new HExpr.Binary(op, l, r, Type.STR);
        }
        if ((lt instanceof Type.Str || rt instanceof Type.Str) && (op == BinOp.MUL || op == BinOp.MOD)) {
            if (op == BinOp.MUL && (lt.isIntLike() || rt.isIntLike())) {
                HExpr folded = repeatConstant(l, r);
                if (folded != null) return folded;
                throw dev.waspy.frontend.scope.Errors.unsupported(f.file, pos, "repeating strings with * (other than constants)");
            }
            if (op == BinOp.MOD && lt instanceof Type.Str) {
                throw dev.waspy.frontend.scope.Errors.unsupported(f.file, pos, "%-formatting of strings");
            }
        }
        if (lt instanceof Type.Tuple && rt instanceof Type.Tuple && op == BinOp.ADD) {
            throw dev.waspy.frontend.scope.Errors.unsupported(f.file, pos, "tuple concatenation");
        }
        return unsupportedOperands(op, lt, rt, pos);
    }

    /** {@code "-" * 20}: both operands constant, computed here (a rule line is the common case). */
    private static HExpr repeatConstant(HExpr l, HExpr r) {
        HExpr str = l.type() instanceof Type.Str ? l : r;
        HExpr count = str == l ? r : l;
        if (!(str instanceof HExpr.Const s) || !(count instanceof HExpr.Const c)) return null;
        BigInteger n = c.value() instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) c.value();
        String text = (String) s.value();
        if (n.signum() <= 0 || text.isEmpty()) return new HExpr.Const("", Type.STR);
        if (n.bitLength() > 20 || (long) text.length() * n.intValue() > 100_000) return null;
        return new HExpr.Const(text.repeat(n.intValue()), Type.STR);
    }

    private HExpr unsupportedOperands(BinOp op, Type lt, Type rt, Pos pos) {
        return typeError(pos, "unsupported operand type(s) for " + op.symbol + ": '" + lt.pyName() + "' and '" + rt.pyName() + "'");
    }

    private HExpr boxed(BinOp op, HExpr l, HExpr r) {
        return new HExpr.Binary(op, f.conv(l, Type.OBJ), f.conv(r, Type.OBJ), Type.OBJ);
    }

    private static boolean nonNegativeIntConstant(Expr e) {
        if (e instanceof Expr.Constant c) {
            BigInteger v = Literals.asInt(c.value());
            return (v != null && v.signum() >= 0) || c.value() instanceof Boolean;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.UAdd) {
            return nonNegativeIntConstant(u.operand());
        }
        return false;
    }

    private HExpr unary(Expr.UnaryOp u) {
        HExpr e = lower(u.operand());
        if (isUnknown(e)) return u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.Not ? new HExpr.Const(null, Type.BOOL) : unknown();
        Type t = e.type();
        return switch (u.op()) {
            case Not -> new HExpr.Unary(UnOp.NOT, truthy(e), Type.BOOL);
            case USub, UAdd -> {
                UnOp op = u.op() == dev.waspy.frontend.syntax.ast.UnaryOp.USub ? UnOp.NEG : UnOp.POS;
                // A negative literal is a constant (-5 parses as the negation of 5).
                if (op == UnOp.NEG && e instanceof HExpr.Const c && c.value() instanceof BigInteger v) {
                    yield new HExpr.Const(v.negate(), Type.INT);
                }
                if (op == UnOp.NEG && e instanceof HExpr.Const c && c.value() instanceof Double v) {
                    yield new HExpr.Const(-v, Type.FLOAT);
                }
                if (t.isIntLike()) {
                    HExpr i = f.conv(e, Type.INT);
                    yield op == UnOp.POS ? i : new HExpr.Unary(op, i, Type.INT);
                }
                if (t instanceof Type.Float) yield op == UnOp.POS ? e : new HExpr.Unary(op, e, Type.FLOAT);
                if (t instanceof Type.Obj) yield new HExpr.Unary(op, e, Type.OBJ);
                yield typeError(u.pos(), "bad operand type for unary " + op.symbol + ": '" + t.pyName() + "'");
            }
            case Invert -> {
                if (t.isIntLike()) yield new HExpr.Unary(UnOp.INVERT, f.conv(e, Type.INT), Type.INT);
                if (t instanceof Type.Obj) yield new HExpr.Unary(UnOp.INVERT, e, Type.OBJ);
                yield typeError(u.pos(), "bad operand type for unary ~: '" + t.pyName() + "'");
            }
        };
    }

    /** {@code a and b and c} is {@code a and (b and c)}; the result is an operand, of the join of their types. */
    private HExpr boolOp(boolean isAnd, List<Expr> values, int from) {
        HExpr left = lower(values.get(from));
        if (from == values.size() - 1) return left;
        HExpr right = boolOp(isAnd, values, from + 1);
        Type t = Type.join(left.type(), right.type());
        HVar tmp = f.temp(left.type());
        HExpr load = new HExpr.Load(tmp);
        return new HExpr.Logical(isAnd, tmp, left, truthy(load), f.conv(load, t), f.conv(right, t), t);
    }

    // ---- comparisons ----

    /**
     * {@code a < b < c} is {@code a < b and b < c} with b evaluated once; every operand is first
     * stored in a temporary so evaluation order stays left to right.
     */
    private HExpr compareChain(Expr.Compare c) {
        HExpr left = lower(c.left());
        if (c.ops().size() == 1) return compare(c.ops().get(0), left, lower(c.comparators().get(0)), c.pos());
        HVar t0 = f.temp(left.type());
        return new HExpr.Let(t0, left, chain(c, new HExpr.Load(t0), 0));
    }

    private HExpr chain(Expr.Compare c, HExpr left, int i) {
        HExpr right = lower(c.comparators().get(i));
        if (i == c.ops().size() - 1) return compare(c.ops().get(i), left, right, c.pos());
        HVar t = f.temp(right.type());
        HExpr load = new HExpr.Load(t);
        HExpr first = compare(c.ops().get(i), left, load, c.pos());
        return new HExpr.Let(t, right, new HExpr.IfExp(first, chain(c, load, i + 1), new HExpr.Const(false, Type.BOOL), Type.BOOL));
    }

    HExpr compare(CmpOp op, HExpr l, HExpr r, Pos pos) {
        if (isUnknown(l) || isUnknown(r)) return f.infer ? new HExpr.Const(null, Type.BOOL) : typeError(pos, "internal: unknown comparison operand");
        Type lt = l.type();
        Type rt = r.type();
        return switch (op) {
            case Is, IsNot -> is(op == CmpOp.IsNot, l, r, pos);
            case In, NotIn -> {
                HExpr in;
                if (lt instanceof Type.Str && rt instanceof Type.Str) in = new HExpr.Compare(CmpKind.IN, l, r);
                else if (rt instanceof Type.Obj || rt instanceof Type.Tuple || rt instanceof Type.Str) {
                    in = new HExpr.Compare(CmpKind.IN, f.conv(l, Type.OBJ), f.conv(r, Type.OBJ));
                } else yield typeError(pos, "argument of type '" + rt.pyName() + "' is not iterable");
                yield op == CmpOp.NotIn ? new HExpr.Unary(UnOp.NOT, in, Type.BOOL) : in;
            }
            default -> {
                CmpKind k = switch (op) {
                    case Eq -> CmpKind.EQ;
                    case NotEq -> CmpKind.NE;
                    case Lt -> CmpKind.LT;
                    case LtE -> CmpKind.LE;
                    case Gt -> CmpKind.GT;
                    case GtE -> CmpKind.GE;
                    default -> throw new IllegalStateException();
                };
                if (lt.equals(rt) && (lt instanceof Type.Int || lt instanceof Type.Float || lt instanceof Type.Str
                        || (lt instanceof Type.Bool && (k == CmpKind.EQ || k == CmpKind.NE)))) {
                    yield new HExpr.Compare(k, l, r);
                }
                if (lt.isIntLike() && rt.isIntLike()) yield new HExpr.Compare(k, f.conv(l, Type.INT), f.conv(r, Type.INT));
                // int against float must compare exactly (2**53 + 1 != 2.0**53): the boxed comparison does.
                yield new HExpr.Compare(k, f.conv(l, Type.OBJ), f.conv(r, Type.OBJ));
            }
        };
    }

    private HExpr is(boolean negate, HExpr l, HExpr r, Pos pos) {
        boolean lNone = l.type() instanceof Type.NoneType;
        boolean rNone = r.type() instanceof Type.NoneType;
        HExpr result;
        if (lNone && rNone) {
            result = both(l, r, new HExpr.Const(true, Type.BOOL));
        } else if (lNone || rNone) {
            HExpr other = lNone ? r : l;
            if (other.type() instanceof Type.Obj) {
                if (lNone) {
                    result = seq(l, new HExpr.Builtin(BuiltinOp.IS_NONE, List.of(r), Type.BOOL));
                } else {
                    HVar t = f.temp(l.type());
                    result = new HExpr.Let(t, l, seq(r, new HExpr.Builtin(BuiltinOp.IS_NONE, List.of(new HExpr.Load(t)), Type.BOOL)));
                }
            } else {
                result = both(l, r, new HExpr.Const(false, Type.BOOL));
            }
        } else {
            throw dev.waspy.frontend.scope.Errors.unsupported(f.file, pos, "'is' comparisons other than with None");
        }
        return negate ? new HExpr.Unary(UnOp.NOT, result, Type.BOOL) : result;
    }

    /**
     * Evaluates {@code a} then {@code b} for their effects and yields {@code result}, or yields
     * {@code b} when result is null (a is then only evaluated). Constants are dropped.
     */
    private HExpr both(HExpr a, HExpr b, HExpr result) {
        HExpr tail = result == null ? b : seq(b, result);
        return seq(a, tail);
    }

    private HExpr seq(HExpr first, HExpr then) {
        if (first instanceof HExpr.Const || first instanceof HExpr.Load) return then;
        return new HExpr.Let(f.temp(first.type()), first, then);
    }

    // ---- f-strings ----

    private HExpr joinedStr(Expr.JoinedStr j) {
        var parts = new ArrayList<HExpr>();
        for (Expr v : j.values()) {
            HExpr p = lower(v);
            parts.add(p);
        }
        if (parts.size() == 1 && parts.get(0).type() instanceof Type.Str) return parts.get(0);
        if (parts.isEmpty()) return new HExpr.Const("", Type.STR);
        return new HExpr.Concat(parts);
    }

    private HExpr formatted(Expr.FormattedValue v) {
        HExpr value = lower(v.value());
        if (isUnknown(value)) return new HExpr.Const("", Type.STR);
        if (v.conversion() == 'r') value = calls.repr(value);
        else if (v.conversion() == 's') value = calls.str(value);
        if (v.formatSpec() == null) return calls.str(value);
        HExpr spec = lower(v.formatSpec());
        Type t = value.type();
        if (t instanceof Type.Int || t instanceof Type.Float || t instanceof Type.Str || t instanceof Type.Obj) {
            return new HExpr.Builtin(BuiltinOp.FORMAT, List.of(value, spec), Type.STR);
        }
        // bool, None and tuples format through the object protocol (format(True, "") is "True", format(True, "d") is "1").
        return new HExpr.Builtin(BuiltinOp.FORMAT, List.of(f.conv(value, Type.OBJ), spec), Type.STR);
    }
}
